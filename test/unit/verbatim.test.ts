import { describe, expect, it } from 'vitest';
import { copiedRuns, cutAt, visibleSegments, words } from '../support/verbatim';

const source = 'The statement, in essence, is only an expression of intent by the three leaders. Japan’s “structural position” is superior.';

describe('words', () => {
  it('compares case- and punctuation-insensitively, joining at apostrophes and splitting at hyphens', () => {
    expect(words('Japan’s “Structural Position”, US-Japan-ROK')).toEqual(['japans', 'structural', 'position', 'us', 'japan', 'rok']);
    expect(words("Japan's")).toEqual(words('Japan’s'));
  });
});

describe('copiedRuns', () => {
  it('finds a planted run of six words, whatever its case and punctuation', () => {
    expect(copiedRuns(['He says it was ONLY an expression, of intent by them.'], source)).toEqual(['only an expression of intent by']);
  });

  it('reports the whole run, not each six-word window in it', () => {
    expect(copiedRuns(['x only an expression of intent by the three leaders y'], source)).toEqual(['only an expression of intent by the three leaders']);
  });

  it('lets five consecutive words pass', () => {
    expect(copiedRuns(['it is only an expression of purpose'], source)).toEqual([]);
  });

  it('never joins words across a cut', () => {
    expect(copiedRuns(['only an expression', 'of intent by the'], source)).toEqual([]);
  });

  it('honours a longer minimum', () => {
    expect(copiedRuns(['only an expression of intent by'], source, 7)).toEqual([]);
  });
});

describe('cutAt', () => {
  it('drops an allowed phrase and cuts the text there', () => {
    expect(cutAt('See The Unpromising Prospect, said he', ['the unpromising prospect'])).toEqual(['see', 'said he']);
  });
});

describe('visibleSegments', () => {
  const html =
    '<html><head><title>A title</title><meta name="description" content="A summary"><style>.x{}</style></head>' +
    '<body><p>He calls it <q class="quote" data-quote>only an expression of intent by the three leaders</q>, so<span>ends</span></p>' +
    '<svg><title>Map</title><desc>Key words</desc></svg><script>var only = 1;</script></body></html>';
  const segments = visibleSegments(html);

  it('reads the title, the description and the body, SVG text included, without scripts or styles', () => {
    const all = segments.join(' ');
    for (const w of ['A title', 'A summary', 'He calls it', 'Map', 'Key words']) expect(all).toContain(w);
    expect(all).not.toMatch(/var only|\.x\{/);
  });

  it('takes each quotation out and cuts the text there', () => {
    expect(segments.join('|')).not.toContain('expression');
    expect(copiedRuns(segments, source)).toEqual([]);
  });

  it('keeps element boundaries as word boundaries', () => {
    expect(words(segments.join(' '))).toContain('ends');
    expect(words(segments.join(' '))).not.toContain('soends');
  });

  it('fails a page that copies six words outside a quotation', () => {
    const planted = html.replace('so<span>', 'so only an expression of intent by <span>');
    expect(copiedRuns(visibleSegments(planted), source)).toEqual(['only an expression of intent by']);
  });
});

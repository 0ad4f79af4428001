import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Timeline from '../../src/components/figures/Timeline.astro';
import Triangle from '../../src/components/figures/Triangle.astro';
import WhatBinds from '../../src/components/figures/WhatBinds.astro';
import TimelineElement from '../../src/components/mdx/Timeline.astro';
import { figureSourceIds } from '../../src/lib/figures';
import { terms, trilateralEvents } from '../../src/data/timeline';
import { numbers as citations, pageLocals } from '../support/page-context';
import { SITE_ORIGIN } from '../support/pinned';

let container: AstroContainer;
const html: Record<string, string> = {};
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: SITE_ORIGIN } });
  html['what-binds'] = await container.renderToString(WhatBinds, { locals: pageLocals('full') });
  html.timeline = await container.renderToString(Timeline, { locals: pageLocals('full') });
  html.triangle = await container.renderToString(Triangle, { locals: pageLocals('full') });
});

/** The number each of a figure's marks links to (`#source-<n>`) and the number it shows, which must agree. */
const marksIn = (markup: string) =>
  [...markup.matchAll(/href="#source-(\d+)"><span class="visually-hidden">Source <\/span>(\d+)<\/a>/g)].map((m) => ({
    anchor: Number(m[1]),
    shown: Number(m[2]),
  }));
const ELEMENT = { 'what-binds': 'WhatBinds', timeline: 'Timeline', triangle: 'Triangle' } as const;

describe('the figures', () => {
  it.each(Object.entries(ELEMENT))('%s cites, with its number on /, exactly the sources it declares for <%s />', (name, element) => {
    const marks = marksIn(html[name]!);
    expect(marks.length).toBe(html[name]!.match(/<sup class="cite">/g)!.length);
    for (const { anchor, shown } of marks) expect(anchor).toBe(shown);
    const numbers = [...new Set(marks.map((mark) => mark.shown))].sort((a, b) => a - b);
    expect(numbers).toEqual([...new Set(figureSourceIds[element].map((id) => citations.numberOf(id)))].sort((a, b) => a - b));
  });

  it.each(['what-binds', 'timeline', 'triangle'])('%s is one figure with a caption', (name) => {
    expect(html[name]!.match(/<figure\b/g)).toHaveLength(1);
    expect(html[name]).toMatch(new RegExp(`<figure class="fig [a-z]+" id="figure-${name}"`));
    expect(html[name]).toMatch(/<figcaption class="fig__caption"[^>]*>[^<]{20,}/);
  });

  it('<Timeline /> points to What happened next inside the full read, and is drawn on an argument’s own page', async () => {
    const full = await container.renderToString(TimelineElement, { locals: pageLocals('full'), props: { figure: Timeline } });
    expect(full).not.toContain('<figure');
    expect(full).toContain('href="#what-happened-next"');
    const alone = await container.renderToString(TimelineElement, { locals: pageLocals('alone'), props: { figure: Timeline } });
    expect(alone).toContain('id="figure-timeline"');
    for (const slot of [full, alone]) expect(slot).toMatch(/^<div class="figure-slot" data-figure="timeline"/);
  });
});

describe('the timeline', () => {
  const t = () => html.timeline!;

  it('is an SVG image named by its title and described in words that name every leader', () => {
    expect(t()).toMatch(/<svg class="tl__svg"[^>]*role="img"[^>]*aria-labelledby="figure-timeline-title"[^>]*aria-describedby="figure-timeline-desc"/);
    expect(t()).toMatch(/<title id="figure-timeline-title"[^>]*>From Camp David to November 2025<\/title>/);
    const desc = t().match(/<desc id="figure-timeline-desc"[^>]*>([^<]+)<\/desc>/)![1]!;
    for (const term of terms) expect(desc).toContain(term.leader);
  });

  it('draws a bar per term, solid for those who met at the summit, and a numbered mark per trilateral event', () => {
    expect(t().match(/<rect class="tl-bar[^"]*"/g)).toHaveLength(terms.length);
    expect(t().match(/class="tl-bar tl-bar--summit"/g)).toHaveLength(3);
    expect(t().match(/<g class="tl-m tl-m--/g)).toHaveLength(trilateralEvents.length);
  });

  it('lists every event with its date as a <time>, numbered as on the marks', () => {
    const items = t().match(/<ol class="tl__events"[\s\S]*?<\/ol>/)![0];
    expect(items.match(/<li/g)).toHaveLength(trilateralEvents.length);
    expect(items).toMatch(/<time datetime="2024-06-27"[^>]*>27–29 June 2024<\/time>/);
  });
});

describe('what binds', () => {
  it('sets the treaties, with the legislature that approved one, beside the leaders’ documents and their own disclaimer', () => {
    const w = html['what-binds']!;
    expect(w).toMatch(/Defence treaties[\s\S]*US–South Korea Mutual Defense Treaty[\s\S]*the US Senate, <time datetime="1954-01-26"/);
    expect(w).toMatch(/The Camp David documents[\s\S]*Commitment to Consult[\s\S]*is not intended to give rise to rights or obligations/);
    expect(w.match(/<li class="wb__doc"/g)).toHaveLength(5);
  });
});

describe('the triangle', () => {
  it('is an SVG image with a title and description, and a real table of the three links', () => {
    const tri = html.triangle!;
    expect(tri).toMatch(/<svg class="tri__svg"[^>]*role="img"/);
    expect(tri).toMatch(/<title id="figure-triangle-title"[^>]*>[^<]+<\/title>/);
    expect(tri).toMatch(/<desc id="figure-triangle-desc"[^>]*>[^<]{80,}<\/desc>/);
    expect(tri.match(/<th scope="row"/g)).toHaveLength(3);
  });

  it('draws two heavy treaty sides and marks Huang’s ranking as his', () => {
    expect(html.triangle!.match(/class="tri-edge tri-edge--treaty"/g)).toHaveLength(2);
    expect(html.triangle!).toContain('Huang: dominant');
    expect(html.triangle!).toMatch(/his view[^<]*not the site’s/);
  });
});

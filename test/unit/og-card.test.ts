import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, clampWords, type CardNode } from '../../src/lib/og/card';
import { cardPath } from '../../src/lib/og/paths';

const texts = (node: CardNode | string): string[] =>
  typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((child) => texts(child as CardNode | string));

describe('share cards', () => {
  const card = cardTree({
    site: 'The alliance, explained',
    eyebrow: 'Argument 2 of 5',
    title: 'A pact resting on three leaders',
    summary: 'Huang argues that the statement may not outlast the leaders who made it.',
    credit: 'An explainer of Huang Jing’s essay',
  });

  it('are 1200 by 630, the size link previews expect', () => {
    expect(card.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });

  it('carry the site, the argument number, its title, summary and credit', () => {
    expect(texts(card)).toEqual(
      expect.arrayContaining([
        'The alliance, explained',
        'Argument 2 of 5',
        'A pact resting on three leaders',
        'Huang argues that the statement may not outlast the leaders who made it.',
        'An explainer of Huang Jing’s essay',
      ]),
    );
  });

  it('live at /og/<name>.png', () => {
    expect(cardPath('leaders-short-terms')).toBe('/og/leaders-short-terms.png');
  });
});

describe('clampWords', () => {
  it('leaves short text alone', () => {
    expect(clampWords('Short enough.', 40)).toBe('Short enough.');
  });

  it('cuts long text at a word boundary and marks the cut', () => {
    expect(clampWords('one two three four five', 12)).toBe('one two…');
    expect(clampWords('alpha, beta, gamma', 12)).toBe('alpha, beta…');
  });
});

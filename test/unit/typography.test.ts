import { describe, expect, it } from 'vitest';
import { smartQuotes } from '../../src/lib/typography';

describe('smartQuotes', () => {
  it('turns apostrophes into right single quotes', () => {
    expect(smartQuotes("the alliance's future, Japan's push")).toBe('the alliance’s future, Japan’s push');
  });

  it('opens and closes double and single quotation marks', () => {
    expect(smartQuotes('he called it "wishful" and \'exclusive\'')).toBe('he called it “wishful” and ‘exclusive’');
    expect(smartQuotes('"Built to last"')).toBe('“Built to last”');
  });

  it('leaves text without quotes alone', () => {
    expect(smartQuotes('US-Japan-ROK (2023)')).toBe('US-Japan-ROK (2023)');
  });
});

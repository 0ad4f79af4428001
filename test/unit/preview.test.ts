import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/data/glossary';
import { firstSentence } from '../../src/lib/preview';

describe('firstSentence', () => {
  it('ends at the first full stop that ends a sentence', () => {
    expect(firstSentence('A regional body. It had ten members.')).toBe('A regional body.');
  });

  it('passes over stops after a lone capital, as in U.S. or an initial', () => {
    expect(firstSentence('Set up by the U.S. Congress in 1947. Later renamed.')).toBe('Set up by the U.S. Congress in 1947.');
    expect(firstSentence('Named for J. Smith, its founder. It met twice.')).toBe('Named for J. Smith, its founder.');
  });

  it('keeps a text of one sentence whole', () => {
    expect(firstSentence('South Korea’s national legislature: its parliament.')).toBe('South Korea’s national legislature: its parliament.');
  });

  it('gives every glossary definition a first sentence that starts it and is shorter or equal', () => {
    for (const { definition } of glossary) {
      const first = firstSentence(definition);
      expect(definition.startsWith(first)).toBe(true);
      expect(first).toMatch(/[.!?]$/);
    }
  });
});

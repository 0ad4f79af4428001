import { describe, expect, it } from 'vitest';
import { contentsOf, inEssayOrder, neighbours } from '../../src/lib/contents';

const entry = (number: number) => ({ data: { number } });

describe('contentsOf', () => {
  it('keeps the order it is given', () => {
    const items = [
      { id: 'in-brief', label: 'The claim in brief' },
      { id: 'statement-not-treaty', label: 'A statement', number: 1 },
    ];
    expect(contentsOf(items)).toEqual(items);
  });

  it('rejects an id used twice, which would make two links land in one place', () => {
    expect(() =>
      contentsOf([
        { id: 'a', label: 'A' },
        { id: 'a', label: 'B' },
      ]),
    ).toThrow(/twice/);
  });

  it('rejects an id that is not a kebab-case anchor', () => {
    expect(() => contentsOf([{ id: 'Not Valid', label: 'A' }])).toThrow(/kebab/);
  });
});

describe('inEssayOrder', () => {
  it('sorts by argument number', () => {
    expect(inEssayOrder([entry(3), entry(1), entry(2)]).map((e) => e.data.number)).toEqual([1, 2, 3]);
  });

  it('refuses a gap or a repeat, so "n of 5" cannot lie', () => {
    expect(() => inEssayOrder([entry(1), entry(3)])).toThrow(/1\.\.2/);
    expect(() => inEssayOrder([entry(1), entry(1)])).toThrow();
  });
});

describe('neighbours', () => {
  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b', next: undefined });
  });
});

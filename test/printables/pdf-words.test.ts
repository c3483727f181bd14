// The order-free word check used on PDFs: it must find a wording whose words were drawn in any
// order, and must report each word that is missing, counting repeated words.
import { describe, expect, it } from 'vitest';
import { WordBag } from './pdf-words.ts';

describe('WordBag', () => {
  const bag = new WordBag(['within', 'a', 'further', '2', 'Working', 'days', 'of', 'step', '1', 'within']);

  it('finds a wording whatever order its words were drawn in, ignoring case and spacing', () => {
    expect(bag.missing('within a further 2 working days')).toEqual([]);
    expect(bag.missing('days  working\n2 further a within')).toEqual([]);
  });

  it('reports the words that are not there', () => {
    expect(bag.missing('within 3 working days')).toEqual(['3']);
    expect(bag.missing('step 2 of 4')).toEqual(['4']);
  });

  it('counts a repeated word as often as the wording uses it', () => {
    expect(bag.missing('within within')).toEqual([]);
    expect(bag.missing('within within within')).toEqual(['within']);
    expect(bag.missing('of of')).toEqual(['of']);
  });

  it('knows how many words it holds', () => {
    expect(bag.size).toBe(10);
    expect(new WordBag([]).missing('anything')).toEqual(['anything']);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lightStem } from '../../../utils/story/text/stem';
import { tokenize } from '../../../utils/story/text/tokenize';
import { cosineWithShared, topK } from '../../../utils/story/text/vector';

describe('tokenize', () => {
  it('drops stop words and punctuation, keeps content words lowercased', () => {
    expect(tokenize('The senators said that they would vote, again!')).toEqual(['senator', 'vote']);
  });

  it('joins runs of capitalised words into entity terms, next to their parts', () => {
    const terms = tokenize('Lawyers asked the Supreme Court on Monday to hear the case.');
    expect(terms).toContain('supreme court');
    expect(terms).toContain('court');
    expect(terms).not.toContain('supreme court monday');
  });

  it('splits names at commas and dashes, and ignores title-case headlines', () => {
    expect(tokenize('Manchin, Schumer agree on a deal')).not.toContain('manchin schumer');
    const titleCase = tokenize('Biden Signs Executive Order On Cybersecurity After Pipeline Hack');
    expect(titleCase.some((t) => t.includes(' '))).toBe(false);
    expect(titleCase).toContain('cybersecurity');
  });

  it('keeps multi-digit numbers and drops single digits', () => {
    const terms = tokenize('Employers added 266,000 jobs in April, 3 analysts said; 2030 goal');
    expect(terms).toEqual(expect.arrayContaining(['266', '000', '2030', 'april']));
    expect(terms).not.toContain('3');
  });

  it('folds accents and possessives so spellings meet', () => {
    expect(tokenize('Macron’s plan')).toEqual(tokenize('macron plan'));
    expect(tokenize('Chloé Zhao')).toContain('chloe zhao');
  });

  it('can run without stemming', () => {
    expect(tokenize('courts', { stem: false })).toEqual(['courts']);
    expect(tokenize('courts')).toEqual(['court']);
  });
});

describe('lightStem', () => {
  it.each([
    ['policies', 'policy'],
    ['courts', 'court'],
    ['witnesses', 'witness'],
    ['virus', 'virus'],
    ['analysis', 'analysis'],
    ['bus', 'bus'],
  ])('%s → %s', (word, stem) => expect(lightStem(word)).toBe(stem));
});

describe('term vectors', () => {
  it('cosine is 1 for equal vectors, 0 for disjoint ones, and names the shared terms by weight', () => {
    const a = topK(
      new Map([
        ['court', 3],
        ['police', 1],
      ]),
      10,
    );
    const b = topK(
      new Map([
        ['court', 1],
        ['police', 2],
        ['vote', 5],
      ]),
      10,
    );
    expect(cosineWithShared(a, a).cosine).toBeCloseTo(1);
    expect(cosineWithShared(a, topK(new Map([['vote', 1]]), 10)).cosine).toBe(0);
    const { shared, cosine } = cosineWithShared(a, b);
    expect(shared).toEqual(['court', 'police']);
    expect(cosine).toBeGreaterThan(0);
    expect(cosine).toBeLessThan(1);
  });
});

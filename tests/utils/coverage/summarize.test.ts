import { describe, expect, it } from 'vitest';
import type { Outlet } from '../../../utils/outlets/outlet';
import type { Coverage, StoredArticle } from '../../../utils/story/story';
import { summarizeCoverage, type SummarizeSettings } from '../../../utils/coverage/summarize';
import { BLINDSPOT_ROWS, ROUNDUPS, coverageOf } from '../../fixtures/coverage/build';

const NOW = Date.parse('2021-10-19T12:00:00Z');
const settings = (over: Partial<SummarizeSettings> = {}): SummarizeSettings => ({
  now: NOW,
  isEnabled: () => true,
  page: null,
  ...over,
});
const story5607 = ROUNDUPS.filter((r) => r.story_id === 'allsides-5607');
const emptyCoverage: Coverage = {
  story: { id: 's', title: 'Nothing', articleCount: 0, firstPublishedAt: NOW, lastPublishedAt: NOW },
  articles: [],
  outlets: [],
};
const sum = (xs: { percent: number }[]) => xs.reduce((a, b) => a + b.percent, 0);

describe('summarizeCoverage', () => {
  it('summarises an empty story as zero outlets, without inventing percentages', () => {
    const s = summarizeCoverage(emptyCoverage, [], settings());
    expect(s.outletCount).toBe(0);
    expect(s.leanings.every((b) => b.count === 0 && b.percent === 0)).toBe(true);
    expect(s.blindspot).toBeNull();
    expect(s.firstReported).toBeNull();
    expect(s.timeline.bins).toEqual([]);
  });

  it('counts a real three-outlet roundup once per outlet with percentages adding to 100', () => {
    const s = summarizeCoverage(coverageOf(story5607, 'a', NOW - 3 * 3_600_000), [], settings());
    expect(s.outletCount).toBe(3);
    expect(s.leanings.map((b) => [b.key, b.count, b.percent])).toEqual([
      ['left', 1, 34],
      ['center', 1, 33],
      ['right', 1, 33],
      ['unrated', 0, 0],
    ]);
    expect(sum(s.bias)).toBe(100);
    expect(sum(s.quality)).toBe(100);
    expect(s.outlets.map((o) => o.leaning)).toEqual(['left', 'center', 'right']);
  });

  it('counts duplicates of the same outlet once, and lists the first reporter by outlet', () => {
    const cov = coverageOf([...story5607, story5607[0]!, story5607[0]!], 'a', NOW - 5 * 3_600_000);
    // The last two copies are the same outlet (CNBC) published later: still one outlet.
    const s = summarizeCoverage(cov, [], settings());
    expect(s.outletCount).toBe(3);
    expect(s.articleCount).toBe(5);
    expect(s.outlets.find((o) => o.domain === 'cnbc.com')?.articleCount).toBe(3);
    expect(s.firstReported?.name).toBe('CNBC');
  });

  it('keeps all-unrated coverage visible as its own bucket', () => {
    const cov = coverageOf(story5607, 'a', NOW - 3_600_000);
    cov.outlets = cov.outlets.map((o) => ({ ...o, bias: 'unrated', biasSource: null }));
    const s = summarizeCoverage(cov, [], settings());
    expect(s.outletCount).toBe(3);
    expect(s.ratedCount).toBe(0);
    expect(s.leanings.find((b) => b.key === 'unrated')).toEqual({ key: 'unrated', count: 3, percent: 100 });
    expect(s.blindspot).toBeNull();
  });

  it('counts the page outlet alone as one outlet, and an unknown site as unrated under its host', () => {
    const s = summarizeCoverage(
      emptyCoverage,
      [],
      settings({ page: { outletId: 'domain:blog.example', domain: 'blog.example' } }),
    );
    expect(s.outletCount).toBe(1);
    expect(s.outlets[0]).toMatchObject({ name: 'blog.example', bias: 'unrated', isPage: true, firstPublishedAt: null });
  });

  it('leaves out disabled outlets but never the page being read', () => {
    const cov = coverageOf(story5607, 'a', NOW - 3_600_000);
    const s = summarizeCoverage(
      cov,
      [],
      settings({ isEnabled: () => false, page: { outletId: 'cnn', domain: 'cnn.com' } }),
    );
    expect(s.outlets.map((o) => o.outletId)).toEqual(['cnn']);
    expect(s.outlets[0]?.isPage).toBe(true);
  });

  it('uses the given outlets (overrides applied) over the coverage copies, for quality and ownership', () => {
    const cov = coverageOf(story5607, 'a', NOW - 3_600_000);
    const override: Outlet = { ...cov.outlets[0]!, quality: 0.8, owner: 'NBCUniversal', country: 'us' };
    const s = summarizeCoverage(cov, [override], settings());
    expect(s.quality.find((b) => b.key === 'high')?.count).toBe(1);
    expect(s.quality.find((b) => b.key === 'unknown')?.count).toBe(2);
    expect(s.owners).toEqual([{ name: 'NBCUniversal', count: 1 }]);
    expect(s.ownerUnknown).toBe(2);
    expect(s.countries).toEqual([{ name: 'US', count: 1 }]);
    expect(s.languages).toEqual([{ name: 'en', count: 3 }]);
  });

  it('draws the timeline per hour for a young story and per day for an old one', () => {
    const young = summarizeCoverage(coverageOf(story5607, 'a', NOW - 5 * 3_600_000, 2 * 3_600_000), [], settings());
    expect(young.timeline.unit).toBe('hour');
    expect(young.timeline.bins.map((b) => b.count)).toEqual([1, 0, 1, 0, 1]);
    const old = summarizeCoverage(coverageOf(story5607, 'a', NOW - 72 * 3_600_000, 24 * 3_600_000), [], settings());
    expect(old.timeline.unit).toBe('day');
    expect(old.timeline.bins.reduce((a, b) => a + b.count, 0)).toBe(3);
  });

  it('flags the real right-heavy fixture as a blindspot for the left', () => {
    const s = summarizeCoverage(coverageOf(BLINDSPOT_ROWS, 'b', NOW - 3_600_000), [], settings());
    expect(s.ratedCount).toBe(7);
    expect(s.blindspot).toEqual({ side: 'left', sideCount: 1, otherCount: 5, ratedCount: 7 });
  });
});

/** Builds a coverage with the given number of outlets per leaning (one article each). */
function spread(counts: { left: number; center: number; right: number; unrated?: number }): Coverage {
  const outlets: Outlet[] = [];
  const articles: StoredArticle[] = [];
  for (const [bias, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i++) {
      const id = `${bias}-${i}`;
      outlets.push({
        id,
        name: id,
        domains: [`${id}.test`],
        bias: bias as Outlet['bias'],
        biasSource: null,
        quality: null,
        qualitySource: null,
        feeds: [],
      });
      articles.push({
        id: `${id} u`,
        url: `https://${id}.test/a`,
        title: 't',
        description: null,
        outletId: id,
        domain: `${id}.test`,
        publishedAt: NOW,
        storyId: 's',
        match: { score: 1, sharedTerms: [], method: 'seed', provider: 'local' },
      });
    }
  }
  return {
    story: { id: 's', title: 't', articleCount: articles.length, firstPublishedAt: NOW, lastPublishedAt: NOW },
    articles,
    outlets,
  };
}
const blindspotOf = (c: Parameters<typeof spread>[0]) => summarizeCoverage(spread(c), [], settings()).blindspot;

describe('blindspot thresholds', () => {
  it('needs at least 6 rated outlets (unrated ones do not count)', () => {
    expect(blindspotOf({ left: 0, center: 2, right: 3, unrated: 4 })).toBeNull();
    expect(blindspotOf({ left: 0, center: 3, right: 3 })?.side).toBe('left');
  });
  it('allows at most 1 outlet on the thin side when 10% would be less', () => {
    expect(blindspotOf({ left: 1, center: 2, right: 3 })?.side).toBe('left');
    expect(blindspotOf({ left: 2, center: 1, right: 3 })).toBeNull();
  });
  it('allows exactly 10% on the thin side, not more', () => {
    expect(blindspotOf({ left: 2, center: 8, right: 10 })?.side).toBe('left');
    expect(blindspotOf({ left: 3, center: 7, right: 10 })).toBeNull();
  });
  it('needs the other side at 50% or more', () => {
    expect(blindspotOf({ right: 0, center: 3, left: 3 })?.side).toBe('right');
    expect(blindspotOf({ right: 0, center: 4, left: 3 })).toBeNull();
  });
  it('keeps percentages adding to 100 for awkward splits', () => {
    for (const c of [
      { left: 1, center: 1, right: 1 },
      { left: 2, center: 3, right: 1, unrated: 1 },
      { left: 1, center: 5, right: 0, unrated: 1 },
    ]) {
      const s = summarizeCoverage(spread(c), [], settings());
      expect(sum(s.leanings)).toBe(100);
      expect(sum(s.bias)).toBe(100);
    }
  });
});

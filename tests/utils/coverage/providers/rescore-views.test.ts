// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rescoreCandidates, type StoryArticle } from '../../../../utils/coverage/providers/rescore';
import type { Candidate } from '../../../../utils/coverage/providers/provider';
import { RESCORE_VIEWS } from '../../../../utils/story/params';
import { tokenize } from '../../../../utils/story/text/tokenize';

// NewsWCL50 as bench:providers uses it: every story is about Trump, Iran or North Korea, so a
// headline of the page's story often shares only those common names with it.
interface Row {
  id: string;
  title: string;
  summary: string | null;
  story_id: string;
}
const rows: Row[] = readFileSync(new URL('../../../fixtures/providers/story-sets/newswcl50.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Row);
const df = new Map<string, number>();
for (const r of rows) for (const t of new Set(tokenize(`${r.title}. ${r.summary ?? ''}`))) df.set(t, (df.get(t) ?? 0) + 1);
const stats = { docs: rows.length, df };
const AT = Date.UTC(2018, 4, 1);
const row = (id: string) => rows.find((r) => r.id === id)!;
// What a page's meta description and a feed summary carry: the first sentence (as bench:providers).
const summary = (r: Row) => (r.summary?.match(/^.{40,}?[.!?](?=\s|$)/)?.[0] ?? r.summary ?? '').slice(0, 300);
const asCandidate = (r: Row): Candidate => ({
  url: `https://example.org/${r.id}`,
  title: r.title,
  description: null,
  domain: 'example.org',
  outletName: null,
  publishedAt: AT,
  provider: 'gdelt',
});

// The page: Macron and Trump on the Iran deal (event-4); the local index holds the story's other articles.
const page = { headline: row('4_M').title, description: summary(row('4_M')), publishedAt: new Date(AT).toISOString() };
const story: StoryArticle[] = ['4_L', '4_R', '4_RR'].map((id) => ({ title: row(id).title, description: summary(row(id)), publishedAt: AT }));
const sameStory = asCandidate(row('4_LL')); // "Trump hates the Iran deal and may kill it …"
// Keyword hits of a search for the page's words, from the other Iran story (Netanyahu's files, event-9).
const otherIranStory = rows.filter((r) => r.story_id === 'event-9' && /iran/i.test(r.title)).map(asCandidate);

describe('re-scoring views', () => {
  it('keeps a same-story headline that shares only the common names, which IDF^1.5 alone drops', () => {
    expect(rescoreCandidates(page, [sameStory], AT, { stats, story, views: RESCORE_VIEWS.slice(0, 1) })).toEqual([]);
    const kept = rescoreCandidates(page, [sameStory], AT, { stats, story });
    expect(kept.map((c) => c.url)).toEqual([sameStory.url]);
    expect(kept[0]!.match.score).toBeGreaterThanOrEqual(RESCORE_VIEWS[1]!.threshold);
    expect(kept[0]!.match.sharedTerms).toEqual(expect.arrayContaining(['iran', 'deal']));
  });

  it('still drops the other Iran story’s headlines', () => {
    expect(otherIranStory.length).toBeGreaterThanOrEqual(3);
    expect(rescoreCandidates(page, otherIranStory, AT, { stats, story })).toEqual([]);
  });
});

/**
 * `npm run bench:providers`: does re-scoring keep a story's real coverage and drop what a search
 * service returns by mistake? For each article of a story set as the page, the candidate list is
 * the same story's other articles (should be kept) mixed with other stories' articles from the
 * same days (should be dropped), each seen as a search service shows it: headline and date only.
 * "keyword hits" limits the others to those sharing a query term with the page, which is what a
 * keyword search really returns (the hard case). Next to it, in the same run: keeping every result,
 * what peers that show raw search results do. Prints a Markdown table; --write puts it in BENCHMARKS.md.
 *
 * "local story": candidates are scored against the page alone ("page only", a story the local index
 * has nothing else of), or against the page plus the story's other articles the local index holds
 * ("page + index"). The benchmark assumes the index holds every other article of the story except the
 * candidate being judged (leave-one-out: a candidate never sits in its own reference), stored as a
 * feed gives it (headline and a ≤ 300-character summary). Each other-story candidate is judged against
 * a reference of the same size, leaving out one same-story article in turn.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import type { Article } from '../utils/article/article';
import { rescoreCandidates, type StoryArticle, type TermStats } from '../utils/coverage/providers/rescore';
import type { Candidate } from '../utils/coverage/providers/provider';
import { pickTerms, queryTerms } from '../utils/coverage/providers/query-terms';
import { MATCH_THRESHOLD } from '../utils/story/params';
import { storyAliases } from '../utils/story/eval/dataset';
import { tokenize } from '../utils/story/text/tokenize';

interface Row {
  id: string;
  title: string;
  summary: string | null;
  domain: string | null;
  url: string | null;
  published_at: string | null;
  story_id: string;
}

const DAY = 86_400_000;
const SETS = ['neus_allsides_roundups', 'googlenews_rss_story_clusters', 'newswcl50'];
const dir = new URL('../tests/fixtures/providers/story-sets/', import.meta.url);

/**
 * One set's rows, each URL once, with story ids that share an article merged, as the clustering
 * benchmark reads its sets (`loadDataset`): the Google News set lists every story twice, as RSS
 * ("rss-7") and Atom ("atom-7"), so the Atom copy of a same-story headline counted as another story.
 */
function load(name: string): Row[] {
  const rows = readFileSync(new URL(`${name}.jsonl`, dir), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
  const sameStory = storyAliases(rows.map((r) => ({ url: r.url, storyId: r.story_id })));
  const seen = new Set<string>();
  return rows
    .filter((r) => !r.url || (!seen.has(r.url) && seen.add(r.url)))
    .map((r) => ({ ...r, story_id: sameStory(r.story_id) }));
}

const time = (r: Row) => (r.published_at ? Date.parse(r.published_at) : NaN);

/** The page as the content script would describe it: headline plus a meta-description-sized summary. */
function asArticle(r: Row): Article {
  const firstSentences = r.summary ? (r.summary.match(/^.{40,}?[.!?](?=\s|$)/)?.[0] ?? r.summary).slice(0, 300) : null;
  return {
    url: r.url ?? `https://example.org/${r.id}`,
    canonicalUrl: r.url ?? `https://example.org/${r.id}`,
    headline: r.title,
    description: firstSentences,
    outletName: null,
    authors: [],
    publishedAt: r.published_at ? new Date(time(r)).toISOString() : null,
    modifiedAt: null,
    section: null,
    lang: 'en',
    keywords: [],
    image: null,
    isOpinion: false,
    isPaywalled: false,
  };
}

const asCandidate = (r: Row): Candidate => ({
  url: r.url ?? `https://example.org/${r.id}`,
  title: r.title,
  description: null,
  domain: r.domain ?? 'example.org',
  outletName: null,
  publishedAt: Number.isNaN(time(r)) ? null : time(r),
  provider: 'gdelt',
});

/** Document frequencies over the whole set, standing in for the reader's local index. */
function corpusStats(rows: Row[]): TermStats {
  const df = new Map<string, number>();
  for (const r of rows)
    for (const t of new Set(tokenize(`${r.title}. ${r.summary ?? ''}`))) df.set(t, (df.get(t) ?? 0) + 1);
  return { docs: rows.length, df };
}

interface Tally {
  pos: number;
  neg: number;
  keptPos: number;
  keptNeg: number;
}

/** How the local index stores an article of the page's story: headline and feed summary. */
function asStoryArticle(r: Row, fallback: number): StoryArticle {
  const a = asArticle(r);
  return { title: r.title, description: a.description, publishedAt: Number.isNaN(time(r)) ? fallback : time(r) };
}

function run(rows: Row[], hard: boolean, stats: TermStats | undefined, withStory: boolean): Tally {
  const t: Tally = { pos: 0, neg: 0, keptPos: 0, keptNeg: 0 };
  for (const q of rows) {
    const qt = time(q);
    const page = asArticle(q);
    const { phrases, words } = pickTerms(queryTerms(page));
    const terms = [...phrases, ...words].map((x) => x.toLowerCase());
    const sameDays = (r: Row) => Number.isNaN(qt) || Number.isNaN(time(r)) || Math.abs(time(r) - qt) <= DAY;
    const hit = (r: Row) => terms.some((term) => r.title.toLowerCase().includes(term));
    const positives = rows.filter((r) => r.id !== q.id && r.story_id === q.story_id);
    const negatives = rows.filter((r) => r.story_id !== q.story_id && sameDays(r) && (!hard || hit(r)));
    const now = qt || Date.now();
    const kept = new Set<string>();
    const judge = (candidates: Row[], story: Row[]) => {
      const local = story.map((r) => asStoryArticle(r, now));
      for (const c of rescoreCandidates(page, candidates.map(asCandidate), now, { stats, story: local }))
        kept.add(c.url);
    };
    if (!withStory || positives.length === 0) judge([...positives, ...negatives], []);
    else {
      // Leave-one-out: each same-story candidate against the rest of its story; the others against
      // references of the same size, leaving out each same-story article in turn.
      for (const c of positives)
        judge(
          [c],
          positives.filter((r) => r !== c),
        );
      positives.forEach((left, i) =>
        judge(
          negatives.filter((_, j) => j % positives.length === i),
          positives.filter((r) => r !== left),
        ),
      );
    }
    t.pos += positives.length;
    t.neg += negatives.length;
    t.keptPos += positives.filter((r) => kept.has(asCandidate(r).url)).length;
    t.keptNeg += negatives.filter((r) => kept.has(asCandidate(r).url)).length;
  }
  return t;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const lines: string[] = [
  '| story set | others | IDF | local story | pairs (same / other) | kept same story (recall) | dropped others | precision | keep-all precision | precision ratio |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
for (const name of SETS) {
  const rows = load(name);
  const stats = corpusStats(rows);
  for (const hard of [false, true]) {
    for (const withStats of [false, true])
      for (const withStory of [false, true]) {
        const started = performance.now();
        const t = run(rows, hard, withStats ? stats : undefined, withStory);
        const ms = performance.now() - started;
        const precision = t.keptPos / Math.max(1, t.keptPos + t.keptNeg);
        const baseline = t.pos / Math.max(1, t.pos + t.neg);
        lines.push(
          `| ${name} | ${hard ? 'keyword hits' : 'same days'} | ${withStats ? 'local index' : 'none'} | ` +
            `${withStory ? 'page + index' : 'page only'} | ${t.pos} / ${t.neg} | ` +
            `${pct(t.keptPos / t.pos)} | ${pct(1 - t.keptNeg / Math.max(1, t.neg))} | ${pct(precision)} | ${pct(baseline)} | ` +
            `${(precision / baseline).toFixed(1)}× |`,
        );
        process.stderr.write(
          `${name} ${hard ? 'hard' : 'all'} ${withStats ? 'idf' : 'flat'} ${withStory ? 'story' : 'page'}: ${ms.toFixed(0)} ms\n`,
        );
      }
  }
}
const table = lines.join('\n');
process.stdout.write(`${table}\n`);

if (process.argv.includes('--write')) {
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}, ${os.platform()}`;
  const section =
    `## Search providers\n\n` +
    `Re-scoring filter (utils/coverage/providers/rescore.ts, the story index's \`scoreCandidate\` and \`MATCH_THRESHOLD\` ` +
    `against the page and its local story) ` +
    `on candidate lists built from tests/fixtures/providers/story-sets (from shared/data/clusters). Target: keep ≥ 95% of ` +
    `same-story candidates and drop ≥ 95% of the others. "Keep-all" is the peers' behaviour (show every search result), ` +
    `measured in the same run; the ratio is our precision over theirs. Run: \`npm run bench:providers\`.\n\n` +
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, story threshold ${MATCH_THRESHOLD}.\n\n${table}\n`;
  const path = new URL('../BENCHMARKS.md', import.meta.url);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf('## Search providers');
  const next = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const updated =
    start < 0
      ? `${current.trimEnd()}\n\n${section}`
      : `${current.slice(0, start)}${section}${next < 0 ? '' : current.slice(next + 1)}`;
  writeFileSync(path, updated.endsWith('\n') ? updated : `${updated}\n`);
}

// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ParallaxDB } from '../../../utils/db/parallax-db';
import { BANDS, minhashBands } from '../../../utils/story/minhash';
import { BandLog } from '../../../utils/story/store/band-log-index';
import {
  bandLogRow,
  bandLogRows,
  loggedArticles,
  compactRows,
  pruneBandLog,
  weekOf,
  type BandLogRow,
} from '../../../utils/story/store/band-log';
import { fixtureDataset } from './fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 0, 15);
const texts = fixtureDataset('neus_allsides_roundups').slice(0, 60);
/** Real articles' bands; every third text stored twice more, by other outlets, like a wire story (one story). */
const articles = texts.flatMap((t, i) =>
  (i % 3 === 0 ? ['a', 'b', 'c'] : ['a']).map((outlet, k) => ({
    id: `${outlet} https://${outlet}.test/${t.id}`,
    bands: minhashBands(`${t.title} ${(t.description ?? '').slice(0, 300)}`),
    storyId: `story ${t.id}`,
    publishedAt: NOW - ((i * 3 + k) % 20) * DAY,
  })),
);

/** What the log must answer: every article having `band`, from the articles themselves. */
const expected = (list: typeof articles, band: number) =>
  list
    .filter((a) => a.bands.includes(band))
    .map((a) => a.id)
    .sort();

/** Each logged article's story, by id. */
const storiesOf = (rows: BandLogRow[]) => new Map(rows.flatMap(loggedArticles).map((a) => [a.id, a.storyId]));

const opened: ParallaxDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('the band log', () => {
  it('answers which articles have a band, for every band of every article, and nothing else', () => {
    const log = new BandLog(bandLogRows(articles));
    expect(articles.filter((a) => a.bands.length === BANDS).length).toBeGreaterThan(50);
    for (const a of articles)
      for (const b of a.bands) expect(log.articlesWith(b).sort()).toEqual(expected(articles, b));
    // Wire copies share all their bands; a band nobody has, or a neighbouring value, finds nothing.
    const wire = articles[0]!.bands[5]!;
    expect(log.articlesWith(wire)).toHaveLength(3);
    expect(log.articlesWith(wire + 1)).toEqual(expected(articles, wire + 1));
    expect(log.articlesWith(12345)).toEqual([]);
  });

  it('counts, for each article sharing a queried band, how many bands it agrees on, and names its story', () => {
    const log = new BandLog(bandLogRows(articles));
    for (const page of articles.slice(0, 30)) {
      // A page sharing its first band with others, and a few more, as a wire copy with a new headline would.
      const bands = page.bands.map((b, j) => (j < 12 ? b : b + 1));
      const query = bands.slice(0, 9);
      const expectedCounts = new Map(
        articles
          .filter((a) => a.bands.some((b) => query.includes(b)))
          .map((a) => [
            a.id,
            { id: a.id, storyId: a.storyId, agreeing: a.bands.filter((b) => bands.includes(b)).length },
          ]),
      );
      expect(log.agreeing(query, bands)).toEqual(expectedCounts);
    }
    expect(log.agreeing([1, 2], [1, 2, 3])).toEqual(new Map());
  });

  it('keeps position, hash and owner exact at the edges of their ranges', () => {
    const edge = [
      { id: 'x', bands: [0, 2 ** 32 - 1, 15 * 2 ** 32 + (2 ** 32 - 1)], storyId: 's1', publishedAt: NOW },
      { id: 'ünïcødé 🙂 id', bands: [2 ** 32 - 1, 3 * 2 ** 32], storyId: 'ßtory 🙂', publishedAt: NOW },
      { id: 'no bands', bands: [], storyId: 's1', publishedAt: NOW },
    ];
    const row = bandLogRow(edge)!;
    // An article without bands (its text too short) is logged too, with none: the log lists every stored article.
    expect(loggedArticles(row)).toEqual([
      { id: 'x', bands: [0, 2 ** 32 - 1, 15 * 2 ** 32 + (2 ** 32 - 1)], storyId: 's1' },
      { id: 'ünïcødé 🙂 id', bands: [2 ** 32 - 1, 3 * 2 ** 32], storyId: 'ßtory 🙂' },
      { id: 'no bands', bands: [], storyId: 's1' },
    ]);
    // Each story id is held once per row.
    expect(row.stories).toBe('s1ßtory 🙂');
    expect(new BandLog([row]).articlesWith(2 ** 32 - 1)).toEqual(['x', 'ünïcødé 🙂 id']);
    expect(bandLogRow([])).toBeNull();
  });

  it('tells which ids are surely not stored, before and after rows are appended', () => {
    const log = new BandLog(bandLogRows(articles.slice(0, 50)));
    expect(articles.slice(0, 50).every((a) => log.mayHold(a.id))).toBe(true);
    const later = articles.slice(50);
    expect(later.filter((a) => log.mayHold(a.id))).toEqual([]);
    log.append(bandLogRow(later)!);
    expect(later.every((a) => log.mayHold(a.id))).toBe(true);
    expect(log.mayHold('nobody https://nowhere.test/')).toBe(false);
  });

  it("merges each week's small rows into one that answers the same, leaving large rows alone", () => {
    const perBatch = [];
    for (let i = 0; i < articles.length; i += 7) perBatch.push(bandLogRow(articles.slice(i, i + 7))!);
    perBatch.forEach((r, seq) => (r.seq = seq + 1));
    // A large row, as a merged week is: 300 articles of 16 bands each.
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `big ${i}`,
      bands: Array.from({ length: BANDS }, (_, j) => j * 2 ** 32 + ((i * 7919 + j * 104729) % 2 ** 32)),
      storyId: `big story ${i % 13}`,
      publishedAt: NOW,
    }));
    const big = { ...bandLogRow(many)!, seq: 1000 };
    const { keep, drop, add } = compactRows([big, ...perBatch]);
    expect(keep).toContain(big);
    expect(drop).not.toContain(1000);
    const small = [...keep, ...add].filter((r) => r !== big);
    expect(new Set(small.map((r) => r.week)).size).toBe(small.length);
    expect(drop.length + keep.length).toBe(perBatch.length + 1);
    const merged = new BandLog([...keep, ...add]);
    for (const a of [...articles, ...many])
      for (const b of a.bands) expect(merged.articlesWith(b).sort()).toEqual(expected([...articles, ...many], b));
    // Every article keeps its story through the merge.
    expect(storiesOf([...keep, ...add])).toEqual(storiesOf([big, ...perBatch]));
    expect(storiesOf(add).get(articles[3]!.id)).toBe(articles[3]!.storyId);
  });

  it('merges a week whole once it has more than 8 large rows', () => {
    const bigRows = Array.from({ length: 9 }, (_, r) => {
      const many = Array.from({ length: 300 }, (_, i) => ({
        id: `big ${r}/${i}`,
        bands: Array.from({ length: BANDS }, (_, j) => j * 2 ** 32 + ((r * 31 + i * 7919 + j * 104729) % 2 ** 32)),
        storyId: `big story ${(r * 300 + i) % 17}`,
        publishedAt: NOW,
      }));
      return { row: { ...bandLogRow(many)!, seq: r + 1 }, many };
    });
    const { keep, drop, add } = compactRows(bigRows.map((b) => b.row));
    expect([keep, drop.sort(), add.length]).toEqual([[], [1, 2, 3, 4, 5, 6, 7, 8, 9], 1]);
    const all = bigRows.flatMap((b) => b.many);
    const merged = new BandLog(add);
    for (const a of all.slice(0, 400))
      for (const b of a.bands) expect(merged.articlesWith(b).sort()).toEqual(expected(all, b));
    // Eight are left alone.
    expect(compactRows(bigRows.slice(0, 8).map((b) => b.row)).drop).toEqual([]);
  });

  it('answers across several large rows and small ones, also after a large row is appended', () => {
    const large = (r: number) =>
      Array.from({ length: 300 }, (_, i) => ({
        id: `large ${r}/${i}`,
        // Row 1 repeats some of row 0's bands, as wire copies stored a week apart would.
        bands: Array.from(
          { length: BANDS },
          (_, j) => j * 2 ** 32 + (((r === 1 && i % 3 === 0 ? 0 : r) * 31 + i * 7919 + j * 104729) % 2 ** 32),
        ),
        storyId: `large story ${r}`,
        publishedAt: NOW,
      }));
    const [a, b, c] = [large(0), large(1), large(2)];
    const small = articles.slice(0, 20);
    const log = new BandLog([bandLogRow(a)!, bandLogRow(small)!, bandLogRow(b)!]);
    const check = (all: typeof articles) => {
      for (const x of all.filter((_, i) => i % 4 === 0))
        for (const band of x.bands) expect(log.articlesWith(band).sort()).toEqual(expected(all, band));
    };
    check([...a, ...small, ...b]);
    expect(log.articlesWith(b[0]!.bands[3]!).sort()).toEqual(['large 0/0', 'large 1/0']);
    log.append(bandLogRow(c)!);
    const all = [...a, ...small, ...b, ...c];
    check(all);
    // Agreement counted from each candidate's own bands in its row equals counting from the articles.
    for (const x of all.filter((_, i) => i % 37 === 0)) {
      const probe = x.bands.map((v, j) => (j < 12 ? v : v + 1));
      const query = probe.slice(0, 5);
      const sharing = all.filter((y) => y.bands.some((v) => query.includes(v)));
      expect(log.agreeing(query, probe)).toEqual(
        new Map(
          sharing.map((y) => [
            y.id,
            { id: y.id, storyId: y.storyId, agreeing: y.bands.filter((v) => probe.includes(v)).length },
          ]),
        ),
      );
    }
    expect(log.agreeing([b[3]!.bands[0]!], b[3]!.bands).get('large 0/3')).toEqual({
      id: 'large 0/3',
      storyId: 'large story 0',
      agreeing: BANDS,
    });
  });

  it('prune leaves exactly the articles it did not delete, one row a week', async () => {
    const db = new ParallaxDB(`band-log-${Math.random()}`);
    opened.push(db);
    for (let i = 0; i < articles.length; i += 10) await db.bandLog.add(bandLogRow(articles.slice(i, i + 10))!);
    const deleted = articles.filter((a) => a.publishedAt < NOW - 10 * DAY).map((a) => a.id);
    expect(deleted.length).toBeGreaterThan(10);
    await pruneBandLog(db, deleted);
    const rows = await db.bandLog.toArray();
    expect(new Set(rows.map((r) => r.week)).size).toBe(rows.length);
    const kept = articles.filter((a) => !deleted.includes(a.id));
    const log = await BandLog.read(db);
    for (const a of articles) for (const b of a.bands) expect(log.articlesWith(b).sort()).toEqual(expected(kept, b));
    expect(storiesOf(rows)).toEqual(new Map(kept.map((a) => [a.id, a.storyId])));
  });
});

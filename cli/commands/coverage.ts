/**
 * `parallax coverage <file.html> --url <page-url> [--providers local,gdelt,google] [--feeds a.xml,b.xml]`:
 * who else covered the saved page, merged from the local index and the public search services,
 * with the extension's own code. Prints one JSON document on stdout.
 *
 * The local index starts empty (the CLI has no browser profile); `--feeds` fills it first with the
 * given feed files, as the background's polling would. Services' addresses come from
 * PARALLAX_GDELT_URL / PARALLAX_GOOGLE_NEWS_URL or --gdelt-url / --google-news-url (tests and
 * benchmarks point them at 127.0.0.1). `--now <ISO date>` fixes the clock for old pages.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/article/extract';
import { gdeltProvider } from '../../utils/coverage/providers/gdelt';
import { googleNewsProvider } from '../../utils/coverage/providers/google-news';
import { localProvider } from '../../utils/coverage/providers/local';
import { searchCoverage } from '../../utils/coverage/providers/search-coverage';
import { ParallaxDB } from '../../utils/db/parallax-db';
import { parseFeed } from '../../utils/feeds/parse-feed';
import { normalizeHost, outletKeys, pickOutlet } from '../../utils/outlets/domain-keys';
import type { Outlet } from '../../utils/outlets/outlet';
import { ingestArticles } from '../../utils/story/ingest';
import { lookupCoverage } from '../../utils/story/lookup';
import { readDocStats } from '../../utils/story/store/story-session';

export const usage =
  'coverage <file.html> --url <page-url> [--providers local,gdelt,google] [--feeds a.xml,...]   merged coverage as JSON';

interface Options {
  file: string;
  url: string;
  providers: Set<string>;
  feeds: string[];
  gdeltUrl?: string;
  googleUrl?: string;
  now: number;
}

function parseArgs(args: string[]): Options | string {
  const o: Partial<Options> = { providers: new Set(['local']), feeds: [], now: Date.now() };
  o.gdeltUrl = process.env.PARALLAX_GDELT_URL;
  o.googleUrl = process.env.PARALLAX_GOOGLE_NEWS_URL;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => args[++i] ?? '';
    if (a === '--url') o.url = value();
    else if (a === '--providers')
      o.providers = new Set(
        value()
          .split(',')
          .map((p) => p.trim()),
      );
    else if (a === '--feeds') o.feeds!.push(...value().split(',').filter(Boolean));
    else if (a === '--gdelt-url') o.gdeltUrl = value();
    else if (a === '--google-news-url') o.googleUrl = value();
    else if (a === '--now') o.now = Date.parse(value());
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.file = a;
  }
  if (!o.file || !o.url) return 'a saved page and its --url are required';
  if (!/^https?:\/\//i.test(o.url)) return '--url must be an http(s) address';
  if (Number.isNaN(o.now)) return '--now must be a date';
  const unknown = [...o.providers!].filter((p) => !['local', 'gdelt', 'google'].includes(p));
  if (unknown.length) return `unknown provider ${unknown.join(', ')} (local, gdelt, google)`;
  return o as Options;
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`parallax coverage: ${options}\nusage: parallax ${usage}\n`);
    return 2;
  }
  const { document } = parseHTML(await readFile(options.file, 'utf8'));
  const article = extractArticle(document as unknown as Document, options.url);
  const db = new ParallaxDB(`parallax-cli-${process.pid}`, { indexedDB, IDBKeyRange });
  const lookupOutlet = await registryLookup();
  const outletIdOf = async (url: string) =>
    (await lookupOutlet(url))?.id ?? `domain:${normalizeHost(new URL(url).hostname)}`;

  for (const feed of options.feeds) {
    const parsed = parseFeed(new Uint8Array(await readFile(feed)), pathToFileURL(feed).href);
    const items = await Promise.all(
      parsed.items
        .filter((item) => /^https?:/i.test(item.url))
        .map(async (item) => ({
          url: item.url,
          title: item.title,
          description: item.summary,
          outletId: await outletIdOf(item.url),
          domain: normalizeHost(new URL(item.url).hostname),
          publishedAt: item.publishedAt,
          provider: 'local' as const,
        })),
    );
    await ingestArticles(db, items, options.now);
  }

  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  const pageOutletId = await outletIdOf(article.url);
  const local = localProvider((a) =>
    lookupCoverage(
      db,
      {
        url: a.url,
        canonicalUrl: a.canonicalUrl,
        title: a.headline ?? '',
        description: a.description,
        outletId: pageOutletId,
        domain: normalizeHost(new URL(a.url).hostname),
        publishedAt: Number.isNaN(published) ? null : published,
      },
      options.now,
    ),
  );
  const result = await searchCoverage(
    article,
    { providers: { gdelt: options.providers.has('gdelt'), googleNews: options.providers.has('google') } },
    {
      db,
      fetch: globalThis.fetch,
      now: () => options.now,
      lookupOutlet,
      local: options.providers.has('local') ? local : undefined,
      remote: {
        gdelt: gdeltProvider({ baseUrl: options.gdeltUrl || undefined }),
        'google-news': googleNewsProvider({ baseUrl: options.googleUrl || undefined }),
      },
      isOnline: () => true,
      docStats: (terms) => readDocStats(db, terms),
    },
  );
  const out = {
    page: { url: article.url, headline: article.headline, publishedAt: article.publishedAt, outletId: pageOutletId },
    statuses: result.statuses,
    coverage: result.candidates.map((c) => ({
      outletId: c.outletId,
      outlet: c.outlet.name,
      bias: c.outlet.bias,
      title: c.title,
      url: c.url,
      domain: c.domain,
      publishedAt: c.publishedAt === null ? null : new Date(c.publishedAt).toISOString(),
      provider: c.provider,
      score: Math.round(c.match.score * 1000) / 1000,
      sharedTerms: c.match.sharedTerms,
    })),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  db.close();
  return result.statuses.some((s) => s.state === 'error') ? 1 : 0;
}

/**
 * The shipped registry, matched with the extension's own domain rules. Kept in memory: loading
 * 7,800 outlets into the CLI's throwaway database would cost more than the whole search.
 */
async function registryLookup(): Promise<(url: string) => Promise<Outlet | null>> {
  const file = new URL('../../public/data/outlets.json', import.meta.url);
  const { outlets } = JSON.parse(await readFile(file, 'utf8')) as { outlets: Outlet[] };
  const byDomain = new Map<string, Outlet[]>();
  for (const o of outlets) for (const d of o.domains) byDomain.set(d, [...(byDomain.get(d) ?? []), o]);
  return async (url) => {
    const keys = outletKeys(url);
    return keys
      ? pickOutlet(
          keys,
          keys.flatMap((k) => byDomain.get(k) ?? []),
        )
      : null;
  };
}

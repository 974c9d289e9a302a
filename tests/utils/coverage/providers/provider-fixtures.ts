import { readFileSync } from 'node:fs';
import type { Article } from '../../../../utils/article/article';
import { outletKeys, pickOutlet } from '../../../../utils/outlets/domain-keys';
import type { Outlet } from '../../../../utils/outlets/outlet';
import type { OutletLookup } from '../../../../utils/coverage/providers/candidate-outlet';
import { DEFAULT_PARAMS } from '../../../../utils/story/params';
import { termCounts } from '../../../../utils/story/text/weights';

/** Shared inputs for the provider tests: recorded replies, the page being read, the real registry. */
export const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/providers/${name}`, import.meta.url), 'utf8');

const registry = (
  JSON.parse(readFileSync(new URL('../../../../public/data/outlets.json', import.meta.url), 'utf8')) as {
    outlets: Outlet[];
  }
).outlets;

/** The shipped registry, looked up with the extension's own domain matching. */
export const registryLookup: OutletLookup = async (url) => {
  const keys = outletKeys(url);
  return keys ? pickOutlet(keys, registry) : null;
};

export function article(overrides: Partial<Article>): Article {
  return {
    url: 'https://example.org/',
    canonicalUrl: 'https://example.org/',
    headline: null,
    description: null,
    outletName: null,
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    section: null,
    lang: 'en',
    keywords: [],
    image: null,
    isOpinion: false,
    isPaywalled: false,
    ...overrides,
  };
}

/** CNN's article on the Highland Park indictment (shared/data/clusters, Google News story rss-4). */
export const highlandPark = article({
  url: 'https://www.cnn.com/2022/07/27/us/highland-park-suspected-shooter-charges/index.html?utm_source=twCNN',
  canonicalUrl: 'https://www.cnn.com/2022/07/27/us/highland-park-suspected-shooter-charges/index.html',
  headline: 'Highland Park shooting suspect has been indicted on 117 counts by a grand jury',
  outletName: 'CNN',
  publishedAt: '2022-07-28T02:07:00Z',
});

/** CNBC's article on the qualified-immunity rulings (NeuS roundup allsides-5607). */
export const qualifiedImmunity = article({
  url: 'https://www.cnbc.com/2021/10/18/supreme-court-sides-with-police-officers-seeking-qualified-immunity.html',
  canonicalUrl:
    'https://www.cnbc.com/2021/10/18/supreme-court-sides-with-police-officers-seeking-qualified-immunity.html',
  headline: 'Supreme Court sides with police officers seeking ‘qualified immunity’ in two use-of-force cases',
  description:
    'The Supreme Court in two cases Monday ruled police officers were entitled to protection from being sued over their use of force against suspects.',
  outletName: 'CNBC',
  publishedAt: '2021-10-18T23:15:00Z',
});

/** Document frequencies of a story set, standing in for the reader's local index. */
export function storySetStats(name: string): { docs: number; df: Map<string, number> } {
  const rows = fixture(`story-sets/${name}.jsonl`)
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { title: string; summary: string | null });
  const df = new Map<string, number>();
  for (const r of rows)
    for (const t of termCounts({ title: r.title, description: r.summary }, DEFAULT_PARAMS).keys())
      df.set(t, (df.get(t) ?? 0) + 1);
  return { docs: rows.length, df };
}

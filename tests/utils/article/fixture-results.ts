import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analysePage } from '../../../utils/article/analyse';
import { platformOf } from '../../../utils/article/platforms';
import { loadTruth, sameDay, sameDescription, sameHeadline, sameText, sameUrl, type PageTruth } from './fixture-truth';

export const FIELDS = ['detection', 'headline', 'siteName', 'canonicalUrl', 'publishedAt', 'description'] as const;
export type Field = (typeof FIELDS)[number];

/** One field of one page: what we found, what the truth says, and whether they agree. */
export interface Outcome {
  id: string;
  field: Field;
  ok: boolean;
  ours: unknown;
  truth: unknown;
}

/** Runs the extractor over every saved page and judges each field that has a ground truth. */
export function judgePages(root: string): Outcome[] {
  const out: Outcome[] = [];
  for (const page of loadTruth(root)) out.push(...judgePage(page));
  return out;
}

export function judgePage(page: PageTruth): Outcome[] {
  const { document } = parseHTML(readFileSync(page.file, 'utf8'));
  const { article: a, detection: d } = analysePage(document as unknown as Document, page.url);
  const out: Outcome[] = [];
  const judge = (field: Field, truth: string | boolean | null, ours: unknown, ok: boolean) => {
    if (truth !== null) out.push({ id: page.id, field, ok, ours, truth });
  };
  // What the product reports: the content script does not run on platforms at all (exclude_matches).
  const reported = d.isArticle && !platformOf(page.url);
  judge('detection', page.isNews, reported, reported === page.isNews);
  judge('headline', page.headline, a.headline, page.headline !== null && sameHeadline(a.headline, page.headline));
  judge('siteName', page.siteName, a.outletName, page.siteName !== null && sameText(a.outletName, page.siteName));
  judge(
    'canonicalUrl',
    page.canonicalUrl,
    a.canonicalUrl,
    page.canonicalUrl !== null && sameUrl(a.canonicalUrl, page.canonicalUrl),
  );
  judge(
    'publishedAt',
    page.publishedAt,
    a.publishedAt,
    page.publishedAt !== null && sameDay(a.publishedAt, page.publishedAt),
  );
  judge(
    'description',
    page.description,
    a.description,
    page.description !== null && sameDescription(a.description, page.description),
  );
  return out;
}

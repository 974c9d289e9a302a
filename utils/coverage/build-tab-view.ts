import type { ParallaxDB } from '../db/parallax-db';
import { applyOverride } from '../outlets/apply-override';
import { findOutletForUrl } from '../outlets/outlet-store';
import type { Outlet } from '../outlets/outlet';
import { disabledOutletIds } from '../sources/enabled';
import type { Coverage } from '../story/story';
import { buildCoverageView, type CoverageView } from './coverage-view';
import { rejectedArticleIds } from './feedback-store';
import type { PageOutlet } from './outlet-coverage';

/** The page's outlet as the summary counts it: its registry id, or `domain:<host>` if unknown. */
export async function pageOutletOf(
  db: ParallaxDB,
  pageUrl: string,
): Promise<{ page: PageOutlet | null; outlet: Outlet | null }> {
  const answer = await findOutletForUrl(db, pageUrl);
  if (!answer.domain) return { page: null, outlet: null };
  const outletId = answer.outlet?.id ?? `domain:${answer.domain}`;
  return { page: { outletId, domain: answer.domain }, outlet: answer.outlet };
}

/**
 * Turns a story from the index into what the popup shows: the reader's rating overrides applied,
 * disabled outlets and "not the same story" articles left out, the page's own outlet counted.
 */
export async function coverageViewFor(
  db: ParallaxDB,
  coverage: Coverage,
  pageUrl: string,
  now: number,
): Promise<CoverageView> {
  const ids = [...new Set([...coverage.outlets.map((o) => o.id), ...coverage.articles.map((a) => a.outletId)])];
  const [stored, overrides, disabled, rejected, { page, outlet }] = await Promise.all([
    db.outlets.bulkGet(ids),
    db.overrides.bulkGet(ids),
    disabledOutletIds(db),
    rejectedArticleIds(db, coverage.story.id),
    pageOutletOf(db, pageUrl),
  ]);
  const outlets = stored.flatMap((o, i) => (o ? [applyOverride(o, overrides[i])] : []));
  if (outlet) outlets.push(outlet);
  return buildCoverageView(coverage, outlets, { now, page, isEnabled: (id) => !disabled.has(id) }, pageUrl, rejected);
}

import type { PopupSummary } from './popup-summary';

export interface DemoSummary {
  ok: true;
  article: { url: string; outlet: string; storyId: string; headline: string };
  badge: string;
  indexing: { articles: number; expected: number; complete: boolean };
  popup: PopupSummary;
  screenshots: Record<string, string>;
  timingsMs: { build: number; index: number; total: number };
}

/** The summary as a person reads it: what the popup shows for the article, then where the pictures are. */
export function formatSummary(s: DemoSummary): string {
  const { popup } = s;
  const spread = Object.entries(popup.spread)
    .filter(([, [n]]) => n > 0)
    .map(([leaning, [n, pct]]) => `${leaning} ${n} (${pct}%)`)
    .join(', ');
  const width = Math.max(...popup.articles.map((a) => a.outlet.length), 6);
  const lines = [
    '',
    `Parallax on ${s.article.url}`,
    `  "${s.article.headline}"`,
    '',
    popup.outlet
      ? `Outlet card    ${popup.outlet.name} · bias: ${popup.outlet.biasLabel} · quality: ${popup.outlet.quality}`
      : 'Outlet card    (not a rated outlet)',
    `Badge          ${s.badge}`,
    `Coverage       ${popup.coveredBy.text}`,
    `Bias spread    ${spread || '(none)'}`,
    `Blindspot      ${popup.blindspot.present ? `yes: ${popup.blindspot.text}` : 'no'}`,
    `               (rule: ${popup.blindspot.rule})`,
    `Other articles (${popup.articles.length}):`,
    ...popup.articles.map((a) => `  ${a.outlet.padEnd(width)}  ${a.leaning.padEnd(7)}  ${a.headline}`),
    '',
    `Index          ${s.indexing.articles} of ${s.indexing.expected} articles from the local news web` +
      (s.indexing.complete ? '' : ' (incomplete)'),
    `Screenshots    ${Object.values(s.screenshots).join(', ')}`,
    `Time           build ${sec(s.timingsMs.build)}, first poll ${sec(s.timingsMs.index)}, total ${sec(s.timingsMs.total)}`,
    '',
  ];
  return lines.join('\n');
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

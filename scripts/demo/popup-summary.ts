import {
  BLINDSPOT_MAX_SIDE_OUTLETS,
  BLINDSPOT_MAX_SIDE_SHARE,
  BLINDSPOT_MIN_OTHER_SHARE,
  BLINDSPOT_MIN_RATED,
} from '../../utils/coverage/blindspot';
import type { PopupPage } from '../../tests/browser/pages/popup';

/** The blindspot rule in words, from the constants the popup uses (so the text cannot drift from the code). */
export const BLINDSPOT_RULE =
  `at least ${BLINDSPOT_MIN_RATED} rated outlets, one side with at most ${BLINDSPOT_MAX_SIDE_SHARE * 100}% of them ` +
  `(or at most ${BLINDSPOT_MAX_SIDE_OUTLETS} outlet), the other side with at least ${BLINDSPOT_MIN_OTHER_SHARE * 100}%`;

export interface PopupSummary {
  state: string | null;
  outlet: { name: string; bias: string | null; biasLabel: string; quality: string } | null;
  coveredBy: { count: number; text: string };
  /** Leaning → [outlets, percent], as the bias legend lists it. */
  spread: Record<string, [number, number]>;
  blindspot: { present: boolean; side: string | null; text: string | null; rule: string };
  articles: { outlet: string; leaning: string; headline: string; url: string | null }[];
}

const text = async (p: Promise<string | null>) => ((await p) ?? '').replace(/\s+/g, ' ').trim();

/** Reads what the popup shows, through its page object and the same test ids the browser tests use. */
export async function readPopup(popup: PopupPage): Promise<PopupSummary> {
  const { page } = popup;
  const card = page.getByTestId('outlet-card');
  const hasName = (await page.getByTestId('outlet-name').count()) > 0;
  const covered = page.getByTestId('covered-by');
  const blind = page.getByTestId('blindspot');
  const present = (await blind.count()) > 0;
  const articles: PopupSummary['articles'] = [];
  for (const group of await page.getByTestId('article-group').all()) {
    const leaning = (await group.getAttribute('data-leaning')) ?? 'unrated';
    for (const item of await group.getByTestId('article').all()) {
      articles.push({
        outlet: await text(item.locator('.article-outlet').textContent()),
        leaning,
        headline: await text(
          item
            .locator('.article-title')
            .first()
            .evaluate((el) => el.firstChild?.textContent ?? ''),
        ),
        // An unsafe URL is shown as plain text, without a link (count first: a missing locator would wait).
        url: (await item.getByTestId('article-link').count())
          ? await item.getByTestId('article-link').getAttribute('href')
          : null,
      });
    }
  }
  return {
    state: await popup.state(),
    outlet: hasName
      ? {
          name: await text(popup.outletName()),
          bias: await popup.outletBias(),
          biasLabel: await text(card.getByTestId('outlet-bias').textContent()),
          quality: await text(card.getByTestId('outlet-quality').textContent()),
        }
      : null,
    coveredBy: {
      count: Number(await covered.getAttribute('data-count')),
      text: await text(popup.coveredBy()),
    },
    spread: await popup.spread(),
    blindspot: {
      present,
      side: present ? await blind.getAttribute('data-side') : null,
      text: present ? await text(blind.textContent()) : null,
      rule: BLINDSPOT_RULE,
    },
    articles,
  };
}

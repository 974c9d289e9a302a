import type { NewsWebFixture } from '../../tests/browser/fixtures/news-web-sites';

type FixtureArticle = NewsWebFixture['articles'][number];

/** The story the README walks through: Colin Powell's death (AllSides roundup 5608), as Politico told it. */
export const DEMO_STORY = 'allsides-5608';
export const DEMO_OUTLET = 'politico';

/**
 * The article the demo opens, taken from the fixture rather than a hard-coded URL. If the registry or the
 * fixture changed so it is gone, the story with the most indexed outlets stands in, so the demo still shows something.
 */
export function pickArticle(articles: FixtureArticle[]): { article: FixtureArticle; story: FixtureArticle[] } {
  const storyOf = (id: string) => articles.filter((a) => a.story_id === id);
  const preferred = storyOf(DEMO_STORY).find((a) => a.outlet.id === DEMO_OUTLET);
  if (preferred) return { article: preferred, story: storyOf(DEMO_STORY) };
  const ids = [...new Set(articles.map((a) => a.story_id))];
  const biggest = ids.map(storyOf).sort((a, b) => b.length - a.length)[0];
  if (!biggest?.[0]) throw new Error('the news web fixture has no article from an outlet with a feed');
  return { article: biggest[0], story: biggest };
}

import type { Article } from '../../article/article';

/**
 * Words that say nothing about which story an article is about: function words and the
 * vocabulary every news headline uses. A search for them would match everything.
 */
const STOP = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under about after before ' +
    'as is are was were be been being am do does did done has have had having will would shall should can could ' +
    'may might must not no yes so than then that this these those there here it its it’s he she they them his her ' +
    'their our we us you your i me my who whom whose which what when where why how all any both each few more most ' +
    'other some such only own same too very just also up down out off again further once new says said say tells ' +
    'told report reports reported amid over vs via per year years day days week weeks month months today yesterday ' +
    'tomorrow first last latest live update updates breaking news video watch opinion analysis exclusive one two three ' +
    'could get gets got make makes made take takes took back still now while since until if because against between ' +
    'during through mr mrs ms dr'
  ).split(' '),
);

export interface QueryTerms {
  /** Multi-word names ("Supreme Court", "Joe Manchin"), searched as exact phrases. */
  entities: string[];
  /** Single distinctive words, strongest first. */
  keywords: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const clean = (w: string) => w.replace(/[’']s$/u, '').replace(/[.]$/, '');
const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);

/** True when most content words are capitalized ("Supreme Court Sides With Police"): no signal for names. */
function isTitleCase(words: string[]): boolean {
  const content = words.filter((w) => !STOP.has(w.toLowerCase()));
  return content.length >= 3 && content.filter(isCapitalized).length / content.length > 0.7;
}

/** Runs of capitalized words, not counting a run that is only the sentence's first word. */
function capitalizedRuns(text: string): string[] {
  const runs: string[] = [];
  for (const sentence of text.split(/[.!?:;\u2014|]\s+|\n/)) {
    const words = (sentence.match(WORD) ?? []).map(clean);
    let run: string[] = [];
    const flush = (end: number) => {
      const start = end - run.length;
      // A lone capitalized first word is just the start of a sentence.
      if (run.length > 1 || (run.length === 1 && start > 0)) runs.push(run.join(' '));
      run = [];
    };
    words.forEach((w, i) => {
      if (isCapitalized(w) && !(STOP.has(w.toLowerCase()) && run.length === 0)) run.push(w);
      else flush(i);
    });
    flush(words.length);
  }
  return runs.map((r) => r.replace(/\s+(?:of|the|and)$/i, '')).filter((r) => r.length >= 3);
}

/**
 * The distinctive terms of an article, for a search query: names first (they pin the story down),
 * then long, unusual headline words. Never the whole headline (a search for an exact headline
 * finds only that page), and never anything from the page address.
 */
export function queryTerms(article: Pick<Article, 'headline' | 'description' | 'keywords'>): QueryTerms {
  const headline = article.headline ?? '';
  const description = article.description ?? '';
  const headWords = (headline.match(WORD) ?? []).map(clean);
  const titleCase = isTitleCase(headWords);
  // In a Title Case headline every word looks like a name, so only names the description confirms count.
  const fromHeadline = titleCase ? [] : capitalizedRuns(headline);
  const fromDescription = capitalizedRuns(description);
  const confirmed = titleCase
    ? fromDescription.filter((e) => headline.toLowerCase().includes(e.toLowerCase()))
    : fromDescription.filter((e) => headline.includes(e));
  const entities = unique([...fromHeadline, ...confirmed]).filter((e) => !STOP.has(e.toLowerCase()));
  const multi = entities.filter((e) => e.includes(' '));
  const single = entities.filter((e) => !e.includes(' '));

  const inEntity = new Set(multi.flatMap((e) => e.toLowerCase().split(' ')));
  const descLower = description.toLowerCase();
  const keywords = unique(headWords.map((w) => w.toLowerCase()))
    .filter((w) => !STOP.has(w) && !inEntity.has(w) && w.length >= 3 && !/^\d+$/.test(w))
    .map((w, i) => ({
      w,
      score: w.length + (descLower.includes(w) ? 4 : 0) + (single.some((s) => s.toLowerCase() === w) ? 6 : 0) - i * 0.1,
    }))
    .sort((a, b) => b.score - a.score)
    .map((x) => x.w);
  return { entities: multi, keywords };
}

/** At most `max` terms: up to two names, the rest keywords. Searches AND their terms, so fewer finds more. */
export function pickTerms(terms: QueryTerms, max = 4): { phrases: string[]; words: string[] } {
  const phrases = terms.entities.slice(0, 2);
  const words = terms.keywords.slice(0, Math.max(0, max - phrases.length));
  return { phrases, words };
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

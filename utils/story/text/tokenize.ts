import { lightStem } from './stem';
import { STOP_WORDS } from './stopwords';

/** A word as written, before any folding, with whether it starts a sentence. */
interface RawWord {
  text: string;
  sentenceStart: boolean;
  /** Punctuation (a comma, a dash) came just before: "Manchin, Schumer" are two names. */
  afterBreak: boolean;
}

// Letters and digits of any Latin-script language; an apostrophe only inside a word ("o'brien").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.!?:;"“”,()–—]/gu;
const BREAKS = new Set('.!?:;"“”,()–—');
const SENTENCE_ENDS = new Set('.!?:;"“”');
const MAX_ENTITY_WORDS = 4;

function rawWords(text: string): RawWord[] {
  const words: RawWord[] = [];
  let sentenceStart = true;
  let afterBreak = true;
  // Accents are stripped once per text here (per word was the hot spot of clustering).
  for (const match of stripAccents(text).matchAll(WORD)) {
    const token = match[0];
    // WORD matches punctuation one character at a time, and nothing else is a lone non-word character.
    if (token.length === 1 && BREAKS.has(token)) {
      if (SENTENCE_ENDS.has(token)) sentenceStart = true;
      afterBreak = true;
      continue;
    }
    words.push({ text: token, sentenceStart, afterBreak });
    sentenceStart = false;
    afterBreak = false;
  }
  return words;
}

const stripAccents = (text: string) =>
  /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;

/** Lowercase and drop a possessive "'s", so "Macron’s" and "macron" meet (accents are already gone). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return /['’]/.test(lower) ? lower.replace(/['’]s$/, '').replace(/['’]/g, '') : lower;
}

const isCapitalised = (w: string) => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII without a regex: most words
  return /^\p{Lu}/u.test(w);
};

/** A content word worth matching on, or null: stop words, single letters and single digits go. */
export function contentTerm(folded: string, stem = true): string | null {
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null;
  if (/^\d+$/.test(folded)) return folded; // years, counts, bill numbers: strong evidence
  return stem ? lightStem(folded) : folded;
}

/**
 * The terms of a text: content words, plus each run of 2–4 capitalised words joined as one
 * entity term ("Supreme Court" → "supreme court"), which is far rarer and so far more telling
 * than its parts. Title-case headlines capitalise everything, so entity runs are only taken from
 * text where most words are not capitalised.
 */
export function tokenize(text: string, options: { stem?: boolean } = {}): string[] {
  const stem = options.stem ?? true;
  const words = rawWords(text);
  const capitalised = words.filter((w) => isCapitalised(w.text)).length;
  const titleCase = words.length >= 4 && capitalised / words.length > 0.6;
  const terms: string[] = [];
  let run: string[] = [];
  const flushRun = () => {
    if (run.length >= 2 && run.length <= MAX_ENTITY_WORDS) terms.push(run.join(' '));
    run = [];
  };
  for (const word of words) {
    const folded = foldWord(word.text);
    const term = contentTerm(folded, stem);
    if (term) terms.push(term);
    const inEntity = !titleCase && isCapitalised(word.text) && !STOP_WORDS.has(folded) && folded.length > 1;
    // A capitalised sentence opener is ambiguous; it may start a run but only counts when followed.
    if (inEntity && !(word.afterBreak && run.length > 0)) run.push(folded);
    else {
      flushRun();
      if (inEntity) run.push(folded);
    }
  }
  flushRun();
  return terms;
}

/** Every lowercase word in order, stop words included: the raw material of MinHash shingles. */
export function plainWords(text: string): string[] {
  return rawWords(text).map((w) => foldWord(w.text));
}

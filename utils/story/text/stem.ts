/**
 * A light, language-agnostic-enough plural folder ("courts" → "court", "policies" → "policy").
 * Full Porter stemming was not worth it: news matching runs on names and numbers, and an
 * aggressive stemmer conflates unrelated words ("police"/"policy"). benchmarks compare both.
 */
export function lightStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ous|ws)$/.test(word)) return word.slice(0, -1);
  return word;
}

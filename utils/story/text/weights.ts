import type { ClusterParams } from '../params';
import { tokenize } from './tokenize';
import { topK, normalize, type TermVector } from './vector';

/** The text of an article as the model sees it. */
export interface ArticleText {
  title: string;
  description: string | null;
}

/** Raw term frequencies, title words counted `titleWeight` times. */
export function termCounts(text: ArticleText, params: ClusterParams): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (terms: string[], weight: number) => {
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + weight);
  };
  add(tokenize(text.title, { stem: params.stem }), params.titleWeight);
  if (text.description) add(tokenize(text.description.slice(0, params.bodyChars), { stem: params.stem }), 1);
  return counts;
}

/** Smoothed IDF that stays positive and defined from the very first document (online use). */
export function idf(df: number, docs: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/** Unit-length TF-IDF vector over the strongest terms, with sublinear TF and IDF raised to `idfPower`. */
export function weigh(
  counts: Map<string, number>,
  df: ReadonlyMap<string, number>,
  docs: number,
  params: ClusterParams,
): TermVector {
  const weighted = new Map<string, number>();
  for (const [term, tf] of counts)
    weighted.set(term, (1 + Math.log(tf)) * idf(df.get(term) ?? 0, docs) ** params.idfPower);
  return normalize(topK(weighted, params.articleTerms));
}

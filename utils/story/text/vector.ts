/** A sparse term-weight vector, terms sorted by weight (strongest first), ties by term. */
export interface TermVector {
  terms: string[];
  weights: number[];
}

export const EMPTY_VECTOR: TermVector = { terms: [], weights: [] };

/** Builds a vector from a map, keeping the `k` strongest terms (deterministic order). */
export function topK(map: Map<string, number>, k: number): TermVector {
  const entries = [...map].filter(([, w]) => w > 0);
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = entries.slice(0, k);
  return { terms: kept.map((e) => e[0]), weights: kept.map((e) => e[1]) };
}

export function toMap(v: TermVector): Map<string, number> {
  const map = new Map<string, number>();
  v.terms.forEach((t, i) => map.set(t, v.weights[i] ?? 0));
  return map;
}

export function norm(v: TermVector): number {
  let sum = 0;
  for (const w of v.weights) sum += w * w;
  return Math.sqrt(sum);
}

export function normalize(v: TermVector): TermVector {
  const n = norm(v);
  return n === 0 ? v : { terms: v.terms, weights: v.weights.map((w) => w / n) };
}

/** Cosine similarity plus the terms both vectors share, ordered by their contribution. */
export function cosineWithShared(a: TermVector, b: TermVector): { cosine: number; shared: string[] } {
  const bMap = toMap(b);
  const contributions: [string, number][] = [];
  let dot = 0;
  a.terms.forEach((t, i) => {
    const wb = bMap.get(t);
    if (wb === undefined) return;
    const c = (a.weights[i] ?? 0) * wb;
    dot += c;
    contributions.push([t, c]);
  });
  const denominator = norm(a) * norm(b);
  contributions.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return { cosine: denominator === 0 ? 0 : dot / denominator, shared: contributions.map((c) => c[0]) };
}

/** Adds `v` into the running sum `into` (mutates), used for story centroids. */
export function addInto(into: Map<string, number>, v: TermVector, scale = 1): void {
  v.terms.forEach((t, i) => into.set(t, (into.get(t) ?? 0) + (v.weights[i] ?? 0) * scale));
}

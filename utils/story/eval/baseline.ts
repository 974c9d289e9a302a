import { bcubed } from './metrics';
import { foldWord } from '../text/tokenize';

/** Lowercase title words, for the baseline only (no stop words, no weights, no entities). */
function titleWords(title: string): Set<string> {
  return new Set((title.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).filter((w) => w.length > 1));
}

/**
 * The baseline the model must beat: leader clustering on title-word Jaccard. Each title joins
 * the most similar story leader at or above `threshold` (earliest leader on ties), else leads a
 * new story. Leaders are found through an inverted word index: Jaccard > 0 needs a shared word.
 */
export function titleJaccardClusters(titles: readonly string[], threshold: number): string[] {
  const words = titles.map(titleWords);
  const leaders: number[] = [];
  const byWord = new Map<string, number[]>();
  return titles.map((_, i) => {
    const mine = words[i]!;
    const shared = new Map<number, number>();
    for (const w of mine) for (const l of byWord.get(w) ?? []) shared.set(l, (shared.get(l) ?? 0) + 1);
    let best: { leader: number; sim: number } | null = null;
    for (const [leader, inter] of shared) {
      const sim = inter / (mine.size + words[leader]!.size - inter);
      if (sim >= threshold && (!best || sim > best.sim || (sim === best.sim && leader < best.leader)))
        best = { leader, sim };
    }
    if (best) return String(best.leader);
    leaders.push(i);
    for (const w of mine) byWord.set(w, [...(byWord.get(w) ?? []), i]);
    return String(i);
  });
}

/** The baseline with its threshold tuned on the same data (an optimistic baseline, on purpose). */
export function tunedBaseline(
  titles: readonly string[],
  gold: readonly string[],
): { threshold: number; labels: string[] } {
  let best = { threshold: 0.5, labels: titleJaccardClusters(titles, 0.5), f1: -1 };
  for (let t = 0.05; t < 0.96; t += 0.05) {
    const labels = titleJaccardClusters(titles, t);
    const f1 = bcubed(gold, labels).f1;
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, labels, f1 };
  }
  return { threshold: best.threshold, labels: best.labels };
}

import { bcubed } from './metrics';
import { foldWord } from '../text/tokenize';

/** Lowercase title words, for the baseline only (no stop words, no weights, no entities). */
function titleWords(title: string): Set<string> {
  return new Set((title.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).filter((w) => w.length > 1));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * The baseline the model must beat: leader clustering on title-word Jaccard. Each title joins
 * the most similar story leader at or above `threshold`, else leads a new story.
 */
export function titleJaccardClusters(titles: readonly string[], threshold: number): string[] {
  const leaders: { words: Set<string>; label: string }[] = [];
  return titles.map((title, i) => {
    const words = titleWords(title);
    let best: { label: string; sim: number } | null = null;
    for (const leader of leaders) {
      const sim = jaccard(words, leader.words);
      if (sim >= threshold && (!best || sim > best.sim)) best = { label: leader.label, sim };
    }
    if (best) return best.label;
    leaders.push({ words, label: String(i) });
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

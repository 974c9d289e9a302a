/** Precision, recall and F1 of a predicted clustering against gold labels. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function groups(labels: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  labels.forEach((l, i) => {
    const g = map.get(l);
    if (g) g.push(i);
    else map.set(l, [i]);
  });
  return map;
}

/** BCubed (Bagga & Baldwin 1998): per item, the share of its predicted cluster that is correct, averaged. */
export function bcubed(gold: readonly string[], predicted: readonly string[]): PRF {
  const goldGroups = groups(gold);
  const predGroups = groups(predicted);
  let p = 0;
  let r = 0;
  for (let i = 0; i < gold.length; i++) {
    const pred = predGroups.get(predicted[i]!)!;
    const truth = goldGroups.get(gold[i]!)!;
    const correct = pred.filter((j) => gold[j] === gold[i]).length;
    p += correct / pred.length;
    r += correct / truth.length;
  }
  const n = gold.length || 1;
  return { precision: p / n, recall: r / n, f1: f1(p / n, r / n) };
}

/** Pairwise: precision and recall over all item pairs put together (predicted) or belonging together (gold). */
export function pairwise(gold: readonly string[], predicted: readonly string[]): PRF {
  const pairs = (g: Map<string, number[]>) => [...g.values()].reduce((s, m) => s + (m.length * (m.length - 1)) / 2, 0);
  const both = new Map<string, number[]>();
  gold.forEach((g, i) => {
    const key = `${g}\u0000${predicted[i]}`;
    const m = both.get(key);
    if (m) m.push(i);
    else both.set(key, [i]);
  });
  const tp = pairs(both);
  const predPairs = pairs(groups(predicted));
  const goldPairs = pairs(groups(gold));
  const precision = predPairs === 0 ? 1 : tp / predPairs;
  const recall = goldPairs === 0 ? 1 : tp / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}

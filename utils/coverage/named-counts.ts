import type { NamedCount } from './summary';

/** Counts names (one per outlet), most frequent first, ties alphabetically. Empty names are skipped. */
export function namedCounts(names: readonly (string | null | undefined)[]): NamedCount[] {
  const counts = new Map<string, number>();
  for (const n of names) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

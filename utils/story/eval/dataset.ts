/** One line of a same-story dataset (tests/fixtures/clusters/*.jsonl) or of `parallax cluster` input. */
export interface LabelledItem {
  id: string;
  title: string;
  description: string | null;
  url: string | null;
  domain: string | null;
  publishedAt: number | null;
  storyId: string | null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Reads one JSON object of the cluster line format; throws a clear message on bad input. */
export function parseItem(line: unknown, lineNo: number): LabelledItem {
  if (!line || typeof line !== 'object') throw new Error(`line ${lineNo}: expected a JSON object`);
  const o = line as Record<string, unknown>;
  const id = typeof o.id === 'number' ? String(o.id) : str(o.id);
  if (!id) throw new Error(`line ${lineNo}: missing "id"`);
  const published = str(o.published_at);
  const time = published ? Date.parse(published) : NaN;
  return {
    id,
    // Some sets (NewsWCL50's NYT articles) have no headline: the body alone carries the story.
    title: str(o.title) ?? '',
    description: str(o.description) ?? str(o.body),
    url: str(o.url),
    domain: str(o.domain),
    publishedAt: Number.isNaN(time) ? null : time,
    storyId: str(o.story_id),
  };
}

/**
 * A labelled dataset in the order a stream would deliver it: oldest first (stable; undated
 * items count as oldest), each URL once (the Google News set repeats its RSS stories as Atom).
 * An article listed under two story ids makes them one story: the Google News set's Atom copy
 * of a story has its own ids ("atom-7" for "rss-7", DATASET.json quirks), and dropping the copy
 * without merging its label left the Atom-only headlines as false one-article stories.
 */
export function loadDataset(jsonl: string): LabelledItem[] {
  const parsed = jsonl
    .split('\n')
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l !== '')
    .map(([l, n]) => parseItem(JSON.parse(l), n));
  const sameStory = storyAliases(parsed);
  const seen = new Set<string>();
  const items = parsed
    .filter((item) => {
      if (!item.url) return true;
      if (seen.has(item.url)) return false;
      seen.add(item.url);
      return true;
    })
    .map((item) => (item.storyId ? { ...item, storyId: sameStory(item.storyId) } : item));
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.publishedAt ?? 0) - (b.item.publishedAt ?? 0) || a.i - b.i)
    .map((x) => x.item);
}

/** Story ids joined by a shared article URL, each mapped to the first-listed id of its group. */
export function storyAliases(
  items: readonly { url: string | null; storyId: string | null }[],
): (storyId: string) => string {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    const up = parent.get(id);
    return up === undefined || up === id ? id : root(up);
  };
  const storyOfUrl = new Map<string, string>();
  for (const { url, storyId } of items) {
    if (!url || !storyId) continue;
    const first = storyOfUrl.get(url);
    if (first === undefined) storyOfUrl.set(url, storyId);
    else if (root(first) !== root(storyId)) parent.set(root(storyId), root(first));
  }
  return root;
}

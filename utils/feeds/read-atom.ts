import type { AtomFeed } from 'feedsmith';
import type { ItemDraft } from './item-draft';
import { resolveBase } from './feed-url';
import { atomLinks, mediaImages } from './read-rss';

/** Atom entry → draft. `published` wins over `updated` (an edit is not a new story). */
export function readAtomEntry(entry: AtomFeed.Entry<string>, feedBase: string | null): ItemDraft {
  const content = entry.content?.src ? undefined : entry.content?.value;
  return {
    base: resolveBase(entry.xml?.base, feedBase),
    links: [...atomLinks(entry.links), entry.id && /^https?:/i.test(entry.id) ? entry.id : undefined],
    title: entry.title?.value ?? entry.dc?.titles?.[0],
    summaries: [entry.summary?.value, content],
    dates: [entry.published, ...(entry.dc?.dates ?? []), entry.updated],
    guid: entry.id,
    authors: [...(entry.authors ?? []).map((author) => author.name), ...(entry.dc?.creators ?? [])],
    categories: [
      ...(entry.categories ?? []).map((category) => category.label ?? category.term),
      ...(entry.dc?.subjects ?? []),
    ],
    images: [...mediaImages(entry.media), entry.itunes?.image],
  };
}

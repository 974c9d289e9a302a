import type { MediaNs, RdfFeed, RssFeed } from 'feedsmith';
import type { ItemDraft } from './item-draft';
import { resolveBase } from './feed-url';

type RssItem = RssFeed.Item<string>;
type RdfItem = RdfFeed.Item<string>;

/** RSS 0.9x/2.0 item → draft. Link falls back to a permalink GUID, then to an atom:link. */
export function readRssItem(item: RssItem, feedBase: string | null): ItemDraft {
  const base = resolveBase(item.xml?.base, feedBase);
  const guid = item.guid?.value;
  return {
    base,
    links: [item.link, item.guid?.isPermaLink === false ? undefined : guid, ...atomLinks(item.atom?.links)],
    title: item.title ?? item.dc?.titles?.[0] ?? item.atom?.title?.value,
    summaries: [item.description, item.dc?.descriptions?.[0], item.itunes?.summary, item.content?.encoded],
    dates: [
      item.pubDate,
      ...(item.dc?.dates ?? []),
      ...(item.dcterms?.created ?? []),
      item.atom?.published,
      item.atom?.updated,
    ],
    guid,
    authors: [
      ...(item.authors ?? []).map((author) => author.name ?? author.email),
      ...(item.dc?.creators ?? []),
      item.itunes?.author,
    ],
    categories: [...(item.categories ?? []).map((category) => category.name), ...(item.dc?.subjects ?? [])],
    images: [
      ...mediaImages(item.media),
      ...(item.enclosures ?? []).filter((e) => e.type?.startsWith('image/')).map((e) => e.url),
      item.itunes?.image,
    ],
  };
}

/** RSS 1.0 (RDF) item → draft; dates live in Dublin Core. */
export function readRdfItem(item: RdfItem, feedBase: string | null): ItemDraft {
  return {
    base: resolveBase(item.xml?.base, feedBase),
    links: [item.link, item.rdf?.about],
    title: item.title ?? item.dc?.titles?.[0],
    summaries: [item.description, item.dc?.descriptions?.[0], item.content?.encoded],
    dates: [...(item.dc?.dates ?? []), ...(item.dcterms?.issued ?? []), ...(item.dcterms?.created ?? [])],
    guid: item.rdf?.about,
    authors: item.dc?.creators ?? [],
    categories: item.dc?.subjects ?? [],
    images: mediaImages(item.media),
  };
}

/** Alternate links first; an entry with only rel="self" (or "related") still has a page to open. */
export function atomLinks(links: { href?: string; rel?: string }[] | undefined): (string | undefined)[] {
  const all = links ?? [];
  const alternate = all.filter((link) => !link.rel || link.rel === 'alternate');
  const fallback = all.filter((link) => link.rel === 'self' || link.rel === 'related' || link.rel === 'via');
  return [...alternate, ...fallback].map((link) => link.href);
}

export function mediaImages(media: MediaNs.ItemOrFeed | undefined): (string | undefined)[] {
  if (!media) return [];
  const contents = [...(media.contents ?? []), ...(media.groups ?? []).flatMap((group) => group.contents ?? [])];
  const images = contents
    .filter((c) => c.medium === 'image' || c.type?.startsWith('image/') || (!c.medium && !c.type))
    .map((c) => c.url);
  const thumbnails = [...(media.thumbnails ?? []), ...contents.flatMap((c) => c.thumbnails ?? [])];
  return [...images, ...thumbnails.map((t) => t.url)];
}

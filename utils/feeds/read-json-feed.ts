import type { JsonFeed } from 'feedsmith';
import type { ItemDraft } from './item-draft';

/** JSON Feed 1.0/1.1 item → draft. `summary` is plain text; content_html is the fallback. */
export function readJsonItem(item: JsonFeed.Item<string>, feedBase: string | null): ItemDraft {
  return {
    base: feedBase,
    links: [item.url, item.external_url, /^https?:/i.test(item.id ?? '') ? item.id : undefined],
    title: item.title,
    summaries: [item.summary, item.content_text, item.content_html],
    dates: [item.date_published, item.date_modified],
    guid: item.id,
    authors: (item.authors ?? []).map((author) => author.name),
    categories: item.tags ?? [],
    images: [item.image, item.banner_image],
  };
}

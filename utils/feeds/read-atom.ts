import type { ItemDraft } from './item-draft';
import { resolveBase } from './feed-url';
import { atomLinks, itunesImage, mediaImages } from './read-rss';
import {
  allText,
  attr,
  every,
  first,
  firstText,
  isNode,
  text,
  verbatim,
  type XmlNode,
  type XmlValue,
} from './xml-values';

/**
 * Atom entry → draft. `published` wins over `updated` (an edit is not a new story). `prefix` is "atom:"
 * when the document kept one (an unrecognised namespace URI).
 */
export function readAtomEntry(entry: XmlNode, feedBase: string | null, prefix = ''): ItemDraft {
  const get = (key: string) => entry[prefix + key];
  const contentNode = first(get('content'));
  const content = attr(contentNode, 'src') ? undefined : atomText(contentNode);
  const id = firstText(get('id'));
  return {
    base: resolveBase(attr(entry, 'xml:base'), feedBase),
    links: [...atomLinks(get('link')), id && /^https?:/i.test(id) ? id : undefined],
    title: atomText(first(get('title'))) ?? allText(entry['dc:title'])?.[0],
    summaries: [atomText(first(get('summary'))), content],
    dates: [atomPublished(entry, prefix), ...(allText(entry['dc:date']) ?? []), atomUpdated(entry, prefix)],
    guid: id,
    authors: [
      ...(every(get('author'), (a) => (isNode(a) ? a : undefined)) ?? []).map((a) => firstText(a[`${prefix}name`])),
      ...(allText(entry['dc:creator']) ?? []),
    ],
    categories: [
      ...(every(get('category'), (c) => (isNode(c) ? c : undefined)) ?? []).map(
        (c) => attr(c, 'label') ?? attr(c, 'term'),
      ),
      ...(allText(entry['dc:subject']) ?? []),
    ],
    images: [...mediaImages(entry), itunesImage(entry)],
  };
}

export const atomPublished = (node: XmlNode, prefix: string): string | undefined =>
  firstText(node[`${prefix}published`]) || firstText(node[`${prefix}issued`]) || firstText(node[`${prefix}created`]);

export const atomUpdated = (node: XmlNode, prefix: string): string | undefined =>
  firstText(node[`${prefix}updated`]) || firstText(node[`${prefix}modified`]);

const XHTML_DIV = /^\s*<(?:([a-zA-Z][\w.-]*):)?div[\s/>]/;

/**
 * An Atom text construct (title, summary, content). type="xhtml" content is kept as markup, not
 * decoded (its CDATA sections escaped), so the caller's HTML-to-text pass decodes it exactly once;
 * a wrapper <div> with nothing inside is no text at all.
 */
export function atomText(value: XmlValue): string | undefined {
  if (!isNode(value)) return typeof value === 'string' ? text(value) : undefined;
  const type = attr(value, 'type');
  const raw = value['#text'] ?? value;
  if (type !== 'xhtml' && type !== 'application/xhtml+xml') return text(raw);
  if (typeof raw !== 'string') return text(raw);
  const escaped = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, inner: string) =>
    inner.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  );
  if (!XHTML_DIV.test(escaped)) return text(raw);
  if (/^\s*<(?:[a-zA-Z][\w.-]*:)?div\b[^>]*?(?:\/>|>\s*<\/(?:[a-zA-Z][\w.-]*:)?div\s*>)\s*$/.test(escaped))
    return undefined;
  return verbatim(escaped);
}

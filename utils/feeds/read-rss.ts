import type { ItemDraft } from './item-draft';
import { resolveBase } from './feed-url';
import { rssPerson } from './rss-author';
import { allText, attr, every, first, firstText, isNode, text, type XmlNode, type XmlValue } from './xml-values';
import { atomPublished, atomText, atomUpdated } from './read-atom';

/** RSS 0.9x/2.0 item → draft. Link falls back to a permalink GUID, then to an atom:link. */
export function readRssItem(item: XmlNode, feedBase: string | null): ItemDraft {
  const base = resolveBase(attr(item, 'xml:base'), feedBase);
  const guidNode = first(item.guid);
  const guid = text(guidNode);
  const permalink = isNode(guidNode) ? guidNode['@ispermalink'] : undefined;
  const notPermalink = typeof permalink === 'string' && /^\p{White_Space}*false\p{White_Space}*$/iu.test(permalink);
  return {
    base,
    links: [firstText(item.link), notPermalink ? undefined : guid, ...atomLinks(item['atom:link'])],
    title: firstText(item.title) ?? allText(item['dc:title'])?.[0] ?? atomText(first(item['atom:title'])),
    summaries: [
      firstText(item.description),
      allText(item['dc:description'])?.[0],
      firstText(item['itunes:summary']),
      firstText(item['content:encoded']),
    ],
    dates: [
      firstText(item.pubdate),
      ...(allText(item['dc:date']) ?? []),
      ...(allText(item['dcterms:created']) ?? []),
      atomPublished(item, 'atom:'),
      atomUpdated(item, 'atom:'),
    ],
    guid,
    authors: [
      ...(every(item.author, rssPerson) ?? []).map((author) => author.name ?? author.email),
      ...(allText(item['dc:creator']) ?? []),
      firstText(item['itunes:author']),
    ],
    categories: [...(every(item.category, text) ?? []), ...(allText(item['dc:subject']) ?? [])],
    images: [
      ...mediaImages(item),
      ...(every(item.enclosure, (e) => (isNode(e) ? e : undefined)) ?? [])
        .filter((e) => attr(e, 'type')?.startsWith('image/'))
        .map((e) => attr(e, 'url')),
      itunesImage(item),
    ],
  };
}

/** RSS 1.0 (RDF) item → draft; dates live in Dublin Core. */
export function readRdfItem(item: XmlNode, feedBase: string | null): ItemDraft {
  const about = rdfAbout(item);
  return {
    base: resolveBase(attr(item, 'xml:base'), feedBase),
    links: [firstText(item.link), about],
    title: firstText(item.title) ?? allText(item['dc:title'])?.[0],
    summaries: [firstText(item.description), allText(item['dc:description'])?.[0], firstText(item['content:encoded'])],
    dates: [
      ...(allText(item['dc:date']) ?? []),
      ...(allText(item['dcterms:issued']) ?? []),
      ...(allText(item['dcterms:created']) ?? []),
    ],
    guid: about,
    authors: allText(item['dc:creator']) ?? [],
    categories: allText(item['dc:subject']) ?? [],
    images: mediaImages(item),
  };
}

/** rdf:about, which RSS 1.0 uses as the item's identity (its "rdf:" prefix is dropped in RDF feeds). */
export const rdfAbout = (node: XmlValue): string | undefined => attr(node, 'about') ?? attr(node, 'rdf:about');

/** Alternate links first; an entry with only rel="self" (or "related") still has a page to open. */
export function atomLinks(value: XmlValue): (string | undefined)[] {
  const all = (every(value, (link) => (isNode(link) ? link : undefined)) ?? []).map((link) => ({
    href: attr(link, 'href') ?? text(link),
    rel: attr(link, 'rel'),
  }));
  const alternate = all.filter((link) => !link.rel || link.rel === 'alternate');
  const fallback = all.filter((link) => link.rel === 'self' || link.rel === 'related' || link.rel === 'via');
  return [...alternate, ...fallback].map((link) => link.href);
}

/** media:content (also inside media:group) that is an image or untyped, then every media:thumbnail. */
export function mediaImages(node: XmlNode): (string | undefined)[] {
  const nodes = (value: XmlValue) => every(value, (n) => (isNode(n) ? n : undefined)) ?? [];
  const contents = [
    ...nodes(node['media:content']),
    ...nodes(node['media:group']).flatMap((g) => nodes(g['media:content'])),
  ];
  const images = contents
    .filter((c) => {
      const medium = attr(c, 'medium');
      const type = attr(c, 'type');
      return medium === 'image' || type?.startsWith('image/') || (!medium && !type);
    })
    .map((c) => attr(c, 'url'));
  const thumbnails = [...nodes(node['media:thumbnail']), ...contents.flatMap((c) => nodes(c['media:thumbnail']))];
  return [...images, ...thumbnails.map((t) => attr(t, 'url'))];
}

/** <itunes:image href="…"/>, or its text in feeds that put the URL inside. */
export function itunesImage(node: XmlNode): string | undefined {
  const image = first(node['itunes:image']);
  if (isNode(image)) return attr(image, 'href');
  return text(image);
}

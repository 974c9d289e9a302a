import { XMLParser } from 'fast-xml-parser';
import { namespaceHooks, namespaceStopNodes, type NameHooks } from './xml-namespaces';
import type { XmlNode } from './xml-values';

export type XmlFormat = 'rss' | 'atom' | 'rdf';

/**
 * Which XML feed format a document is, by the same cheap tests feedsmith used (in this order): a root
 * element named rss/feed/RDF (any prefix) plus a version attribute, a typical element or the format's
 * namespace. Null when none applies.
 */
export function detectXmlFormat(text: string): XmlFormat | null {
  if (/(?:^|[\s>])<(?:\w+:)?rss[\s>]/im.test(text)) {
    if (
      /version\s*=\s*["'][^"']*["']/i.test(text) ||
      /(<(channel|item|title|link|description|pubDate|guid)[\s>])/i.test(text)
    )
      return 'rss';
  }
  if (/(?:^|[\s>])<(?:\w+:)?feed[\s>]/im.test(text)) {
    if (ATOM_URI.test(text) || /(<(?:\w+:)?(entry|title|link|id|updated|summary)[\s>])/i.test(text)) return 'atom';
  }
  if (/(?:^|[\s>])<(?:\w+:)?rdf[\s>]/im.test(text)) {
    if (
      RDF_URI.test(text) ||
      RSS1_URI.test(text) ||
      /(<(?:\w+:)?(channel|item|title|link|description)[\s>])/i.test(text)
    )
      return 'rdf';
  }
  return null;
}

// Spelled as the specifications spell them (the test is case-sensitive, as it was).
const ATOM_URI = /https?:\/\/(?:www\.w3\.org\/2005\/Atom|purl\.org\/atom\/ns#)/;
const RDF_URI = /https?:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#/;
const RSS1_URI = /https?:\/\/(?:purl\.org\/rss\/1\.0|channel\.netscape\.com\/rdf\/simple\/0\.9)/;

/** Elements of each format read as raw text (they often hold HTML), besides the namespaces' own. */
const RSS_SHARED = [
  'image.description',
  'image.height',
  'image.link',
  'image.title',
  'image.url',
  'image.width',
  'textinput.title',
  'textinput.description',
  'textinput.name',
  'textinput.link',
  'item.title',
  'item.link',
  'item.description',
  'item.author.name',
  'item.category',
  'item.comments',
  'item.enclosure',
  'item.guid',
  'item.pubdate',
  'item.source',
];
const RSS_CHANNEL = [
  'title',
  'link',
  'description',
  'language',
  'copyright',
  'managingeditor',
  'webmaster',
  'pubdate',
  'lastbuilddate',
  'category',
  'generator',
  'docs',
  'cloud',
  'ttl',
  'rating',
  'skiphours.hour',
  'skipdays.day',
];
const ATOM_PERSON = (parent: string) => ['name', 'uri', 'url', 'email'].map((p) => `${parent}.${p}`);
const ATOM_FEED = [
  ...ATOM_PERSON('author'),
  'category',
  ...ATOM_PERSON('contributor'),
  'generator',
  'icon',
  'id',
  'link',
  'logo',
  'rights',
  'subtitle',
  'tagline',
  'title',
  'updated',
  'modified',
];
const ATOM_ENTRY = [
  ...ATOM_PERSON('author'),
  'category',
  'content',
  ...ATOM_PERSON('contributor'),
  'id',
  'link',
  'published',
  'issued',
  'created',
  'rights',
  ...[...ATOM_FEED.filter((p) => p !== 'tagline')].map((p) => `source.${p}`),
  'summary',
  'title',
  'updated',
  'modified',
];

const STOP_NODES: Record<XmlFormat, () => string[]> = {
  rss: () => [
    ...RSS_CHANNEL.map((p) => `rss.channel.${p}`),
    ...RSS_SHARED.map((p) => `rss.channel.${p}`),
    ...RSS_SHARED.map((p) => `rss.${p}`),
  ],
  atom: () => [...ATOM_FEED.map((p) => `feed.${p}`), ...ATOM_ENTRY.map((p) => `feed.entry.${p}`)],
  rdf: () =>
    [
      ...['channel.title', 'channel.link', 'channel.description', 'image.title', 'image.link', 'image.url'],
      ...['item.title', 'item.link', 'item.description'],
      ...['textinput.title', 'textinput.description', 'textinput.name', 'textinput.link'],
    ].map((p) => `rdf.${p}`),
};

/** The namespaces whose prefix a format drops (its own). */
const PRIMARY: Record<XmlFormat, string[]> = { rss: [], atom: ['atom'], rdf: ['rdf', 'rss'] };

const parsers = new Map<XmlFormat, { parser: XMLParser; hooks: { current: NameHooks | null } }>();

/**
 * Parses a feed document of a known format into fast-xml-parser's object form. Entity processing is
 * off, so a DTD's entities (billion laughs, external SYSTEM files) are never expanded; the parser
 * refuses external entities outright. Throws on XML it cannot read.
 */
export function parseXmlFeed(text: string, format: XmlFormat): XmlNode {
  let entry = parsers.get(format);
  if (!entry) {
    const hooks: { current: NameHooks | null } = { current: null };
    const parser = new XMLParser({
      trimValues: false,
      processEntities: false,
      htmlEntities: false,
      parseTagValue: false,
      parseAttributeValue: false,
      alwaysCreateTextNode: false,
      ignoreAttributes: false,
      ignorePiTags: true,
      ignoreDeclaration: true,
      attributeNamePrefix: '@',
      jPath: false,
      stopNodes: [...namespaceStopNodes(), ...STOP_NODES[format]()],
      transformTagName: (name) => hooks.current!.transformTagName(name),
      transformAttributeName: (name) => hooks.current!.transformAttributeName(name),
      attributeValueProcessor: (name, value) => hooks.current!.attributeValueProcessor(name, value),
      updateTag: (name) => hooks.current!.updateTag(name),
    });
    entry = { parser, hooks };
    parsers.set(format, entry);
  }
  entry.hooks.current = namespaceHooks(text, PRIMARY[format]);
  return entry.parser.parse(text) as XmlNode;
}

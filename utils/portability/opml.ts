import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isBias, type BiasRating } from '../bias';
import { bad, checkSize, ok, type Parsed } from './result';

/** A feed as OPML carries it. `bias` travels in the outline's category attribute ("/bias/lean-left"). */
export interface OpmlFeed {
  title: string;
  xmlUrl: string;
  htmlUrl: string | null;
  bias: BiasRating | null;
}

const MAX_OUTLINES = 20_000;

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** OPML 2.0 with one outline per feed, as RSS readers expect. */
export function feedsToOpml(feeds: OpmlFeed[], dateCreated: Date): string {
  const lines = feeds.map((f) => {
    const attrs = [
      `type="rss"`,
      `text="${escapeXml(f.title)}"`,
      `title="${escapeXml(f.title)}"`,
      `xmlUrl="${escapeXml(f.xmlUrl)}"`,
      f.htmlUrl ? `htmlUrl="${escapeXml(f.htmlUrl)}"` : null,
      f.bias ? `category="/bias/${f.bias}"` : null,
    ];
    return `    <outline ${attrs.filter(Boolean).join(' ')}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>Parallax sources</title>',
    `    <dateCreated>${dateCreated.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

/** Entity processing is off in the parser (no DOCTYPE expansion, no billion laughs): decode the five XML ones here. */
function decodeXml(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (m, dec, hex, name) => {
    if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[(name as string).toLowerCase()] ?? m;
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const httpOrNull = (s: unknown): string | null => {
  if (typeof s !== 'string') return null;
  try {
    const url = new URL(decodeXml(s.trim()));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
};

type Node = Record<string, unknown>;
const asArray = (x: unknown): Node[] => (Array.isArray(x) ? x : x && typeof x === 'object' ? [x] : []) as Node[];

export function parseOpml(input: string): Parsed<OpmlFeed[]> {
  const sized = checkSize(input, 'OPML file');
  if (!sized.ok) return sized;
  const text = sized.value;
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return bad('This OPML file declares a DOCTYPE or entities, which Parallax refuses for safety.');
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return bad(`This is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}). Was the file cut off?`);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    parseAttributeValue: false,
  }).parse(text) as Node;
  const root = Object.keys(doc).find((k) => k !== '?xml');
  if (root !== 'opml')
    return bad(`This XML file's root element is <${root ?? 'none'}>, not <opml>: it is not an OPML subscription list.`);
  const body = (doc.opml as Node | undefined)?.body;
  if (!body || typeof body !== 'object') return bad('This OPML file has no <body>.');
  const feeds: OpmlFeed[] = [];
  let seen = 0;
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (++seen > MAX_OUTLINES) return;
      const xmlUrl = httpOrNull(node.xmlUrl);
      if (xmlUrl) {
        const category = typeof node.category === 'string' ? node.category : '';
        const bias =
          category
            .split(',')
            .map((c) => c.trim().replace(/^\/?bias\//, ''))
            .find(isBias) ?? null;
        const title = decodeXml(String(node.text ?? node.title ?? ''))
          .trim()
          .slice(0, 300);
        feeds.push({ title, xmlUrl, htmlUrl: httpOrNull(node.htmlUrl), bias });
      }
      walk(asArray(node.outline));
    }
  };
  walk(asArray((body as Node).outline));
  if (seen > MAX_OUTLINES) return bad(`This OPML file has more than ${MAX_OUTLINES} outlines.`);
  if (feeds.length === 0) return bad('This OPML file lists no feeds (no outline has an xmlUrl).');
  return ok(feeds);
}

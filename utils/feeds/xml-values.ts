import { decodeHTML } from 'entities';

/**
 * Reading values out of fast-xml-parser's objects the way feedsmith did: an element is a string, an
 * object (attributes as "@name", text as "#text") or an array when repeated; the first of a repeated
 * element counts where one is expected; text loses comments, keeps CDATA as written and decodes
 * character references outside CDATA; blank text counts as absent.
 */
export type XmlValue = unknown;
export type XmlNode = Record<string, unknown>;

export const isNode = (value: unknown): value is XmlNode =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && value.constructor === Object;

/** The first of a repeated element. */
export const first = (value: XmlValue): XmlValue => (Array.isArray(value) ? value[0] : value);

/**
 * Every occurrence of an element, each read by `read`; blanks dropped, undefined when none is left.
 * An object keyed "0", "1", … (JSON written by PHP) counts as a list. (feedsmith also turned an object
 * with a `length` member into a list that long; a feed could make that billions of entries, so not here.)
 */
export function every<T>(value: XmlValue, read: (value: XmlValue) => T | undefined): T[] | undefined {
  const all = Array.isArray(value)
    ? value
    : isNode(value) && isIndexed(value)
      ? Object.values(value)
      : value === undefined || value === null
        ? []
        : [value];
  const out: T[] = [];
  for (const element of all) {
    const read1 = read(element);
    if (read1 !== undefined && read1 !== null) out.push(read1);
  }
  return out.length ? out : undefined;
}

const isIndexed = (node: XmlNode) => {
  const keys = Object.keys(node);
  return keys.length > 0 && keys.every((key, i) => Number(key) === i);
};

/** Text content of an element or attribute value: see above. */
export const text = (value: XmlValue): string | undefined => textOf(isNode(value) ? (value['#text'] ?? value) : value);

/** The same for a value that is not an element (a JSON string). */
export function textOf(raw: unknown): string | undefined {
  if (typeof raw === 'number') return raw.toString();
  if (typeof raw !== 'string' || raw === '') return undefined;
  return decodeOutsideCdata(stripComments(raw)).trim() || undefined;
}

/** Text of the first occurrence of an element. */
export const firstText = (value: XmlValue): string | undefined => text(first(value));

/** Text of every occurrence of an element. */
export const allText = (value: XmlValue): string[] | undefined => every(value, text);

/** An attribute of an element node ("@href"), as text. */
export const attr = (node: XmlValue, name: string): string | undefined =>
  isNode(node) ? text(node[`@${name}`]) : undefined;

/** Trimmed but not decoded (JSON Feed strings, XHTML content). */
export function verbatim(value: unknown): string | undefined {
  if (typeof value === 'number') return value.toString();
  if (typeof value !== 'string' || value === '') return undefined;
  return value.trim() || undefined;
}

function stripComments(text: string): string {
  let at = text.indexOf('<!--');
  if (at === -1) return text;
  let out = '';
  let last = 0;
  while (at !== -1) {
    out += text.slice(last, at);
    const end = text.indexOf('-->', at + 4);
    if (end === -1) return text; // an unclosed comment: leave everything as written
    last = end + 3;
    at = text.indexOf('<!--', last);
  }
  return out + text.slice(last);
}

const hasReference = (text: string) => {
  const amp = text.indexOf('&');
  return amp !== -1 && text.indexOf(';', amp) !== -1;
};
const decode = (text: string) => (hasReference(text) ? decodeHTML(text) : text);

function decodeOutsideCdata(text: string): string {
  let at = text.indexOf('<![CDATA[');
  if (at === -1) return decode(text);
  let out = '';
  let last = 0;
  while (at !== -1) {
    out += decode(text.slice(last, at));
    const end = text.indexOf(']]>', at + 9);
    if (end === -1) return decode(text); // an unclosed CDATA section: read it all as text
    out += text.slice(at + 9, end);
    last = end + 3;
    at = text.indexOf('<![CDATA[', last);
  }
  return out + decode(text.slice(last));
}

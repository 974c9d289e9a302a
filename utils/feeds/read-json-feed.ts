import type { ItemDraft } from './item-draft';
import { every, first, isNode, textOf, verbatim } from './xml-values';

export type JsonNode = Record<string, unknown>;

/** A JSON Feed member by name, ignoring case ("Title" works too), exact spelling first. */
export function member(node: JsonNode, key: string): unknown {
  if (key in node) return node[key];
  const lower = key.toLowerCase();
  for (const name in node) if (name.toLowerCase() === lower) return node[name];
  return undefined;
}

const str = (node: JsonNode, key: string) => verbatim(first(member(node, key)));

const nonBlank = (value: unknown): value is string => typeof value === 'string' && /[^\p{White_Space}]/u.test(value);

/** The body as a JSON object when it looks like one ("{…}"), else undefined. */
export function jsonObject(text: string): JsonNode | undefined {
  const body = text.trim();
  if (body.length < 2 || !((body[0] === '{' && body.at(-1) === '}') || (body[0] === '[' && body.at(-1) === ']')))
    return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isNode(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** JSON Feed 1.0/1.1: a "version" naming jsonfeed.org, or (without one) a title plus items or feed links. */
export function isJsonFeed(json: JsonNode): boolean {
  const version = member(json, 'version');
  if (nonBlank(version)) return version.includes('jsonfeed.org/version/');
  const hasTitle = nonBlank(member(json, 'title'));
  return (
    hasTitle &&
    (Array.isArray(member(json, 'items')) ||
      !!(member(json, 'home_page_url') || member(json, 'feed_url') || member(json, 'authors')))
  );
}

/** JSON Feed 1.0/1.1 item → draft. `summary` is plain text; content_html is the fallback. */
export function readJsonItem(item: JsonNode, feedBase: string | null): ItemDraft {
  const id = str(item, 'id');
  const listed = jsonAuthors(member(item, 'authors'));
  return {
    base: feedBase,
    links: [str(item, 'url'), str(item, 'external_url'), /^https?:/i.test(id ?? '') ? id : undefined],
    title: str(item, 'title'),
    summaries: [str(item, 'summary'), str(item, 'content_text'), str(item, 'content_html')],
    dates: [textOf(first(member(item, 'date_published'))), textOf(first(member(item, 'date_modified')))],
    guid: id,
    authors: (listed ?? jsonAuthors(member(item, 'author')) ?? []).map((a) => a.name),
    categories: every(member(item, 'tags'), verbatim) ?? [],
    images: [str(item, 'image'), str(item, 'banner_image')],
  };
}

interface JsonAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

/** "authors" (1.1) or "author" (1.0): objects, or bare names; an author with nothing in it does not count. */
function jsonAuthors(value: unknown): JsonAuthor[] | undefined {
  return every(value, (author): JsonAuthor | undefined => {
    if (isNode(author)) {
      const person = { name: str(author, 'name'), url: str(author, 'url'), avatar: str(author, 'avatar') };
      return person.name !== undefined || person.url !== undefined || person.avatar !== undefined ? person : undefined;
    }
    if (typeof author === 'number' || nonBlank(author)) return { name: verbatim(author) };
    return undefined;
  });
}

import { first, isNode, text } from './xml-values';

/**
 * An RSS <author> or <managingEditor> as a person, the way feedsmith split it: "jane@example.com",
 * "Jane Doe", "jane@example.com (Jane Doe)", "Jane Doe <jane@example.com>", with mailto: and links.
 * Parallax shows `name`, else `email`.
 */
export interface RssPerson {
  name?: string;
  email?: string;
  link?: string;
}

const EMAIL = /^[^\s@()<>[\]]+@[^\s@()<>[\]]+\.[^\s@()<>[\]]+$/;
const URL_LIKE = /^(?:https?:\/\/|www\.)[^\s]+\.[^\s]+$/;
const MAILTO = /^mailto:/i;

const stripMailto = (value: string) => {
  const stripped = value.replace(MAILTO, '');
  return stripped !== value ? stripped.replace(/\?.*$/, '') : stripped;
};

const defined = (person: RssPerson): RssPerson | undefined => {
  const out: RssPerson = {};
  for (const key of ['name', 'email', 'link'] as const) if (person[key] !== undefined) out[key] = person[key];
  return Object.keys(out).length ? out : undefined;
};

export function rssPerson(value: unknown): RssPerson | undefined {
  const raw = text(first(isNode(value) && value.name !== undefined ? value.name : value));
  if (!raw) return undefined;
  const simple = stripMailto(raw);
  if (URL_LIKE.test(simple)) return { link: simple };
  if (EMAIL.test(simple)) return { email: simple };
  return /[<[(]/.test(raw) ? bracketed(raw) : unbracketed(raw);
}

function unbracketed(raw: string): RssPerson | undefined {
  if (!raw.includes('@') && !raw.includes('://') && !raw.includes('www.')) return { name: raw };
  const nameParts: string[] = [];
  let email: string | undefined;
  let link: string | undefined;
  for (const word of raw.split(/\s+/)) {
    const stripped = stripMailto(word);
    if (URL_LIKE.test(word) && !link) link = word;
    else if (EMAIL.test(stripped) && !email) email = stripped;
    else nameParts.push(word);
  }
  if (!email && !link) return { name: raw };
  return defined({ name: text(nameParts.join(' ').replace(/^[\s,\-|/:;]+|[\s,\-|/:;]+$/g, '')), email, link });
}

function bracketed(raw: string): RssPerson | undefined {
  const person: RssPerson = {};
  const nameParts: string[] = [];
  let unbracketedName = false;
  let i = 0;
  while (i < raw.length) {
    let chunk: string | undefined;
    let isBracketed = false;
    const open = raw[i]!;
    const close = open === '<' ? '>' : open === '(' ? ')' : ']';
    if (open === '<' || open === '(' || open === '[') {
      const start = i + 1;
      let depth = 1;
      let end = start;
      while (end < raw.length && depth > 0) {
        if (raw[end] === open) depth++;
        else if (raw[end] === close) depth--;
        end++;
      }
      if (depth === 0) {
        isBracketed = true;
        chunk = text(raw.slice(start, end - 1));
        i = end;
      } else {
        const literalStart = i;
        i = start;
        while (i < raw.length && !'<(['.includes(raw[i]!)) i++;
        chunk = text(raw.slice(literalStart, i));
      }
    } else {
      const start = i;
      while (i < raw.length && !'<(['.includes(raw[i]!)) i++;
      chunk = text(raw.slice(start, i));
    }
    if (!chunk) continue;
    const stripped = stripMailto(chunk);
    if (URL_LIKE.test(chunk) && !person.link) person.link = chunk;
    else if (EMAIL.test(stripped) && !person.email) person.email = stripped;
    else if (isBracketed) nameParts.push(unbracketedName ? `${open}${chunk}${close}` : chunk);
    else {
      unbracketedName = true;
      nameParts.push(chunk);
    }
  }
  person.name = text(nameParts.join(' '));
  return defined(person);
}

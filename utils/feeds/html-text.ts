import { decodeHTML } from 'entities';
import { LIMITS } from './feed-item';

/**
 * HTML (or plain text with entities) → one line of plain text, without DOMParser (the MV3 service
 * worker has none). Script/style bodies and comments are dropped, tags become spaces, entities are
 * decoded once, whitespace collapses, and the result is cut at a word boundary. The output is text
 * for textContent: it may still contain `<` (an escaped "&lt;b&gt;" stays visible), never markup we trust.
 */
export function htmlToText(html: string | null | undefined, maxChars: number): string {
  if (!html) return '';
  let text = html.length > LIMITS.htmlInputChars ? html.slice(0, LIMITS.htmlInputChars) : html;
  text = text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template|iframe|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    // Only things that look like tags: "a < b" and "x<3" stay as text.
    .replace(/<\/?[a-z][^<>]*(?:>|$)/gi, ' ')
    .replace(/<![a-z][^<>]*>/gi, ' ');
  text = decodeHTML(text);
  // Control characters (other than whitespace) are never meant to be shown.
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g, '');
  text = text.replace(/\s+/g, ' ').trim();
  return truncate(text, maxChars);
}

export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

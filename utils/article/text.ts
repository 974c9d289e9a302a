/**
 * Text cleaning shared by every signal reader. Metadata strings come from pages we do not control:
 * they may carry HTML tags (JSON-LD written by CMS templates), entities encoded once or twice, and
 * any amount of whitespace. Nothing here touches the DOM, so it runs the same in the CLI.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
};

function fromCodePoint(code: number): string {
  // Out-of-range or control code points would corrupt the text; drop them.
  if (!Number.isFinite(code) || code <= 0x1f || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  return String.fromCodePoint(code);
}

/** Decodes the common named entities and every numeric one (twice, for "&amp;#8217;"-style double encoding). */
export function decodeEntities(raw: string): string {
  let out = raw;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const hex = name[1] === 'x' || name[1] === 'X';
        return fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
      }
      return NAMED[name.toLowerCase()] ?? whole;
    });
  }
  return out;
}

/** Plain, single-line text: tags removed, entities decoded, whitespace collapsed; null when empty. */
export function cleanText(raw: unknown, max = 1000): string | null {
  if (typeof raw !== 'string') return null;
  const text = decodeEntities(raw.slice(0, max * 4).replace(/<[^>]*>/g, ' '))
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' ')
    .trim();
  return text ? text.slice(0, max) : null;
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeHTML } from 'entities';
import { decodeHtml, tables } from '../../utils/html-entities';

describe('decodeHtml', () => {
  const { named, legacy } = tables();
  const prefixes = new Set([...named.keys()].flatMap((name) => [...name].map((_, i) => name.slice(0, i + 1))));

  /**
   * entities 7.0.x mis-decodes a complete name that has no semicolon-less form when the next character
   * cannot continue it ("&alpha1;" → "≎", "&eta8" → a lone surrogate): https://github.com/fb55/entities/issues/2331,
   * fixed after 7.0.1. Browsers, entities 6 and decodeHtml read such text as the standard says (the longest
   * semicolon-less name at its start, else as written), so the comparison with entities skips the pattern.
   */
  const hitsEntitiesBug = (text: string) =>
    [...text.matchAll(/&(?=[A-Za-z0-9])/g)].some(({ index }) => {
      for (let end = index + 2; end <= text.length; end++) {
        const name = text.slice(index + 1, end);
        if (!prefixes.has(name)) return false;
        const next = text[end];
        if (named.has(name) && !legacy.has(name) && next !== ';' && !prefixes.has(name + (next ?? ''))) return true;
      }
      return false;
    });

  it('holds the whole list of the HTML standard: 2,231 entries, 106 of them without semicolon', () => {
    expect(named.size).toBe(2125);
    expect(legacy.size).toBe(106);
    expect(named.size + legacy.size).toBe(2231);
    for (const name of legacy) expect(named.has(name)).toBe(true);
  });

  it('decodes every named reference exactly as the entities package does, with and without semicolon', () => {
    const differing: string[] = [];
    let skipped = 0;
    for (const [name, value] of named) {
      for (const input of [`&${name};`, `&${name}`, `x&${name}y`, `&${name}1;`, `&${name};;`, `&${name}-`]) {
        if (hitsEntitiesBug(input)) skipped++;
        else if (decodeHtml(input) !== decodeHTML(input)) differing.push(input);
      }
      if (decodeHTML(`&${name};`) !== value) differing.push(`value of ${name}`);
    }
    expect(differing).toEqual([]);
    // Three of the six forms of a name without a semicolon-less form fall under the bug; the rest compare.
    expect(skipped).toBeLessThanOrEqual(named.size * 3);
  });

  it.each([
    ['&alpha1; &eta8 &Xi$', '&alpha1; &eta8 &Xi$'],
    ['x&centerdoty &notinx', 'x¢erdoty ¬inx'],
  ])('%j → %j (where entities 7.0.1 goes wrong)', (input, expected) => {
    expect(hitsEntitiesBug(input)).toBe(true);
    expect(decodeHtml(input)).toBe(expected);
  });

  it.each([
    ['caf&eacute; caf&eacute', 'café café'],
    ['&notin; &notit; &not', '∉ ¬it; ¬'],
    ['&copy2026 AT&T &AMP &Amp; &amp;lt;b&amp;gt;', '©2026 AT&T & &Amp; &lt;b&gt;'],
    ['&NotEqualTilde; &fjlig;', '≂̸ fj'],
    ['&#x1F600; &#128512 &#X41;&#65x', '😀 😀 AAx'],
    ['&#0; &#xD800; &#x110000; &#150; &#x81;', '\ufffd \ufffd \ufffd – \u0081'],
    ['& &; &#; &#x; &#xg; &unknown; a &b', '& &; &#; &#x; &#xg; &unknown; a &b'],
    ['no references at all', 'no references at all'],
  ])('%j → %j (as entities)', (input, expected) => {
    expect(decodeHtml(input)).toBe(expected);
    expect(decodeHTML(input)).toBe(expected);
  });

  it('agrees with entities on random text made of references and their fragments', () => {
    const names = [...named.keys()];
    const piece = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom(...names).map((n) => n.slice(0, Math.max(1, n.length - 2))),
      fc.constantFrom('&', '&#', '&#x', '#', 'x', 'X', ';', ' ', '<', '1', '9', 'a', 'F', 'g', 'ý', '\u0000'),
      fc.integer({ min: 0, max: 0x11ffff }).map((n) => n.toString(16)),
      fc.integer({ min: 0, max: 0x11ffff }).map(String),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(!hitsEntitiesBug(text));
        expect(decodeHtml(text)).toBe(decodeHTML(text));
      }),
      { numRuns: 20_000, seed: 20261128 },
    );
  });
});

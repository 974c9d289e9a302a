import { plainWords } from './text/tokenize';

/**
 * MinHash over word 3-gram shingles with LSH banding, to recognise wire copies (the same AP or
 * Reuters text under several outlets' headlines) without comparing every pair. Each band is
 * stored as one number `band * 2^32 + hash`, so an article needs BANDS small index keys and no
 * full signature.
 */
export const BANDS = 16;
export const ROWS = 4;
const HASHES = BANDS * ROWS;
const SHINGLE = 3;
/** Below this many shingles a text is too short to call anything a copy of it. */
const MIN_SHINGLES = 4;
const TWO_32 = 2 ** 32;

export function fnv1a(text: string, seed = 0x811c9dc5): number {
  return fnv1aRange(text, 0, text.length, seed);
}

/** `fnv1a(text.slice(start, end), seed)` without the slice. */
export function fnv1aRange(text: string, start: number, end: number, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `fnv1a(words.slice(at, at + SHINGLE).join(' '))` without building the string. */
function shingleHash(words: readonly string[], at: number): number {
  let h = 0x811c9dc5;
  for (let w = at; w < at + SHINGLE; w++) {
    if (w > at) h = Math.imul(h ^ 32, 0x01000193);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

// Fixed odd multipliers and offsets: the same text hashes the same on every machine, forever.
const COEFF_A = Uint32Array.from({ length: HASHES }, (_, i) => fnv1a(`a${i}`) | 1);
const COEFF_B = Uint32Array.from({ length: HASHES }, (_, i) => fnv1a(`b${i}`));

function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The LSH band keys of a text, or [] when it is too short to judge. */
export function minhashBands(text: string): number[] {
  const words = plainWords(text);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(shingleHash(words, i));
  if (shingles.size < MIN_SHINGLES) return [];
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let h = 0; h < HASHES; h++) {
      const v = mix((Math.imul(COEFF_A[h]!, s) + COEFF_B[h]!) >>> 0);
      if (v < signature[h]!) signature[h] = v;
    }
  }
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    bands.push(b * TWO_32 + fnv1a(signature.slice(b * ROWS, (b + 1) * ROWS).join(',')));
  }
  return bands;
}

/** Estimated Jaccard similarity from the share of agreeing bands (P(band agrees) = J^ROWS). */
export function bandJaccard(a: readonly number[], b: readonly number[]): { agreeing: number; jaccard: number } {
  const set = new Set(a);
  const agreeing = b.filter((x) => set.has(x)).length;
  return { agreeing, jaccard: jaccardOf(agreeing) };
}

/** The Jaccard estimate of two texts agreeing on `agreeing` of their BANDS bands. */
export const jaccardOf = (agreeing: number) => Math.pow(agreeing / BANDS, 1 / ROWS);

/** Imports are checked in full before anything is written: a bad file changes nothing. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = (message: string): Parsed<never> => ({ ok: false, message });

/** Larger than any real export (a backup of every outlet is ~2 MB); refuses files that would stall the worker. */
export const MAX_IMPORT_CHARS = 10_000_000;

export function checkSize(text: string, what: string, max = MAX_IMPORT_CHARS): Parsed<string> {
  if (text.length > max) return bad(`This ${what} is too large (${text.length} characters; the limit is ${max}).`);
  if (!text.trim()) return bad(`This ${what} is empty.`);
  return ok(text.replace(/^\uFEFF/, ''));
}

/** JSON.parse with a message a reader can act on. */
export function parseJson(text: string, what: string): Parsed<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return bad(`This ${what} is not valid JSON (${(error as Error).message}). Was it cut off?`);
  }
}

/**
 * Bytes → text for feeds, without trusting any single declaration. Feeds in the wild send a charset
 * in Content-Type that contradicts the XML prolog, or declare UTF-8 and send Latin-1. Order tried:
 * byte-order mark, Content-Type charset, XML prolog `encoding`, then UTF-8; a declared UTF-8 that is
 * not valid UTF-8 falls back to the prolog's encoding or windows-1252, and a declared single-byte
 * encoding over bytes that are valid, non-ASCII UTF-8 is read as UTF-8 (the usual mislabel).
 * TextDecoder (WHATWG Encoding) knows windows-1251, iso-8859-x, koi8-r, gbk, shift_jis and friends.
 */
export function decodeFeedBody(body: Uint8Array | string, contentType?: string): string {
  if (typeof body === 'string') return stripBom(body);
  const bom = bomEncoding(body);
  if (bom) return decode(body, bom);

  const fromHeader = contentType ? charsetOf(contentType) : null;
  const fromProlog = prologEncoding(body);
  const declared = [fromHeader, fromProlog].filter((label): label is string => supported(label));
  const first = declared[0] ?? 'utf-8';

  if (isUtf8(first)) {
    if (validUtf8(body)) return decode(body, 'utf-8');
    const other = declared.find((label) => !isUtf8(label));
    return decode(body, other ?? 'windows-1252');
  }
  // Declared single-byte but the bytes are well-formed multi-byte UTF-8: the declaration is wrong.
  if (hasNonAscii(body) && validUtf8(body)) return decode(body, 'utf-8');
  return decode(body, first);
}

function decode(bytes: Uint8Array, label: string): string {
  return stripBom(new TextDecoder(label).decode(bytes));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

export function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return match?.[1]?.toLowerCase() ?? null;
}

function prologEncoding(bytes: Uint8Array): string | null {
  // The prolog is ASCII by definition; look only at the first 200 bytes (after optional blank lines).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function supported(label: string | null): boolean {
  if (!label) return false;
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function isUtf8(label: string): boolean {
  return /^utf-?8$/i.test(label) || label.toLowerCase() === 'unicode-1-1-utf-8';
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true;
  return false;
}

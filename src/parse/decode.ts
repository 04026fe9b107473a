/**
 * Bytes to text for XML input. Browser-safe (TextDecoder only).
 * Honours a byte-order mark and the encoding declared in the XML declaration;
 * invalid byte sequences are an error with a position, never U+FFFD replacement.
 */
import { TeiParseError } from '../errors.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decode an XML file's bytes to a string.
 *
 * @throws {TeiParseError} for bytes that are not valid in the file's encoding, or an unknown encoding.
 * @example
 * decodeXml(new TextEncoder().encode('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>'))
 */
export function decodeXml(bytes: Uint8Array, file?: string): string {
  const encoding = sniffEncoding(bytes);
  if (encoding === 'utf-8') {
    const start = startsWith(bytes, UTF8_BOM) ? 3 : 0;
    const bad = firstInvalidUtf8(bytes, start);
    if (bad !== -1) {
      const { line, column } = positionOfByte(bytes, start, bad);
      throw new TeiParseError(`invalid UTF-8 byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte ${bad}`, {
        file,
        line,
        column,
      });
    }
    return new TextDecoder('utf-8').decode(bytes.subarray(start));
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new TeiParseError(`unsupported encoding "${encoding}" in the XML declaration`, { file, line: 1, column: 1 });
  }
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new TeiParseError(`the file is not valid ${encoding}`, { file, line: 1, column: 1 });
  }
}

/** The encoding from a BOM, else from `<?xml ... encoding="..."?>`, else UTF-8. */
function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (startsWith(bytes, UTF8_BOM)) return 'utf-8';
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 200)));
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (!declared || declared === 'utf8' || declared === 'utf-8') return 'utf-8';
  return declared;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates), or -1. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, start: number, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = start;
  for (let i = start; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

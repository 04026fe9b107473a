import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { decodeXml, parseTei, TeiParseError, readXmlFileSync } from '../src/index.js';
import { corpusDir, corpusFiles } from './helpers.js';

const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"';

/** The error parseTei throws for `text`, or a failure when it throws none. */
function parseError(text: string): TeiParseError {
  try {
    parseTei(text, { file: 'case.xml' });
  } catch (error) {
    expect(error).toBeInstanceOf(TeiParseError);
    return error as TeiParseError;
  }
  throw new Error('expected a TeiParseError');
}

describe('parseTei refuses bad input with file, line and column', () => {
  test.each([
    ['mismatched end tag', `<TEI ${TEI}>\n  <p>text</q>\n</TEI>`, 2, 10, /tag mismatch: "p" != "q"/],
    ['bare ampersand', `<TEI ${TEI}>\n<p>Marx & Engels</p></TEI>`, 2, 9, /"&" must start a reference/],
    ['undefined entity', `<TEI ${TEI}>\n<p>a&nbsp;b</p></TEI>`, 2, 5, /undefined entity &nbsp;/],
    ['truncated file', `<TEI ${TEI}>\n<teiHeader>\n<fileDesc>`, 3, 1, /unclosed xml tag\(s\): TEI, teiHeader, fileDesc/],
    ['duplicate attribute', `<TEI ${TEI}>\n<p n="1" n="2"/></TEI>`, 2, 1, /Attribute n redefined/],
    ['unescaped < in attribute', `<TEI ${TEI}>\n<p n="<"/></TEI>`, 2, 1, /Unescaped '<'/],
    ['text after the root', `<TEI ${TEI}/>\ntrailing`, 1, undefined, /Extra content/],
    ['undeclared prefix', `<TEI ${TEI}>\n<x:p/></TEI>`, 2, 1, /prefix is non-null and namespace is null/],
    ['control character', `<TEI ${TEI}>\n<p>bell\u0007</p></TEI>`, 2, 8, /U\+0007 is not allowed/],
    ['lone surrogate', `<TEI ${TEI}><p>\ud800</p></TEI>`, 1, 45, /U\+D800 is not allowed/],
  ])('%s', (_name, text, line, column, message) => {
    const error = parseError(text);
    expect(error.message).toMatch(message);
    expect(error.file).toBe('case.xml');
    expect(error.line).toBe(line);
    if (column !== undefined) expect(error.column).toBe(column);
    expect(error.kind).toBe('parse');
    expect(error.frame).toContain(`> ${line} |`);
  });

  test('a root outside the TEI namespace', () => {
    const error = parseError('<?xml version="1.0"?>\n<TEI><teiHeader/></TEI>');
    expect(error.message).toBe('<TEI> is in no namespace; TEI P5 requires xmlns="http://www.tei-c.org/ns/1.0"');
    expect([error.line, error.column]).toEqual([2, 1]);
  });

  test('a TEI P4 or foreign namespace', () => {
    expect(parseError('<TEI xmlns="http://example.org/tei"/>').message).toMatch(/is in namespace http:\/\/example.org\/tei/);
  });

  test('a prefixed root bound to another namespace', () => {
    const error = parseError('<!-- x -->\n<t:TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:t="urn:other"/>');
    expect(error.message).toBe('<t:TEI> is in namespace urn:other; TEI P5 requires xmlns="http://www.tei-c.org/ns/1.0"');
    expect([error.line, error.column]).toEqual([2, 1]);
  });

  test('HTML instead of TEI', () => {
    const error = parseError('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>hi</p></body></html>');
    expect(error.message).toMatch(/^the root element is <html> in namespace http:\/\/www.w3.org\/1999\/xhtml, not a TEI document: expected an element in namespace http:\/\/www.tei-c.org\/ns\/1.0/);
    expect(parseError('<surface ulx="0"/>').message).toMatch(/^the root element is <surface> in no namespace, not a TEI document/);
  });

  test.each([
    ['internal entity', `<!DOCTYPE TEI [\n  <!ENTITY who "Guevara">\n]>\n<TEI ${TEI}><p>&who;</p></TEI>`],
    ['unused internal entity', `<!DOCTYPE TEI [\n  <!ENTITY who "Guevara">\n]>\n<TEI ${TEI}/>`],
    ['external entity to a local file', `<!DOCTYPE TEI [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<TEI ${TEI}>&xxe;</TEI>`],
    ['external parameter entity', `<!DOCTYPE TEI [\n  <!ENTITY % dtd SYSTEM "/etc/passwd"> %dtd;\n]>\n<TEI ${TEI}/>`],
    [
      'billion laughs',
      `<!DOCTYPE TEI [\n  <!ENTITY lol "lol">\n  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n<TEI ${TEI}><p>&lol3;</p></TEI>`,
    ],
  ])('a DOCTYPE with an %s is refused at the declaration', (_name, text) => {
    const error = parseError(text);
    expect(error.message).toMatch(/refuses entity declarations/);
    expect([error.line, error.column]).toEqual([2, 3]);
  });

  test('an external DTD subset is inert: accepted, never fetched', () => {
    const doc = parseTei(`<!DOCTYPE TEI SYSTEM "file:///nonexistent/tei_all.dtd">\n<TEI ${TEI}><teiHeader/></TEI>`);
    expect(doc.documentElement?.localName).toBe('TEI');
  });

  test('empty and whitespace-only input', () => {
    for (const text of ['', '   \n  ', '\ufeff']) {
      expect(parseError(text).message).toBe('the input is empty: no root element');
    }
  });

  test('binary input', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(() => parseTei(decodeXml(bytes, 'image.png'))).toThrow(TeiParseError);
    const zipLike = '\u0000\u0001PK\u0003\u0004';
    expect(parseError(zipLike).message).toBe('character U+0000 is not allowed in XML (is this a binary file?)');
  });
});

describe('decodeXml', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  test('invalid UTF-8 is an error at its line and column, never a replacement character', () => {
    const good = encode(`<TEI ${TEI}>\n<p>caf`);
    const bytes = new Uint8Array([...good, 0xe9, ...encode('</p></TEI>')]);
    let error: TeiParseError | undefined;
    try {
      decodeXml(bytes, 'latin1.xml');
    } catch (e) {
      error = e as TeiParseError;
    }
    expect(error).toBeInstanceOf(TeiParseError);
    expect(error?.message).toBe(`invalid UTF-8 byte 0xe9 at byte ${good.length}`);
    expect([error?.file, error?.line, error?.column]).toEqual(['latin1.xml', 2, 7]);
  });

  test('overlong encodings and encoded surrogates are invalid UTF-8', () => {
    expect(() => decodeXml(new Uint8Array([0x3c, 0xc0, 0xbc]))).toThrow(/invalid UTF-8 byte 0xc0/);
    expect(() => decodeXml(new Uint8Array([0x3c, 0xed, 0xa0, 0x80]))).toThrow(/invalid UTF-8 byte 0xed/);
  });

  test('a UTF-8 BOM with CRLF line ends parses, with lines counted as an editor does', () => {
    const text = decodeXml(encode(`\ufeff<?xml version="1.0"?>\r\n<TEI ${TEI}>\r\n<p>a</q>\r\n</TEI>`));
    expect(text.startsWith('<?xml')).toBe(true);
    const error = parseError(text);
    expect([error.line, error.column]).toEqual([3, 5]);
  });

  test('a declared legacy encoding is honoured', () => {
    const latin1 = new Uint8Array([...encode(`<?xml version="1.0" encoding="ISO-8859-1"?><TEI ${TEI}><p>caf`), 0xe9, ...encode('</p></TEI>')]);
    expect(parseTei(decodeXml(latin1)).documentElement?.textContent).toBe('café');
  });

  test('UTF-16 with a BOM', () => {
    const text = `<TEI ${TEI}><p>Гевара</p></TEI>`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(parseTei(decodeXml(bytes)).documentElement?.textContent).toBe('Гевара');
  });
});

describe('parseTei accepts real TEI', () => {
  test.each(corpusFiles({ large: true }))('%s', (file) => {
    const { text } = readXmlFileSync(join(corpusDir, file));
    const doc = parseTei(text, { file });
    expect(doc.documentElement?.namespaceURI).toBe('http://www.tei-c.org/ns/1.0');
  });

  test('any TEI element is a root: fragments as projects keep them (a page, a chapter, a shared list)', () => {
    for (const root of ['surface', 'div', 'listPerson', 'classDecl']) {
      expect(parseTei(`<${root} ${TEI}/>`).documentElement?.localName).toBe(root);
    }
  });

  test('a prefixed TEI root, comments and processing instructions before it', () => {
    const text = `<?xml version="1.0"?>\n<!-- <!DOCTYPE x [<!ENTITY a "b">]> -->\n<?xml-model href="tei_all.rng"?>\n<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"><tei:teiHeader/></tei:TEI>`;
    expect(parseTei(text).documentElement?.localName).toBe('TEI');
  });

  test('elements carry 1-based positions', () => {
    const doc = parseTei(`<TEI ${TEI}>\n  <teiHeader/>\n</TEI>`);
    const header = doc.getElementsByTagName('teiHeader')[0] as unknown as { lineNumber: number; columnNumber: number };
    expect([header.lineNumber, header.columnNumber]).toEqual([2, 3]);
  });
});

// teikit's XML reader: strict like a conforming parser, with positions; and XInclude on top of it.
import { describe, expect, test } from 'vitest';
import { TeiParseError } from '../../src/errors.js';
import { compileSchema, validateXml } from '../../src/validate/relaxng/index.js';
import { LineIndex } from '../../src/validate/relaxng/xml/lineIndex.js';
import { readXml, XmlSyntaxError, type StartTag } from '../../src/validate/relaxng/xml/reader.js';
import { assembleXIncludes } from '../../src/xinclude/assemble.js';
import { inSource } from '../../src/validate/diagnostic.js';

function events(text: string): string[] {
  const out: string[] = [];
  readXml(text, {
    startElement: (t: StartTag) => out.push(`<${t.ns ? `{${t.ns}}` : ''}${t.local}${t.attributes.map((a) => ` ${a.ns ? `{${a.ns}}` : ''}${a.local}=${JSON.stringify(a.value)}`).join('')}>`),
    endElement: () => out.push('</>'),
    text: (v) => out.push(JSON.stringify(v)),
  });
  return out;
}

function syntaxError(text: string): { message: string; line: number; column: number } {
  try {
    readXml(text, { startElement() {}, endElement() {}, text() {} });
  } catch (e) {
    expect(e).toBeInstanceOf(XmlSyntaxError);
    return { message: (e as XmlSyntaxError).message, ...new LineIndex(text).position((e as XmlSyntaxError).offset) };
  }
  throw new Error('expected an XmlSyntaxError');
}

describe('readXml', () => {
  test('reports namespaces, attributes and coalesced text', () => {
    expect(events('<a xmlns="urn:a" xmlns:b="urn:b" x="1" b:y="2">t<!-- c -->u<?pi?><![CDATA[<v>]]>&amp;&#65;<b:c/></a>')).toEqual([
      '<{urn:a}a x="1" {urn:b}y="2">',
      '"tu<v>&A"',
      '<{urn:b}c>',
      '</>',
      '</>',
    ]);
  });

  test('normalises line ends and attribute white space (XML 1.0 §2.11, §3.3.3)', () => {
    expect(events('<a x="1\t2\n3&#10;4">l1\r\nl2\rl3</a>')).toEqual(['<a x="1 2 3\\n4">', '"l1\\nl2\\nl3"', '</>']);
  });

  test.each([
    ['<a></b>', 1, 4, /end tag "<\/b>" does not match the start tag "<a>"/],
    ['<a>\n  a & b</a>', 2, 5, /"&" must start a reference/],
    ['<a>&nbsp;</a>', 1, 4, /undefined entity &nbsp;/],
    ['<a x="1" x="2"/>', 1, 10, /attribute "x" appears twice/],
    ['<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>', 1, 36, /appears twice \(same namespace and local name\)/],
    ['<a x="<"/>', 1, 7, /"<" is not allowed in an attribute value/],
    ['<p:a/>', 1, 1, /prefix "p" of element "p:a" is not bound/],
    ['<a p:x="1"/>', 1, 4, /prefix "p" of attribute "p:x" is not bound/],
    ['<a>\u0007</a>', 1, 4, /U\+0007 is not allowed/],
    ['<a>\ud800</a>', 1, 4, /U\+D800 is not allowed/],
    ['<a/>text', 1, 5, /content after the root element/],
    ['<a>', 1, 4, /ends inside element\(s\) a/],
    ['<a>]]></a>', 1, 4, /"]]>" is not allowed in text/],
    ['<!DOCTYPE a [<!ENTITY e "x">]><a/>', 1, 14, /refuses entity declarations/],
    ['<a x=1/>', 1, 6, /must be quoted/],
    ['<a x="1"y="2"/>', 1, 9, /whitespace is required between attributes/],
    ['<1a/>', 1, 2, /"1a" is not a valid XML name/],
    ['<a>&#0;</a>', 1, 4, /does not refer to a character XML allows/],
    ['', 1, 1, /empty/],
  ])('refuses %j at %i:%i', (text, line, column, message) => {
    const error = syntaxError(text);
    expect(error.message).toMatch(message);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
  });

  test('a DOCTYPE without entity declarations is accepted (and never read)', () => {
    expect(events('<!DOCTYPE TEI SYSTEM "tei.dtd"><a/>')).toEqual(['<a>', '</>']);
  });

  test('20,000 levels of nesting do not overflow the stack', () => {
    const depth = 20_000;
    const text = '<a>'.repeat(depth) + '</a>'.repeat(depth);
    let n = 0;
    readXml(text, { startElement: () => n++, endElement() {}, text() {} });
    expect(n).toBe(depth);
  });
});

describe('validateXml on text that is not well-formed', () => {
  test('throws TeiParseError with file, line, column and a code frame', () => {
    const schema = compileSchema('<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><text/></element>');
    let error: unknown;
    try {
      validateXml(schema, '<a>\n  x & y\n</a>', { file: 'bad.xml' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TeiParseError);
    expect(error).toMatchObject({ file: 'bad.xml', line: 2, column: 5, kind: 'parse' });
    expect((error as TeiParseError).frame).toContain('> 2 |   x & y');
  });

  test('a billion laughs is refused before anything expands', () => {
    const schema = compileSchema('<element name="lolz" xmlns="http://relaxng.org/ns/structure/1.0"><text/></element>');
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(() => validateXml(schema, bomb)).toThrow(/refuses entity declarations/);
  });
});

describe('XInclude (as jing runs it, with Xerces)', () => {
  const schema = compileSchema(`<element name="doc" xmlns="http://relaxng.org/ns/structure/1.0">
    <oneOrMore><element name="p"><optional><attribute name="xml:base" ns="http://www.w3.org/XML/1998/namespace"/></optional><text/></element></oneOrMore></element>`);
  const XI = 'xmlns:xi="http://www.w3.org/2001/XInclude"';

  test('an include that cannot be read is replaced by its fallback', () => {
    expect(validateXml(schema, `<doc ${XI}><xi:include href="missing.xml"><xi:fallback><p>fallback</p></xi:fallback></xi:include></doc>`)).toEqual([]);
  });

  test('the fallback content is validated', () => {
    const [d] = validateXml(schema, `<doc ${XI}><p/><xi:include href="missing.xml"><xi:fallback><q/></xi:fallback></xi:include></doc>`);
    expect(d?.message).toMatch(/^element "q" not allowed anywhere/);
  });

  test('an include without a fallback is an error: nothing is read here', () => {
    const [d, ...rest] = validateXml(schema, `<doc ${XI}><p/><xi:include href="missing.xml"/></doc>`, { file: 'a.xml' });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ line: 1, column: 53 });
    expect(d!.message).toBe('includes are not followed here (validate with XInclude on: --xinclude), so missing.xml is not included, and the xi:include has no xi:fallback');
  });

  test('an assembled document is validated with its included content, errors in the included file', () => {
    const files: Record<string, string> = { 'memory:/part.xml': '<p>included</p>', 'memory:/bad.xml': '<q/>' };
    const resolve = ({ url }: { url: string }) => (url in files ? { text: files[url]!, name: url } : { missing: url });
    const check = (text: string) => {
      const assembled = assembleXIncludes(text, { url: 'memory:/main.xml', file: 'main.xml', resolve });
      return validateXml(schema, assembled.text, { file: 'main.xml' }).map((d) => inSource(d, assembled.map));
    };
    expect(check(`<doc ${XI}><xi:include href="part.xml"/></doc>`)).toEqual([]);
    const [d] = check(`<doc ${XI}>\n<xi:include href="bad.xml"/></doc>`);
    expect(d).toMatchObject({ file: 'memory:/bad.xml', line: 1, column: 1 });
    expect(d!.message).toMatch(/^element "q" not allowed anywhere/);
    expect(check(`<doc ${XI}><xi:include href="part.xml" parse="text"/></doc>`)[0]?.message).toMatch(/text not allowed here/);
  });

  test('xinclude: false validates xi:include as an element', () => {
    const [d] = validateXml(schema, `<doc ${XI}><xi:include href="x.xml"><xi:fallback><p/></xi:fallback></xi:include></doc>`, { xinclude: false });
    expect(d?.message).toMatch(/^element "xi:include" not allowed anywhere/);
  });
});

// Diagnostics: jing's messages, lists cut to ten names (the full list in `expected`), positions of start tags,
// element paths, and recovery so that one document yields all its errors.
import { describe, expect, test } from 'vitest';
import { compileSchema, validateXml, type SchemaDiagnostic } from '../../src/validate/relaxng/index.js';
import { teiAll } from './helpers.js';

const schema = teiAll();
const HEADER = `<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>`;
const tei = (body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0">\n${HEADER}\n<text><body>\n${body}\n</body></text></TEI>`;
const check = (text: string, file = 'doc.xml'): SchemaDiagnostic[] => validateXml(schema, text, { file });

describe('messages against tei_all', () => {
  test('an element not allowed: jing\'s wording, ten names and how many more, the full list in expected', () => {
    const [d, ...rest] = check(tei('<p>one</p>\n<p>two <date>x<note>n</note></date></p>\n<list><item/><bogus/></list>'));
    expect(d).toMatchObject({ ruleId: 'schema', severity: 'error', file: 'doc.xml', line: 6, column: 14, xpath: '/TEI/text[1]/body[1]/list[1]/bogus[1]' });
    expect(d!.message).toMatch(/^element "bogus" not allowed anywhere; expected the element end-tag or element "addSpan", "address", .* \(and \d+ more\)$/);
    expect(d!.message.match(/"[^"]+"/g)!.length).toBe(11); // the element and ten names
    expect(d!.expected!.length).toBeGreaterThan(10);
    expect(d!.expected).toEqual([...d!.expected!].sort());
    expect(d!.expected).toContain('item');
    expect(rest).toEqual([]);
  });

  test('a missing required element is reported once, at the end tag, with the element\'s path', () => {
    const text = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>\n<titleStmt><title>t</title></titleStmt>\n<publicationStmt><p/></publicationStmt>\n</fileDesc></teiHeader><text><body><p/></body></text></TEI>`;
    const diagnostics = check(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 4, column: 1, xpath: '/TEI/teiHeader[1]/fileDesc[1]', message: 'element "fileDesc" incomplete; missing required element "sourceDesc"' });
  });

  test('attributes: the element\'s position, the attribute\'s name in the message', () => {
    const diagnostics = check(tei('<p rend="x"\n   colour="red" cert="sure">x</p>'));
    expect(diagnostics.map((d) => [d.line, d.column, d.endLine, d.xpath])).toEqual([
      [4, 1, 5, '/TEI/text[1]/body[1]/p[1]'],
      [4, 1, 5, '/TEI/text[1]/body[1]/p[1]'],
    ]);
    expect(diagnostics[0]!.message).toMatch(/^attribute "colour" not allowed here; expected attribute "ana", "cert", /);
    expect(diagnostics[1]!.message).toBe('value of attribute "cert" is invalid; must be a floating-point number or must be equal to "high", "low", "medium" or "unknown"');
  });

  test('text where only elements may be: at the text, the parent\'s path', () => {
    const [d] = check(tei('<list>\n  stray text\n<item/></list>'));
    expect(d).toMatchObject({ line: 5, column: 3, xpath: '/TEI/text[1]/body[1]/list[1]' });
    expect(d!.message).toMatch(/^text not allowed here; expected element /);
  });

  test('recovery: one document yields all its errors', () => {
    const diagnostics = check(
      tei(['<p>ok</p>', '<p><foo/></p>', '<p rend="a" bad="b"/>', '<list><item/>text</list>', '<p><date when="1964-13-01"/></p>', '<p xml:id="x"/><p xml:id="x"/>', '<div><p/><head>late</head></div>'].join('\n')),
    );
    expect(diagnostics.map((d) => `${d.line}: ${d.message.split(';')[0]}`)).toEqual([
      '5: element "foo" not allowed anywhere',
      '6: attribute "bad" not allowed here',
      '7: text not allowed here',
      '8: value of attribute "when" is invalid',
      '9: ID "x" has already been defined',
      '10: element "head" not allowed here',
    ]);
    expect(diagnostics[4]!.related).toEqual([{ message: 'first occurrence of ID "x"', file: 'doc.xml', line: 9, column: 1 }]);
  });

  test('an element out of context is checked against its own declaration', () => {
    const diagnostics = check(tei('<p><teiHeader><fileDesc/></teiHeader></p>'));
    expect(diagnostics.map((d) => d.message.split(';')[0])).toEqual(['element "teiHeader" not allowed here', 'element "fileDesc" incomplete']);
  });

  test('an element declared nowhere is skipped with its content', () => {
    expect(check(tei('<p><foo><bar/><baz/></foo></p>')).map((d) => d.message.split(';')[0])).toEqual(['element "foo" not allowed anywhere']);
  });

  test('"not allowed yet" moves on past the missing element', () => {
    const text = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p/></body></text></TEI>`;
    expect(check(text).map((d) => d.message)).toEqual(['element "text" not allowed yet; missing required element "teiHeader"']);
  });

  test('a root in the wrong namespace names the namespace', () => {
    expect(check('<TEI/>')[0]!.message).toBe('element "TEI" not allowed here; expected element "TEI" or "teiCorpus" (with xmlns="http://www.tei-c.org/ns/1.0")');
  });

  test('maxErrors stops early', () => {
    const body = Array.from({ length: 20 }, () => '<foo/>').join('\n');
    expect(check(tei(`<p>${body}</p>`))).toHaveLength(20);
    expect(validateXml(schema, tei(`<p>${body}</p>`), { maxErrors: 3 })).toHaveLength(3);
  });

  test('element paths count same-name siblings', () => {
    const [d] = check(tei('<div><p/><p/><ab/><p><bogus/></p></div>'));
    expect(d!.xpath).toBe('/TEI/text[1]/body[1]/div[1]/p[3]/bogus[1]');
  });

  test('a valid document has no diagnostics', () => {
    expect(check(tei('<p>fine</p>'))).toEqual([]);
  });
});

describe('messages on a small schema', () => {
  const small = compileSchema(`<element name="doc" xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
    <attribute name="n"><data type="integer"/></attribute>
    <element name="a"><empty/></element>
    <element name="b"><data type="date"/></element>
  </element>`);

  test.each([
    ['<doc n="1"><a/><b>1964-10-16</b></doc>', []],
    ['<doc><a/><b>1964-10-16</b></doc>', ['element "doc" missing required attribute "n"']],
    ['<doc n="x"><a/><b>1964-10-16</b></doc>', ['value of attribute "n" is invalid; must be an integer']],
    ['<doc n="1"><b>1964-10-16</b></doc>', ['element "b" not allowed yet; missing required element "a"']],
    ['<doc n="1"><a/></doc>', ['element "doc" incomplete; missing required element "b"']],
    ['<doc n="1"><a>x</a><b>1964-10-16</b></doc>', ['text not allowed here; expected the element end-tag']],
    ['<doc n="1"><a/><b>16 Oct</b></doc>', ['character content of element "b" invalid; must be an ISO date']],
    ['<doc n="1"><a/><b/></doc>', ['character content of element "b" invalid; must be an ISO date']],
    ['<doc m="2" n="1"><a/><b>1964-10-16</b></doc>', ['attribute "m" not allowed here; expected attribute "n"']],
    ['<doc n="1" m="2"><a/><b>1964-10-16</b></doc>', ['found attribute "m", but no attributes allowed here']],
    ['<doc n="1"><a q="1"/><b>1964-10-16</b></doc>', ['found attribute "q", but no attributes allowed here']],
  ])('%s', (text, messages) => {
    expect(validateXml(small, text).map((d) => d.message)).toEqual(messages);
  });
});

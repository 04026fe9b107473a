// writeTei on hand-made and edited trees: escaping, namespace declarations, the prolog, and trees XML cannot hold.
import { describe, expect, test } from 'vitest';
import { TEI_NS } from '../../src/parse/prolog.js';
import { readEdition } from '../../src/model/readEdition.js';
import { cdata, comment, el, gap, hi, note, p, pi } from '../../src/model/builders.js';
import { editionOf, rootElement } from '../../src/model/edition.js';
import { TeiModelError } from '../../src/model/errors.js';
import type { ElementNode, TeiDocument } from '../../src/model/nodes.js';
import { writeTei } from '../../src/serialize/writeTei.js';

const TEI = `xmlns="${TEI_NS}"`;

describe('escaping: what is written reads back as the same characters', () => {
  const values = ['a & b < c > d', 'quote " apostrophe \'', 'tab\tnewline\ncr\rend', ']]> and ]]', 'astral 🕟 nbsp\u00a0'];

  test.each(values)('%j in text and in an attribute', (value) => {
    const element = p({ n: value }, value);
    const xml = writeTei(element);
    const back = rootElement(readEdition(`<TEI ${TEI}>${xml}</TEI>`)).children[0] as ElementNode;
    expect(back.attributes.n).toBe(value);
    expect(back.children).toMatchObject([{ type: 'text', value }]);
  });

  test('the spellings', () => {
    expect(writeTei(p({ n: 'a"b\tc\nd\re&f<g>h' }, 'a&b<c>d]]>e\rf'))).toBe(
      `<p ${TEI} n="a&quot;b&#9;c&#10;d&#13;e&amp;f&lt;g>h">a&amp;b&lt;c>d]]&gt;e&#13;f</p>`,
    );
  });

  test('CDATA stays CDATA; "]]>" inside it is split across two sections', () => {
    const xml = writeTei(p(cdata('x ]]> y')));
    expect(xml).toBe(`<p ${TEI}><![CDATA[x ]]]]><![CDATA[> y]]></p>`);
    const back = rootElement(readEdition(`<TEI ${TEI}>${xml}</TEI>`)).children[0] as ElementNode;
    expect(back.children.map((c) => (c.type === 'text' ? c.value : '')).join('')).toBe('x ]]> y');
  });

  test('characters XML forbids are refused', () => {
    const bad: ElementNode = { type: 'element', name: 'p', namespace: TEI_NS, attributes: { n: 'a\u0001' }, children: [] };
    expect(() => writeTei(bad)).toThrow(/n: character U\+0001 is not allowed in XML/);
    const lone: ElementNode = { type: 'element', name: 'p', namespace: TEI_NS, attributes: {}, children: [{ type: 'text', value: 'x\ud800' }] };
    expect(() => writeTei(lone)).toThrow(TeiModelError);
  });
});

describe('namespaces', () => {
  test('declared where the tree declares them, added where a built or moved element needs one', () => {
    const edition = readEdition(`<TEI ${TEI}><text><body><egXML xmlns="http://www.tei-c.org/ns/Examples"><p>example</p></egXML></body></text></TEI>`);
    const text = rootElement(edition).children[0] as ElementNode;
    const egXML = (text.children[0] as ElementNode).children[0] as ElementNode;
    const example = egXML.children[0] as ElementNode;
    // A TEI gap moved into the examples namespace needs its own declaration; the example p does not.
    example.children.push(gap({ reason: 'lost' }));
    expect(writeTei(edition)).toBe(
      `<TEI ${TEI}><text><body><egXML xmlns="http://www.tei-c.org/ns/Examples"><p>example<gap ${TEI} reason="lost"/></p></egXML></body></text></TEI>`,
    );
  });

  test('an element in no namespace inside a default namespace gets xmlns=""', () => {
    const free: ElementNode = { type: 'element', name: 'free', namespace: null, attributes: {}, children: [] };
    expect(writeTei(p(free))).toBe(`<p ${TEI}><free xmlns=""/></p>`);
  });

  test('a prefixed attribute needs its prefix declared', () => {
    const element = el('p', { 'xsi:schemaLocation': 'x y' });
    expect(() => writeTei(element)).toThrow(/<p> xsi:schemaLocation: the prefix "xsi" is not declared/);
    element.attributes['xmlns:xsi'] = 'http://www.w3.org/2001/XMLSchema-instance';
    expect(writeTei(element)).toBe(`<p ${TEI} xsi:schemaLocation="x y" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>`);
  });

  test('an element whose namespace contradicts its own declaration is refused', () => {
    const element = el('p', { xmlns: 'urn:other' });
    element.namespace = TEI_NS;
    expect(() => writeTei(element)).toThrow(/<p> namespace: its namespace is "http:\/\/www\.tei-c\.org\/ns\/1\.0" but it declares xmlns="urn:other"/);
  });
});

describe('the prolog', () => {
  const document = (): TeiDocument => ({
    type: 'document',
    declaration: { version: '1.0', encoding: 'UTF-8', source: "version='1.0' encoding='UTF-8'" },
    children: [
      { type: 'pi', target: 'xml-model', value: 'href="tei_all.rng"' },
      { type: 'doctype', name: 'TEI', publicId: '-//TEI//DTD TEI P5//EN', systemId: 'tei.dtd', internalSubset: ' <!ATTLIST p n CDATA #IMPLIED> ' },
      { type: 'text', value: '\n' },
      el('TEI', { xmlns: TEI_NS }, el('text', {}, el('body', {}, p('x')))),
      { type: 'comment', value: ' end ' },
    ],
  });

  test('the declaration as read while it agrees with its fields, rebuilt when they change', () => {
    const doc = document();
    expect(writeTei(doc)).toBe(
      `<?xml version='1.0' encoding='UTF-8'?><?xml-model href="tei_all.rng"?><!DOCTYPE TEI PUBLIC "-//TEI//DTD TEI P5//EN" "tei.dtd" [ <!ATTLIST p n CDATA #IMPLIED> ]>\n<TEI ${TEI}><text><body><p>x</p></body></text></TEI><!-- end -->`,
    );
    doc.declaration!.standalone = 'yes';
    expect(writeTei(doc).startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  });

  test('pretty: one document-level node per line, and a final newline', () => {
    expect(writeTei(document(), { pretty: true })).toBe(
      `<?xml version='1.0' encoding='UTF-8'?>\n<?xml-model href="tei_all.rng"?>\n<!DOCTYPE TEI PUBLIC "-//TEI//DTD TEI P5//EN" "tei.dtd" [ <!ATTLIST p n CDATA #IMPLIED> ]>\n<TEI ${TEI}>\n  <text>\n    <body>\n      <p>x</p>\n    </body>\n  </text>\n</TEI>\n<!-- end -->\n`,
    );
  });

  test('an edition whose tree changed: write the tree; editionOf recomputes the views', () => {
    const edition = readEdition(`<TEI ${TEI}><teiHeader><fileDesc><titleStmt><title>Old</title></titleStmt></fileDesc></teiHeader><text/></TEI>`);
    const title = (((rootElement(edition).children[0] as ElementNode).children[0] as ElementNode).children[0] as ElementNode).children[0] as ElementNode;
    title.children = [{ type: 'text', value: 'New' }];
    expect(writeTei(edition)).toContain('<title>New</title>');
    expect(edition.header.title).toBe('Old');
    expect(editionOf(edition.document).header.title).toBe('New');
  });
});

describe('trees XML cannot hold are refused with TeiModelError', () => {
  const withChild = (child: unknown): ElementNode => ({ type: 'element', name: 'p', namespace: TEI_NS, attributes: {}, children: [child as never] });
  test.each([
    ['text outside the root', (): TeiDocument => ({ type: 'document', children: [{ type: 'text', value: 'stray' }, el('TEI', {})] }), /only whitespace outside its root element/],
    ['"--" in a comment', () => withChild({ type: 'comment', value: 'a--b' }), /a comment cannot contain "--"/],
    ['"?>" in a processing instruction', () => withChild({ type: 'pi', target: 'x', value: 'a?>b' }), /cannot contain "\?>"/],
    ['a processing instruction named xml', () => withChild({ type: 'pi', target: 'XML', value: '' }), /not a processing instruction target/],
    ['an unknown node type', () => withChild({ type: 'entity', value: 'x' }), /unknown node type "entity"/],
    ['a prefix without a namespace', (): ElementNode => ({ type: 'element', name: 'x', prefix: 'p', namespace: null, attributes: {}, children: [] }), /prefix "p" needs a namespace/],
  ])('%s', (_name, build, message) => {
    expect(() => writeTei(build())).toThrow(TeiModelError);
    expect(() => writeTei(build())).toThrow(message);
  });

  test('builders make comments and processing instructions that are safe to write', () => {
    expect(() => comment('a--b')).toThrow(TeiModelError);
    expect(() => pi('x', 'a?>b')).toThrow(TeiModelError);
    expect(writeTei(note({}, comment(' ok '), pi('php', 'echo 1;'), hi('x')))).toBe(`<note ${TEI}><!-- ok --><?php echo 1;?><hi>x</hi></note>`);
  });
});

test('attributes named like Object properties (__proto__, constructor) are kept', () => {
  const source = `<TEI ${TEI} __proto__="a" constructor="b" toString="c"><text/></TEI>`;
  const edition = readEdition(source);
  expect(Object.keys(rootElement(edition).attributes)).toEqual(['xmlns', '__proto__', 'constructor', 'toString']);
  expect(writeTei(edition)).toBe(source);
  expect(writeTei(JSON.parse(JSON.stringify(edition.document)) as TeiDocument)).toBe(source);
  // A computed key: the literal { __proto__: 'x' } would set the prototype, not an attribute.
  expect(writeTei(el('p', { ['__proto__']: 'x' }))).toBe(`<p ${TEI} __proto__="x"/>`);
});

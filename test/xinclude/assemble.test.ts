// XInclude through the library: what is included and how (parse, xpointer, fallback, nesting, fix-ups), where each
// character came from, and what is refused (leaving the root, loops, bounds), with the error at the xi:include.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  assembleXIncludes, assembleXIncludesAsync, fileXIncludes, parseTei, readEditionFileSync, toHtml, toText, validate,
  TeiParseError, TeiXIncludeError, type XIncludeResource,
} from '../../src/index.js';
import { SECRET, TEI, XI, teiDocument, writeTree } from './tree.js';

/** Assemble `main.xml` of a tree with the file system resolver (root: the tree, unless given). */
function assemble(root: string, file = 'main.xml', xincludeRoot?: string) {
  const path = join(root, file);
  return assembleXIncludes(readFileSync(path, 'utf8'), { ...fileXIncludes(path, xincludeRoot), file: path });
}

function assemblyError(root: string, file = 'main.xml', xincludeRoot?: string): TeiXIncludeError | TeiParseError {
  try {
    assemble(root, file, xincludeRoot);
  } catch (error) {
    if (error instanceof TeiXIncludeError || error instanceof TeiParseError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('what is included', () => {
  test('a whole document, nested includes, with xml:base and namespace fix-ups; the rest byte for byte', () => {
    const root = writeTree({
      'main.xml': teiDocument('<div><xi:include href="parts/one.xml"/></div>'),
      'parts/one.xml': `<?xml version="1.0"?>\n<!-- part one -->\n<div ${TEI} ${XI} n="1"><p>One</p><xi:include href="two.xml"/></div>`,
      'parts/two.xml': '<p>Two, in no namespace</p>',
    });
    const { text, includes, map } = assemble(root);
    expect(includes).toBe(2);
    // Comments and PIs around an included root come with it; its XML declaration does not.
    expect(text).toContain(`<!-- part one --><div xml:base="parts/one.xml" ${TEI} ${XI} n="1"><p>One</p><p xmlns="" xml:base="two.xml">Two, in no namespace</p></div>`);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI')).toBe(true);
    expect(map.parts.map((p) => p.name.slice(root.length + 1))).toEqual(['main.xml', join('parts', 'one.xml'), join('parts', 'two.xml')]);
    const doc = parseTei(text);
    const p = doc.getElementsByTagName('p');
    expect(p[p.length - 1]!.namespaceURI).toBe(null);
  });

  test('xpointer: a bare id, element() by id and child sequence; ancestors\' namespaces carried over', () => {
    const root = writeTree({
      'main.xml': teiDocument(
        ['<xi:include href="lists.xml" xpointer="p2"/>', '<xi:include href="lists.xml" xpointer="element(/1/1/1)"/>', '<xi:include href="lists.xml" xpointer="element(l1/2)"/>'].join('\n'),
      ),
      'lists.xml': `<TEI ${TEI} xmlns:ex="urn:example"><text><body><div xml:id="l1"><p>First</p><p xml:id="p2" ex:k="v">Second</p></div></body></text></TEI>`,
    });
    const { text } = assemble(root);
    expect(text).toContain('<p xmlns:ex="urn:example" xml:base="lists.xml" xml:id="p2" ex:k="v">Second</p>');
    expect(text).toContain('<body xmlns:ex="urn:example" xml:base="lists.xml"><div xml:id="l1">');
    expect(text.match(/Second/g)).toHaveLength(3);
    parseTei(text);
  });

  test('parse="text" with an encoding, escaped; a missing file takes the fallback, itself processed', () => {
    const latin1 = Uint8Array.from([...'caf\u00e9 & <cr\u00e8me>'].map((c) => c.charCodeAt(0)));
    const root = writeTree({
      'main.xml': teiDocument(
        [
          '<p><xi:include href="note.txt" parse="text" encoding="ISO-8859-1"/></p>',
          '<xi:include href="gone.xml"><xi:fallback><p>Lost: <xi:include href="note.txt" parse="text" encoding="latin1"/></p></xi:fallback></xi:include>',
        ].join('\n'),
      ),
      'note.txt': latin1,
    });
    const { text } = assemble(root);
    expect(text).toContain('<p>caf\u00e9 &amp; &lt;cr\u00e8me&gt;</p>');
    expect(text).toContain('<p>Lost: caf\u00e9 &amp; &lt;cr\u00e8me&gt;</p>');
    expect(toText(text)).toContain('café & <crème>');
  });

  test('xml:lang and an own xml:base are fixed up where the included element now stands', () => {
    const root = writeTree({
      'main.xml': `<TEI ${TEI} ${XI} xml:lang="en"><text><body><xi:include href="a/fr.xml"/><xi:include href="a/img.xml"/></body></text></TEI>`,
      'a/fr.xml': `<div ${TEI}><p>Bonjour</p></div>`,
      'a/img.xml': `<div ${TEI} xml:lang="de" xml:base="images/"><graphic url="p1.jpg"/></div>`,
    });
    const { text } = assemble(root);
    expect(text).toContain('<div xml:lang="" xml:base="a/fr.xml" xmlns="http://www.tei-c.org/ns/1.0">'.replace(' xmlns="http://www.tei-c.org/ns/1.0"', ` ${TEI}`));
    expect(text).toContain(`<div ${TEI} xml:lang="de" xml:base="a/images/">`);
  });
});

describe('relative URLs in an included file still resolve (xml:base)', () => {
  test('images and links of a page, from the document that includes it; the URL policy still applies', () => {
    const root = writeTree({
      'main.xml': teiDocument('<xi:include href="pages/p1.xml"/>'),
      'pages/p1.xml': `<div ${TEI}><p><ref target="notes.html">notes</ref> <ref target="https://example.org/a">web</ref></p>
        <figure><graphic url="img/p1.jpg"/></figure>
        <div xml:base="javascript://x/"><figure><graphic url="alert(1)"/></figure></div></div>`,
    });
    const html = toHtml(join(root, 'main.xml'), { xinclude: true, fragment: true });
    expect(html).toContain('href="pages/notes.html"');
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('src="pages/img/p1.jpg"');
    expect(html).not.toMatch(/javascript|alert\(1\)"/);
  });
});

describe('where it came from', () => {
  test('validate names the included file, line and column of each diagnostic', () => {
    const root = writeTree({
      'main.xml': teiDocument('<xi:include href="pages/p1.xml"/>'),
      'pages/p1.xml': `<div ${TEI}>\n  <p>Fine</p>\n  <p><gap reason="faded"/> and <ref target="#nowhere">a pointer</ref></p>\n</div>`,
    });
    const path = join(root, 'main.xml');
    const diagnostics = validate(path, { xinclude: true, teiSchematron: false, rules: { 'header-licence': 'off', 'gap-extent': 'off' } });
    expect(diagnostics.map((d) => `${d.file.slice(root.length + 1)}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([join('pages', 'p1.xml') + ':3:45 pointer-resolves']);
    // Without XInclude the include is not read at all.
    expect(validate(path, { teiSchematron: false })).toEqual([]);
  });

  test('the model keeps the included file on each node\'s position', () => {
    const root = writeTree({
      'main.xml': teiDocument('<xi:include href="part.xml"/>'),
      'part.xml': `<div ${TEI}>\n  <p>Included</p>\n</div>`,
    });
    const edition = readEditionFileSync(join(root, 'main.xml'), { xinclude: true });
    const body = edition.texts[0]!.body!;
    const div = body.children.find((c) => c.type === 'element')!;
    expect(div.position).toEqual({ line: 1, column: 1, file: join(root, 'part.xml') });
    const p = (div as { children: Array<{ type: string; position?: unknown }> }).children.find((c) => c.type === 'element');
    expect(p?.position).toEqual({ line: 2, column: 3, file: join(root, 'part.xml') });
  });

  test('a malformed included file is reported in that file, at its line and column', () => {
    const root = writeTree({ 'main.xml': teiDocument('<xi:include href="bad.xml"/>'), 'bad.xml': `<div ${TEI}>\n  <p>open\n</div>` });
    const error = assemblyError(root);
    expect(error).toBeInstanceOf(TeiParseError);
    expect(error.location()).toBe(`${join(root, 'bad.xml')}:3:1`);
    expect(validate(join(root, 'main.xml'), { xinclude: true })[0]).toMatchObject({ ruleId: 'well-formed', file: join(root, 'bad.xml'), line: 3 });
  });
});

describe('what is refused, at the xi:include', () => {
  const refusals: Array<[string, string, RegExp]> = [
    ['a .. escape', '../secret.xml', /outside the folder of .*main\.xml, the default XInclude root/],
    ['an absolute path', '/etc/passwd', /only relative references/],
    ['a file: URL', 'file:///etc/passwd', /only relative references/],
    ['an http: URL', 'http://example.org/a.xml', /only relative references/],
  ];
  test.each(refusals)('%s, as XML and as text, with or without a fallback', (_name, href, message) => {
    for (const parse of ['xml', 'text']) {
      const root = writeTree({
        'main.xml': teiDocument(`<p>Before</p>\n<xi:include href="${href}" parse="${parse}"><xi:fallback><p>fallback</p></xi:fallback></xi:include>`),
      });
      const error = assemblyError(root);
      expect(error).toBeInstanceOf(TeiXIncludeError);
      expect(error.message).toMatch(message);
      expect(error.location()).toBe(`${join(root, 'main.xml')}:7:13`);
      expect(error.frame).toContain('xi:include');
      expect(error.message).not.toContain(SECRET);
    }
  });

  test('a symbolic link out of the root', () => {
    const root = writeTree({ 'main.xml': teiDocument('<xi:include href="link.xml"/>'), 'link.xml': { link: '../secret.xml' } });
    expect(assemblyError(root).message).toMatch(/link\.xml is a link to a file outside/);
  });

  test('a wider root, given explicitly, lets a part include a sibling folder', () => {
    const root = writeTree({
      'ox/main.xml': teiDocument('<xi:include href="../shared/people.xml"/>'),
      'shared/people.xml': `<listPerson ${TEI}><person xml:id="pbs"><persName>Percy</persName></person></listPerson>`,
    });
    expect(assemblyError(root, 'ox/main.xml').message).toMatch(/outside the folder of .*give a wider one with --xinclude-root/);
    expect(assemble(root, 'ox/main.xml', root).text).toContain('<persName>Percy</persName>');
  });

  test.each([
    ['a document including itself', { 'main.xml': teiDocument('<xi:include href="main.xml"/>') }, /includes itself/],
    ['a loop of two', { 'main.xml': teiDocument('<xi:include href="a.xml"/>'), 'a.xml': `<div ${TEI} ${XI}><xi:include href="main.xml" xpointer="element(/1)"/></div>` }, /includes itself|loop/],
    ['an xpointer to its own ancestor', { 'main.xml': teiDocument('<div xml:id="d"><xi:include xpointer="d"/></div>') }, /contains this xi:include/],
    ['a missing file without fallback', { 'main.xml': teiDocument('<xi:include href="missing.xml"/>') }, /no such file: .*missing\.xml, and the xi:include has no xi:fallback/],
    ['an xpointer that names nothing', { 'main.xml': teiDocument('<xi:include href="a.xml" xpointer="nope"/>'), 'a.xml': `<p ${TEI}/>` }, /identifies no element/],
    ['an unknown parse', { 'main.xml': teiDocument('<xi:include href="a.xml" parse="html"/>') }, /parse="html"/],
    ['a fallback outside an include', { 'main.xml': teiDocument('<xi:fallback/>') }, /must be a child of <xi:include>/],
  ] as Array<[string, Record<string, string>, RegExp]>)('%s', (_name, files, message) => {
    const error = assemblyError(writeTree(files));
    expect(error).toBeInstanceOf(TeiXIncludeError);
    expect(error.message).toMatch(message);
    expect(error.line).toBeGreaterThan(0);
  });

  test('nesting deeper than the bound, and a fan that would grow without bound', () => {
    const chain: Record<string, string> = { 'main.xml': teiDocument('<xi:include href="c1.xml"/>') };
    for (let i = 1; i <= 40; i++) chain[`c${i}.xml`] = `<div ${TEI} ${XI}>${i < 40 ? `<xi:include href="c${i + 1}.xml"/>` : 'end'}</div>`;
    expect(assemblyError(writeTree(chain)).message).toMatch(/nest more than 32 levels/);

    // Ten includes of a file that includes ten of the next, eight levels deep: 10^8 copies if nothing stopped it.
    const fan: Record<string, string> = { 'main.xml': teiDocument('<xi:include href="f1.xml"/>') };
    for (let i = 1; i <= 8; i++) fan[`f${i}.xml`] = `<div ${TEI} ${XI}>${`<xi:include href="f${i + 1}.xml"/>`.repeat(10)}</div>`;
    fan['f9.xml'] = `<p ${TEI}>leaf</p>`;
    const started = performance.now();
    expect(assemblyError(writeTree(fan)).message).toMatch(/more than 100000 inclusions/);
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  test('the refused file never reaches an output of the library', () => {
    const root = writeTree({ 'main.xml': teiDocument('<xi:include href="../secret.xml"/><xi:include href="../secret.txt" parse="text"/>') });
    const path = join(root, 'main.xml');
    expect(() => toHtml(path, { xinclude: true })).toThrow(TeiXIncludeError);
    expect(() => toText(path, { xinclude: true })).toThrow(TeiXIncludeError);
    expect(() => readEditionFileSync(path, { xinclude: true })).toThrow(TeiXIncludeError);
    const diagnostics = validate(path, { xinclude: true });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'xinclude', severity: 'error', file: path, line: 6, column: 13 });
    expect(JSON.stringify(diagnostics)).not.toContain(SECRET);
    // Without XInclude nothing is read either: the include stays an element, rendered as nothing.
    expect(toHtml(path)).not.toContain(SECRET);
  });
});

describe('a resolver instead of a file system (as in a browser)', () => {
  const files: Record<string, string> = {
    'https://example.org/tei/main.xml': teiDocument('<xi:include href="pages/p1.xml"/>'),
    'https://example.org/tei/pages/p1.xml': `<div ${TEI}><p>From the web</p></div>`,
  };
  const resolve = ({ url }: { url: string }): XIncludeResource => (url in files ? { text: files[url]!, name: url } : { missing: `not fetched: ${url}` });

  test('synchronous, and asynchronous like fetch', async () => {
    const url = 'https://example.org/tei/main.xml';
    const sync = assembleXIncludes(files[url]!, { url, resolve });
    expect(sync.text).toContain('<div xml:base="pages/p1.xml"');
    const later = await assembleXIncludesAsync(files[url]!, { url, resolve: async (request) => resolve(request) });
    expect(later.text).toBe(sync.text);
    expect(validate(files[url]!, { file: url, xinclude: { url, resolve } })).toEqual([]);
  });
});

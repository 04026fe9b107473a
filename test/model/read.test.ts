// readEdition: inputs (text, bytes, Document, files), positions, namespaces, corpora, deep nesting, bad input.
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { TeiInputError, TeiParseError } from '../../src/errors.js';
import { parseTei } from '../../src/parse/parseTei.js';
import { TEI_NS } from '../../src/parse/prolog.js';
import { readEdition } from '../../src/model/readEdition.js';
import { readEditionFile, readEditionFileSync } from '../../src/model/node.js';
import { rootElement } from '../../src/model/edition.js';
import { findElements, textContent } from '../../src/model/traverse.js';
import { isTeiElement } from '../../src/model/guards.js';
import { gaps } from '../../src/model/queries.js';
import { textOf } from '../../src/model/textOf.js';
import { writeTei } from '../../src/serialize/writeTei.js';
import type { ElementNode } from '../../src/model/nodes.js';
import { corpusDir, editionPath, readText, repoRoot } from '../helpers.js';
import { canonicalize } from './c14n.js';

const TEI = `xmlns="${TEI_NS}"`;

/** The error readEdition throws for `input`. */
function readError(input: string): TeiParseError {
  try {
    readEdition(input, { file: 'case.xml' });
  } catch (error) {
    expect(error).toBeInstanceOf(TeiParseError);
    return error as TeiParseError;
  }
  throw new Error('expected a TeiParseError');
}

describe('bad input gives the typed errors of parseTei', () => {
  test.each([
    ['mismatched end tag', `<TEI ${TEI}>\n  <p>text</q>\n</TEI>`, 2, /tag mismatch: "p" != "q"/],
    ['bare ampersand', `<TEI ${TEI}>\n<p>Marx & Engels</p></TEI>`, 2, /"&" must start a reference/],
    ['entity declaration', `<!DOCTYPE TEI [\n  <!ENTITY who "Guevara">\n]>\n<TEI ${TEI}/>`, 2, /refuses entity declarations/],
    ['a root outside the TEI namespace', '<TEI><teiHeader/></TEI>', 1, /TEI P5 requires xmlns=/],
    ['HTML', '<html xmlns="http://www.w3.org/1999/xhtml"/>', 1, /not a TEI document/],
    ['empty input', '  ', 1, /the input is empty/],
  ])('%s', (_name, input, line, message) => {
    const error = readError(input);
    expect(error.message).toMatch(message);
    expect(error.file).toBe('case.xml');
    expect(error.line).toBe(line);
    expect(error.kind).toBe('parse');
  });

  test('a Document parsed elsewhere whose root is not TEI', () => {
    const html = new DOMParser().parseFromString('<html xmlns="http://www.w3.org/1999/xhtml"/>', 'text/xml');
    expect(() => readEdition(html)).toThrow(/the root element is <html> in namespace http:\/\/www.w3.org\/1999\/xhtml, not a TEI document/);
    const p4 = new DOMParser().parseFromString('<TEI><teiHeader/></TEI>', 'text/xml');
    expect(() => readEdition(p4)).toThrow(/<TEI> is in no namespace; TEI P5 requires xmlns=/);
  });
});

describe('inputs', () => {
  const text = readText(editionPath);

  test('text, bytes (with a BOM) and a parsed Document give the same tree', () => {
    const fromText = readEdition(text);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(readEdition(bytes).document).toStrictEqual(fromText.document);
    const fromDocument = readEdition(parseTei(text));
    // Without the source text, the whitespace after the root (which xmldom drops) cannot be restored.
    expect(writeTei(fromDocument)).toBe(text.trimEnd());
    expect(canonicalize(writeTei(fromDocument))).toBe(canonicalize(text));
  });

  test('readEditionFile and readEditionFileSync (Node)', async () => {
    expect(writeTei(await readEditionFile(editionPath))).toBe(text);
    expect(readEditionFileSync(editionPath).header.title).toMatch(/^From the Diary of O\. T\. Darusenkov/);
    await expect(readEditionFile(join(repoRoot, 'no-such-file.xml'))).rejects.toBeInstanceOf(TeiInputError);
    expect(() => readEditionFileSync(join(repoRoot, 'tei'))).toThrow(TeiInputError);
  });
});

describe('positions', () => {
  test('1-based line and column on every node read from text, none when positions: false', () => {
    const edition = readEdition(`<?xml version="1.0"?>\n<TEI ${TEI}>\n  <text><body><p>a<!--c--><hi>b</hi></p></body></text>\n</TEI>\n`);
    const root = rootElement(edition);
    expect(root.position).toEqual({ line: 2, column: 1 });
    const [p] = findElements(edition.document, (e) => e.name === 'p');
    expect(p?.position).toEqual({ line: 3, column: 15 });
    expect(p?.children.map((c) => [c.type, c.position])).toEqual([
      ['text', { line: 3, column: 18 }],
      ['comment', { line: 3, column: 19 }],
      ['element', { line: 3, column: 27 }],
    ]);
    const bare = readEdition(`<TEI ${TEI}><text/></TEI>`, { positions: false });
    expect(JSON.stringify(bare.document)).not.toContain('position');
  });
});

describe('namespaces and prefixes survive', () => {
  const source = readText(join(repoRoot, 'test', 'fixtures', 'model', 'namespaces', 'input.xml'));
  const edition = readEdition(source);
  const all = findElements(edition.document, () => true);
  const first = (test: (e: ElementNode) => boolean) => all.find(test)!;

  test('a prefixed TEI root, with its declarations as attributes', () => {
    const root = rootElement(edition);
    expect(root).toMatchObject({ name: 'TEI', prefix: 'tei', namespace: TEI_NS });
    expect(Object.keys(root.attributes)).toEqual(['xmlns:tei', 'xmlns:xi', 'xmlns:rdf']);
    expect(edition.header.title).toBe('Namespaces and prefixes');
    expect(edition.texts).toHaveLength(1);
  });

  test('XInclude, TEI examples, SVG, RDF, an undeclared default namespace', () => {
    expect(first((e) => e.name === 'include')).toMatchObject({ prefix: 'xi', namespace: 'http://www.w3.org/2001/XInclude' });
    const egXML = first((e) => e.name === 'egXML');
    expect(egXML).toMatchObject({ namespace: 'http://www.tei-c.org/ns/Examples', attributes: { xmlns: 'http://www.tei-c.org/ns/Examples' } });
    expect(egXML.prefix).toBeUndefined();
    const exampleP = egXML.children[0] as ElementNode;
    expect(exampleP).toMatchObject({ name: 'p', namespace: 'http://www.tei-c.org/ns/Examples' });
    expect(isTeiElement(exampleP, 'p')).toBe(false);
    expect(first((e) => e.name === 'gap')).toMatchObject({ namespace: null, attributes: { reason: 'x', xmlns: '' } });
    expect(gaps(edition)).toEqual([]);
    expect(first((e) => e.name === 'circle').namespace).toBe('http://www.w3.org/2000/svg');
    expect(first((e) => e.name === 'Description')).toMatchObject({ prefix: 'rdf', attributes: { 'rdf:about': '#p1' } });
    expect(writeTei(edition)).toBe(source);
  });
});

describe('corpora', () => {
  test('a teiCorpus: its header and its members, each with header and texts', () => {
    const corpus = readEdition(readText(join(corpusDir, 'tei-stylesheets', 'testCorpus1.xml')));
    expect(corpus.kind).toBe('teiCorpus');
    expect(corpus.header.title).toBe('title of corpus');
    expect(corpus.texts).toEqual([]);
    expect(corpus.members.map((m) => [m.kind, m.root.attributes['xml:id'], m.header.title, m.texts.length])).toEqual([
      ['TEI', 'MyTextNumber1', 'Text 1', 1],
      ['TEI', 'MyTextNumber2', 'Text 2', 1],
    ]);
    expect(textOf(corpus.members[0]!.texts[0]!.body!)).toBe('A first heading In the first corpus');
    // A member written on its own is a document of its own: the TEI namespace is declared on it.
    expect(writeTei(corpus.members[0]!.root).startsWith(`<TEI ${TEI} xml:id="MyTextNumber1">`)).toBe(true);
  });

  test('a large teiCorpus: every member reachable', () => {
    const file = join(corpusDir, 'large', 'rusdracor-teiCorpus.xml');
    const corpus = readEdition(readText(file), { positions: false });
    const listed = readText(`${file}.members.txt`).trim().split('\n');
    expect(corpus.members).toHaveLength(listed.length);
    expect(corpus.members.every((m) => m.texts.length >= 1 && m.header.title)).toBe(true);
  });
});

describe('deep documents', () => {
  const depth = 20_000;
  const source = `<TEI ${TEI}><teiHeader/><text><body>${'<div>'.repeat(depth)}<p>deep <gap reason="lost"/> text</p>${'</div>'.repeat(depth)}</body></text></TEI>`;

  test('20,000 levels: read, write, pretty print, query, without overflowing the stack', () => {
    const edition = readEdition(source);
    expect(writeTei(edition)).toBe(source);
    const pretty = writeTei(edition, { pretty: true });
    expect(writeTei(readEdition(pretty), { pretty: true })).toBe(pretty);
    // Indentation stops growing at 64 levels, so the output stays linear in the input.
    expect(pretty.length).toBeLessThan(source.length + depth * 2 * (64 * 2 + 2));
    expect(gaps(edition)).toHaveLength(1);
    expect(textOf(edition.document)).toBe('deep […] text');
    expect(textContent(edition.document)).toBe('deep  text');
  });
});

// editionInfo checked against XPath counts (an independent implementation) on every corpus file.
import { join } from 'node:path';
import xpath from 'xpath';
import { describe, expect, test } from 'vitest';
import { editionInfo, parseTei, readXmlFileSync, type EditionInfo } from '../src/index.js';
import { formatInfo } from '../src/cli/commands/info.js';
import { assembleXIncludes } from '../src/xinclude/assemble.js';
import { xincludeSettings } from '../src/node/xinclude.js';
import { corpusDir, corpusFiles, editionPath } from './helpers.js';

const select = xpath.useNamespaces({ tei: 'http://www.tei-c.org/ns/1.0', xml: 'http://www.w3.org/XML/1998/namespace' });
// What is counted: the transcription, below the outermost `text` elements and `sourceDoc`; all of a fragment.
const IN_DOCUMENT = '(//tei:text[not(ancestor::tei:text)] | //tei:sourceDoc)//';
const IN_FRAGMENT = '//';
// The facsimile and embedded transcriptions, wherever they are; images are graphics of the source, not figures.
const IN_FACSIMILE = 'ancestor::tei:facsimile or ancestor::tei:sourceDoc or ancestor::tei:surface or ancestor::tei:surfaceGrp';

/** editionInfo's facsimile counts, counted again by XPath. */
function facsimileCounts(doc: globalThis.Node): EditionInfo['facsimile'] {
  const count = (expression: string) => select(`count(${expression})`, doc) as number;
  return {
    surfaces: count('//tei:surface'),
    zones: count('//tei:zone'),
    images: count(`//tei:graphic[${IN_FACSIMILE}]`),
    lines: count('//tei:line'),
  };
}

describe('editionInfo agrees with XPath', () => {
  test.each([...corpusFiles(), editionPath])('%s', (file) => {
    const path = file.startsWith('/') ? file : join(corpusDir, file);
    const doc = parseTei(readXmlFileSync(path).text, { file });
    const info = editionInfo(doc, path);
    const count = (expression: string) => select(`count(${expression})`, doc as unknown as globalThis.Node) as number;
    const string = (expression: string) => select(`string(${expression})`, doc as unknown as globalThis.Node) as string;
    const fragment = !['TEI', 'teiCorpus'].includes(doc.documentElement!.localName!);
    const inText = fragment ? IN_FRAGMENT : IN_DOCUMENT;
    expect(info.root).toBe(doc.documentElement!.localName);
    expect(info.fragment).toBe(fragment);

    expect(info.gaps.total).toBe(count(`${inText}tei:gap`));
    expect(info.notes.total).toBe(count(`${inText}tei:note`));
    expect(info.pages).toBe(count(`${inText}tei:pb`) + count(`${inText}tei:surface[not(parent::tei:surface)]`));
    expect(info.names.persName).toBe(count(`${inText}tei:persName`));
    expect(info.names.placeName).toBe(count(`${inText}tei:placeName`));
    expect(info.registers.person).toBe(count('//tei:person'));
    expect(info.hands.length).toBe(count('//tei:handNote'));
    expect(info.marginalia).toBe(
      count(`${inText}tei:*[self::tei:note or self::tei:add][@hand or starts-with(normalize-space(@place), 'margin') or contains(' left right top bottom opposite overleaf ', concat(' ', normalize-space(@place), ' '))]`),
    );
    expect(info.facsimile).toEqual(facsimileCounts(doc as unknown as globalThis.Node));
    for (const [reason, n] of Object.entries(info.gaps.byReason)) {
      const predicate = reason === '(unspecified)' ? 'not(@reason) or @reason=""' : `@reason="${reason}"`;
      expect(n, `gaps ${reason}`).toBe(count(`${inText}tei:gap[${predicate}]`));
    }
    const titles = '/*/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title';
    const title = fragment
      ? ['normalize-space((/*/tei:head | /*//tei:head)[1])', '/*/@n', '/*/@xml:id'].map(string).find((t) => t !== '') ?? path.replace(/^.*\//, '')
      : [`${titles}[@type="main"]`, `${titles}[not(@type)]`, titles].map((path) => string(`normalize-space(${path}[1])`)).find((t) => t !== '');
    expect(info.title).toBe(title ?? null);
  });
});

describe('facsimile counts', () => {
  test('the Shelley-Godwin notebook assembled from its 93 page files agrees with XPath', () => {
    const file = join(corpusDir, 'sga', 'tei', 'ox', 'ox-ms_shelley_e1.xml');
    const settings = xincludeSettings({ xinclude: true, xincludeRoot: join(corpusDir, 'sga', 'tei') }, file)!;
    const doc = parseTei(assembleXIncludes(readXmlFileSync(file).text, { ...settings, file }).text, { file });
    const info = editionInfo(doc, file);
    expect(info.facsimile).toEqual(facsimileCounts(doc as unknown as globalThis.Node));
    expect(info.facsimile).toEqual({ surfaces: 93, zones: 152, images: 93, lines: 1998 });
    expect(formatInfo('notebook.xml', info)).toContain('\n  facsimile   93 surfaces, 152 zones, 93 images, 1,998 lines\n');
  });

  test('a figure in the text is no image of the source; the row gives only the counts that are not 0', () => {
    const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"';
    const figure = editionInfo(parseTei(`<TEI ${TEI}><text><body><figure><graphic url="a.png"/></figure></body></text></TEI>`));
    expect(figure.facsimile).toEqual({ surfaces: 0, zones: 0, images: 0, lines: 0 });
    expect(formatInfo('a.xml', figure)).not.toContain('facsimile');
    const images = editionInfo(parseTei(`<TEI ${TEI}><facsimile><graphic url="a.png"/><surface><zone><graphic url="b.png"/></zone></surface></facsimile><text><body><p/></body></text></TEI>`));
    expect(images.facsimile).toEqual({ surfaces: 1, zones: 1, images: 2, lines: 0 });
    expect(formatInfo('a.xml', images)).toContain('\n  facsimile   1 surface, 1 zone, 2 images\n');
  });
});

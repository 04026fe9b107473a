// editionInfo checked against XPath counts (an independent implementation) on every corpus file.
import { join } from 'node:path';
import xpath from 'xpath';
import { describe, expect, test } from 'vitest';
import { editionInfo, parseTei, readXmlFileSync } from '../src/index.js';
import { corpusDir, corpusFiles, editionPath } from './helpers.js';

const select = xpath.useNamespaces({ tei: 'http://www.tei-c.org/ns/1.0', xml: 'http://www.w3.org/XML/1998/namespace' });
// What is counted: the transcription, below the outermost `text` elements and `sourceDoc`; all of a fragment.
const IN_DOCUMENT = '(//tei:text[not(ancestor::tei:text)] | //tei:sourceDoc)//';
const IN_FRAGMENT = '//';

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

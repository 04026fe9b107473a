// editionInfo checked against XPath counts (an independent implementation) on every corpus file.
import { join } from 'node:path';
import xpath from 'xpath';
import { describe, expect, test } from 'vitest';
import { editionInfo, parseTei, readXmlFileSync } from '../src/index.js';
import { corpusDir, corpusFiles, editionPath } from './helpers.js';

const select = xpath.useNamespaces({ tei: 'http://www.tei-c.org/ns/1.0' });
// The outermost `text` elements: everything counted lies below one of them.
const inText = '//tei:text[not(ancestor::tei:text)]//';

describe('editionInfo agrees with XPath', () => {
  test.each([...corpusFiles(), editionPath])('%s', (file) => {
    const path = file.startsWith('/') ? file : join(corpusDir, file);
    const doc = parseTei(readXmlFileSync(path).text, { file });
    const info = editionInfo(doc);
    const count = (expression: string) => select(`count(${expression})`, doc as unknown as globalThis.Node) as number;

    expect(info.gaps.total).toBe(count(`${inText}tei:gap`));
    expect(info.notes.total).toBe(count(`${inText}tei:note`));
    expect(info.pages).toBe(count(`${inText}tei:pb`));
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
    const title = [`${titles}[@type="main"]`, `${titles}[not(@type)]`, titles]
      .map((path) => select(`normalize-space(${path}[1])`, doc as unknown as globalThis.Node) as string)
      .find((t) => t !== '');
    expect(info.title).toBe(title ?? null);
  });
});

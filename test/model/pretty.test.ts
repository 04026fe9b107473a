// Pretty printing over the corpus and tei/: idempotent, and it changes only layout whitespace of element-only
// content (mixed content and xml:space="preserve" regions are byte for byte the same).
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { findElements, textContent } from '../../src/model/traverse.js';
import { readEdition } from '../../src/model/readEdition.js';
import { writeTei } from '../../src/serialize/writeTei.js';
import { TEI_NS } from '../../src/parse/prolog.js';
import type { Edition } from '../../src/model/edition.js';
import { ELEMENT_ONLY_TEI } from '../../src/serialize/layout.js';
import { readText, teiAllRng } from '../helpers.js';
import { canonicalize, firstDifference } from './c14n.js';
import { inputPath, modelInputs } from './inputs.js';

/** The exact text of every element TEI defines as mixed content (paragraph-like and phrase-level containers). */
function mixedContentTexts(edition: Edition): string[] {
  const mixed = new Set([
    'p', 'head', 'l', 'ab', 'note', 'hi', 'title', 'persName', 'placeName', 'orgName', 'date', 'q', 'quote', 'said', 'item',
    'cell', 'seg', 'label', 'stage', 'speaker', 'salute', 'signed', 'closer', 'opener', 'dateline', 'add', 'del', 'bibl',
  ]);
  return findElements(edition.document, (e) => e.namespace === TEI_NS && mixed.has(e.name)).map((e) => textContent(e));
}

describe('writeTei(edition, { pretty: true })', () => {
  test.each(modelInputs({ large: false }))('%s', (file) => {
    const source = readText(inputPath(file));
    const edition = readEdition(source, { file });
    const pretty = writeTei(edition, { pretty: true });
    const again = readEdition(pretty);
    expect(firstDifference(pretty, writeTei(again, { pretty: true })), 'idempotent').toBeUndefined();
    expect(firstDifference(canonicalize(source, { ignoreLayout: true }), canonicalize(pretty, { ignoreLayout: true }))).toBeUndefined();
    expect(mixedContentTexts(again)).toEqual(mixedContentTexts(edition));
  });
});

test('every element pretty printing re-indents is element-only in tei_all.rng (no text reachable in its content)', () => {
  const rng = new DOMParser().parseFromString(readText(teiAllRng), 'text/xml');
  const defines = new Map<string, Element[]>();
  for (const define of Array.from(rng.getElementsByTagName('define'))) {
    const name = define.getAttribute('name')!;
    defines.set(name, [...(defines.get(name) ?? []), define]);
  }
  const elements = new Map<string, Element>();
  for (const element of Array.from(rng.getElementsByTagName('element'))) {
    const name = element.getAttribute('name');
    if (name && !element.getAttribute('ns')) elements.set(name, element);
  }
  /** Can character data appear directly in this element (following refs, not entering other elements)? */
  const allowsText = (element: Element): boolean => {
    const seen = new Set<string>();
    const stack: Node[] = Array.from(element.childNodes);
    while (stack.length > 0) {
      const node = stack.pop()! as Element;
      if (node.nodeType !== 1 || node.localName === 'element' || node.localName === 'attribute') continue;
      if (node.localName === 'text') return true;
      if (node.localName === 'ref') {
        const name = node.getAttribute('name')!;
        if (!seen.has(name)) {
          seen.add(name);
          for (const define of defines.get(name) ?? []) stack.push(...Array.from(define.childNodes));
        }
        continue;
      }
      stack.push(...Array.from(node.childNodes));
    }
    return false;
  };
  const mixedOrUnknown = [...ELEMENT_ONLY_TEI].filter((name) => !elements.has(name) || allowsText(elements.get(name)!));
  expect(mixedOrUnknown).toEqual([]);
});

// The model is plain data: JSON.parse(JSON.stringify(edition)) is the same edition, and writes the same text.
import { describe, expect, test } from 'vitest';
import { editionOf, type Edition } from '../../src/model/edition.js';
import { readEdition } from '../../src/model/readEdition.js';
import { writeTei } from '../../src/serialize/writeTei.js';
import { walkElements } from '../../src/model/traverse.js';
import { readText } from '../helpers.js';
import { inputPath, modelInputs } from './inputs.js';

/** Only plain objects, arrays, strings, numbers and booleans: no classes, functions, undefined, DOM nodes. */
function assertPlainData(value: unknown): void {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || ['string', 'number', 'boolean'].includes(typeof current)) continue;
    if (typeof current !== 'object') throw new Error(`not plain data: ${typeof current}`);
    if (seen.has(current)) continue;
    seen.add(current);
    if (Array.isArray(current)) {
      stack.push(...current);
      continue;
    }
    if (Object.getPrototypeOf(current) !== Object.prototype) throw new Error(`not a plain object: ${Object.prototype.toString.call(current)}`);
    for (const [key, child] of Object.entries(current)) {
      if (child === undefined) throw new Error(`undefined value at key ${key}`);
      stack.push(child);
    }
  }
}

describe('JSON round trip', () => {
  test.each(modelInputs({ large: false }))('%s', (file) => {
    const edition = readEdition(readText(inputPath(file)), { file });
    assertPlainData(edition);
    const copy = JSON.parse(JSON.stringify(edition)) as Edition;
    expect(copy).toStrictEqual(edition);
    expect(writeTei(copy)).toBe(writeTei(edition));
    // The views can be recomputed from the copied tree; they then share its nodes again.
    const relinked = editionOf(copy.document);
    expect(relinked).toStrictEqual(edition);
    for (const text of relinked.texts) {
      if (!text.body) continue;
      let found = false;
      walkElements(copy.document, { enter: (e) => void (found ||= e === text.body) });
      expect(found).toBe(true);
    }
  });

  test('structuredClone keeps the sharing between views and tree', () => {
    const edition = readEdition(readText(inputPath(modelInputs({ large: false }).find((f) => f.endsWith('darusenkov-1964-10-16.xml'))!)));
    const clone = structuredClone(edition);
    expect(clone).toStrictEqual(edition);
    const body = clone.texts[0]!.body!;
    body.attributes.n = 'changed';
    expect(writeTei(clone)).toContain('<body n="changed">');
  });
});

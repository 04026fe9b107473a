// The public API at a glance: a change to it shows up here in review.
import { expect, test } from 'vitest';
import * as teikit from '../src/index.js';

test('public exports', () => {
  expect(Object.keys(teikit).sort()).toEqual([
    'TEI_NS',
    'TeiError',
    'TeiInputError',
    'TeiParseError',
    'TeiTransformError',
    'TeiUsageError',
    'XML_NS',
    'codeFrame',
    'createTransformer',
    'decodeXml',
    'editionInfo',
    'parseTei',
    'readXmlFile',
    'readXmlFileSync',
    'toHtml',
    'toHtmlAsync',
    'toText',
    'toTextAsync',
  ]);
});

test('the browser entry exports only the core: no Node-only functions', async () => {
  const browser = await import('../src/browser.js');
  expect(Object.keys(browser).sort()).toEqual(
    Object.keys(teikit)
      .filter((name) => !['readXmlFile', 'readXmlFileSync', 'toHtml', 'toHtmlAsync', 'toText', 'toTextAsync'].includes(name))
      .sort(),
  );
});

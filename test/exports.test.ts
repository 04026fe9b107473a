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
    'decodeXml',
    'editionInfo',
    'parseTei',
    'readXmlFile',
    'readXmlFileSync',
  ]);
});

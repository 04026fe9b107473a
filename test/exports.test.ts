// The public API at a glance: a change to it shows up here in review.
import { expect, test } from 'vitest';
import * as teikit from '../src/index.js';

test('public exports', () => {
  expect(Object.keys(teikit).sort()).toEqual([
    'BUILTIN_SCHEMAS', 'KNOWN_PREFIXES', 'MODELLED_ELEMENTS', 'RELAXNG_SCHEMATYPENS',
    'RelaxNgSchemaError', 'SCHEMA_FORMAT', 'SCHEMA_FORMAT_VERSION', 'SKIP', 'Schema', 'TEI',
    'TEI_NS', 'TeiError', 'TeiInputError', 'TeiModelError', 'TeiParseError',
    'TeiTransformError', 'TeiUsageError', 'XML_NS', 'abbr', 'add',
    'alignedParagraphs', 'back', 'body', 'cb', 'cdata', 'choice', 'closer',
    'codeFrame', 'comment', 'compileSchema', 'compileSchemaFile',
    'corr', 'createTransformer', 'damage', 'date', 'decodeXml',
    'del', 'desc', 'div', 'documentToModel', 'edition', 'editionInfo', 'editionOf',
    'el', 'expan', 'findById', 'findElements', 'foreign',
    'front', 'fw', 'gap', 'gaps', 'group', 'handNote', 'handShift', 'hands', 'head', 'headerOf',
    'hi', 'isComment', 'isDocument', 'isElement', 'isParent', 'isPi', 'isTeiElement', 'isText', 'lb',
    'loadCompiledSchema', 'loadSchema', 'marginalia', 'normalizedText', 'note', 'notes',
    'opener', 'org', 'orgName', 'orgs', 'orig', 'p', 'parseTei', 'pb', 'persName', 'person', 'persons', 'pi',
    'place', 'placeName', 'places', 'q', 'quote', 'readEdition', 'readEditionFile', 'readEditionFileSync',
    'readXmlFile', 'readXmlFileSync', 'ref', 'reg', 'relaxNgModel', 'rootElement', 'salute',
    'schemaForDocument', 'seg', 'serializeSchema',
    'sic', 'signed', 'stamp', 'subst', 'supplied', 'teiElements', 'teiHeader',
    'text', 'textContent', 'textOf', 'textsOf', 'toHtml', 'toHtmlAsync', 'toText',
    'toTextAsync', 'unclear', 'validateAgainstSchema', 'validateFileAgainstSchema', 'walkElements',
    'writeTei', 'xmlModels',
  ]);
});

// Files, Node's SaxonJS, and the shipped schema and Schematron in dist/.
const NODE_ONLY = [
  'BUILTIN_SCHEMAS', 'compileSchemaFile',
  'loadSchema', 'readEditionFile', 'readEditionFileSync', 'readXmlFile', 'readXmlFileSync',
  'schemaForDocument', 'toHtml', 'toHtmlAsync', 'toText', 'toTextAsync',
  'validateFileAgainstSchema',
];

test('the browser entry exports only the core: no Node-only functions', async () => {
  const browser = await import('../src/browser.js');
  expect(Object.keys(browser).sort()).toEqual(
    Object.keys(teikit)
      .filter((name) => !NODE_ONLY.includes(name))
      .sort(),
  );
});

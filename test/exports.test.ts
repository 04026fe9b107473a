// The public API at a glance: a change to it shows up here in review.
import { expect, test } from 'vitest';
import * as teikit from '../src/index.js';

test('public exports', () => {
  expect(Object.keys(teikit).sort()).toEqual([
    'BUILTIN_SCHEMAS', 'DEFAULT_CONVENTIONS', 'DEFAULT_GAP_REASONS', 'KNOWN_PREFIXES', 'MODELLED_ELEMENTS',
    'RELAXNG_SCHEMATYPENS', 'REPORT_FORMATS', 'RelaxNgSchemaError', 'SCHEMA_FORMAT', 'SCHEMA_FORMAT_VERSION',
    'SKIP', 'Schema', 'TEI', 'TEI_NS', 'TEI_SCHEMATRON_SEF', 'TeiError', 'TeiInputError', 'TeiModelError',
    'TeiParseError', 'TeiTransformError', 'TeiUsageError', 'TeiXIncludeError', 'WELL_FORMED', 'XINCLUDE', 'XINCLUDE_NS',
    'XML_MODEL', 'XML_NS', 'abbr', 'add',
    'alignedParagraphs', 'assembleXIncludes', 'assembleXIncludesAsync', 'back', 'body', 'builtinRules', 'cb', 'cdata', 'checkConventions', 'checkRulesConfig',
    'choice', 'closer', 'codeFrame', 'comment', 'compareDiagnostics', 'compileSchema', 'compileSchemaFile',
    'compileSchematronFile', 'corr', 'countBySeverity', 'createTransformer', 'createValidationContext', 'damage',
    'date', 'decodeXml', 'defineRule', 'del', 'desc', 'div', 'documentToModel', 'edition', 'editionInfo',
    'editionOf', 'editionRules', 'el', 'expan', 'fileXIncludes', 'findById', 'findElements', 'foreign', 'formatDiagnostic',
    'formatReport', 'front', 'fw', 'gap', 'gaps', 'group', 'handNote', 'handShift', 'hands', 'hasErrors', 'head',
    'headerOf', 'hi', 'importTranscription', 'importTranscriptionWithTrace', 'isComment', 'isDocument',
    'isElement', 'isParent', 'isPi', 'isTeiElement', 'isText', 'lb', 'loadCompiledSchema', 'loadSchema',
    'marginalia', 'mayInclude', 'mergeConventions', 'nodeValidators', 'normalizedText', 'note', 'notes', 'opener', 'org',
    'orgName', 'orgs', 'orig', 'p', 'parseTei', 'pb', 'persName', 'person', 'persons', 'pi', 'place', 'placeName',
    'places', 'q', 'quote', 'readEdition', 'readEditionFile', 'readEditionFileSync', 'readXmlFile',
    'readXmlFileSync', 'ref', 'reg', 'relaxNgModel', 'rootElement', 'runBatch', 'runSchematron', 'salute',
    'schemaForDocument', 'schemaValidator', 'schematronFile', 'schematronValidator', 'seg', 'serializeSchema',
    'sic', 'signed', 'splitCorpus', 'stamp', 'subst', 'summarize', 'summaryLine', 'supplied', 'surfaces', 'teiElements', 'teiHeader',
    'teiSchematron', 'text', 'textContent', 'textOf', 'textsOf', 'toHtml', 'toHtmlAsync', 'toText', 'toTextAsync',
    'unclear', 'validate', 'validateAgainstSchema', 'validateFileAgainstSchema', 'walkElements',
    'wellFormedDiagnostic', 'writeTei', 'xmlModels',
  ]);
});

// Files, Node's SaxonJS, and the shipped schema and Schematron in dist/.
const NODE_ONLY = [
  'BUILTIN_SCHEMAS', 'TEI_SCHEMATRON_SEF', 'XML_MODEL', 'compileSchemaFile', 'compileSchematronFile', 'fileXIncludes',
  'loadSchema', 'nodeValidators', 'readEditionFile', 'runBatch', 'readEditionFileSync', 'readXmlFile', 'readXmlFileSync',
  'schemaForDocument', 'schematronFile', 'teiSchematron', 'toHtml', 'toHtmlAsync', 'toText', 'toTextAsync',
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

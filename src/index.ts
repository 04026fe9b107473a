/**
 * teikit: TEI P5 scholarly editions in TypeScript.
 * The browser-safe core (src/browser.ts) plus the Node-only functions: files, and transforms on Node's SaxonJS.
 */
export * from './browser.js';
export { readXmlFile, readXmlFileSync, type SourceText } from './node/readInput.js';
export {
  toHtml,
  toHtmlAsync,
  toText,
  toTextAsync,
  type NodeHtmlOptions,
  type NodeTextOptions,
  type TeiInput,
} from './node/transform.js';
export { readEditionFile, readEditionFileSync } from './model/node.js';
// RELAX NG on Node: schema files and the shipped tei_all.
export {
  loadSchema, compileSchemaFile, validateFileAgainstSchema, schemaForDocument, BUILTIN_SCHEMAS,
  type BuiltinSchemaName, type ValidateFileAgainstSchemaOptions,
} from './validate/relaxng/node.js';

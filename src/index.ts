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
export { readEditionFile, readEditionFileSync, type NodeReadOptions } from './model/node.js';
export { fileXIncludes, type NodeXIncludeOptions } from './node/xinclude.js';
// Validation on Node: files, TEI's Schematron and the shipped tei_all.
export { validate, nodeValidators, XML_MODEL, type NodeValidateOptions, type ValidateInput } from './validate/node.js';
export { teiSchematron, schematronFile, compileSchematronFile, TEI_SCHEMATRON_SEF } from './validate/schematron/node.js';
export {
  loadSchema, compileSchemaFile, validateFileAgainstSchema, schemaForDocument, BUILTIN_SCHEMAS,
  type BuiltinSchemaName, type ValidateFileAgainstSchemaOptions,
} from './validate/relaxng/node.js';
// Batches on worker threads.
export { runBatch, type BatchOptions, type BatchSummary } from './batch/runBatch.js';
export type { BatchCommand, BatchTask, BatchResult, BatchFailure, SerializableValidateOptions } from './batch/task.js';

/**
 * RELAX NG validation in TypeScript (browser-safe part): compile `.rng` schemas, load precompiled ones, validate
 * XML text or an xmldom Document, read a document's `<?xml-model?>`. File access is in `./node.ts`.
 */
export { compileSchema, RelaxNgSchemaError, type CompileOptions, type ResourceLoader } from './compile.js';
export { Schema, type SchemaInfo } from './schema.js';
export { serializeSchema, loadCompiledSchema, SCHEMA_FORMAT, SCHEMA_FORMAT_VERSION, type SerializedSchema } from './serialise.js';
export { validateAgainstSchema, validateXml, validateDocument, type ValidationOptions } from './validate.js';
export type { SchemaDiagnostic, SchemaDiagnosticRelated, SchemaDiagnosticSeverity } from './diagnostics.js';
export { xmlModels, relaxNgModel, RELAXNG_SCHEMATYPENS, type XmlModel } from './xmlModel.js';
export { xsdRegex, translateXsdRegex, XsdRegexError } from './datatypes/xsdRegex.js';
export { createDatatype, XSD_LIBRARY } from './datatypes/library.js';
export type { Datatype, ValueContext } from './datatypes/types.js';

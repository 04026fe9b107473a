/**
 * Node-only: schemas and documents from files. The one module of the RELAX NG engine that touches the file
 * system: `.rng` files with their includes (compiled once per file and kept in memory while the file is
 * unchanged), the precompiled `tei_all` shipped in `dist/schemas/`, and the schema a document names in
 * `<?xml-model?>` when that is a local file.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TeiInputError, TeiXIncludeError } from '../../errors.js';
import { fileXIncludes } from '../../node/xinclude.js';
import { assembleXIncludes, mayInclude, type AssembledDocument } from '../../xinclude/assemble.js';
import { inSource } from '../diagnostic.js';
import { packagePath } from '../../node/packageFiles.js';
import { decodeXml } from '../../parse/decode.js';
import { compileSchema } from './compile.js';
import type { SchemaDiagnostic } from './diagnostics.js';
import type { Schema } from './schema.js';
import { loadCompiledSchema } from './serialise.js';
import { validateXml, type ValidationOptions } from './validate.js';
import { relaxNgModel } from './xmlModel.js';

/**
 * Schemas shipped precompiled in `dist/schemas/`.
 * @example
 * BUILTIN_SCHEMAS.includes('tei_all') // true
 */
export const BUILTIN_SCHEMAS = ['tei_all'] as const;
/**
 * The name of a schema shipped precompiled.
 * @example
 * const name: BuiltinSchemaName = 'tei_all'
 */
export type BuiltinSchemaName = (typeof BUILTIN_SCHEMAS)[number];

const compiled = new Map<string, { mtimeMs: number; schema: Schema }>();

/**
 * Read a schema resource by URL: local files only (`file:` URLs), decoded as XML (BOM, declared encoding).
 *
 * @throws {Error} for other URL schemes: teikit does not fetch schemas over the network.
 * @example
 * compileSchema(text, { url: pathToFileURL(path).href, load: readLocalResource })
 */
export function readLocalResource(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`only local files are read (not ${url}); download the schema and refer to it by path`);
  const path = fileURLToPath(url);
  return decodeXml(readFileSync(path), path);
}

/**
 * Compile a `.rng` file (with its includes and external references). Compiled schemas are kept in memory by path
 * and reused while the main file's modification time is unchanged.
 *
 * @throws {TeiInputError} when the file cannot be read; {@link RelaxNgSchemaError} when it is not a valid schema.
 * @example
 * const schema = compileSchemaFile('schema/project.rng')
 */
export function compileSchemaFile(path: string): Schema {
  const absolute = resolve(path);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(absolute).mtimeMs;
  } catch (error) {
    throw new TeiInputError(`no such schema file: ${path}`, { file: path, cause: error });
  }
  const cached = compiled.get(absolute);
  if (cached && cached.mtimeMs === mtimeMs) return cached.schema;
  const url = pathToFileURL(absolute).href;
  const schema = compileSchema(readLocalResource(url), { url, load: readLocalResource });
  compiled.set(absolute, { mtimeMs, schema });
  return schema;
}

/**
 * A schema by name or path: `tei_all` (precompiled, from `dist/schemas/tei_all.json`), a compiled `.json`, or a
 * `.rng` file (compiled, then cached in memory).
 *
 * @throws {TeiInputError} when `tei_all` has not been built yet, or the file cannot be read.
 * @example
 * const tei = loadSchema('tei_all')
 * const project = loadSchema('schema/letters.rng')
 */
export function loadSchema(nameOrPath: BuiltinSchemaName | (string & {})): Schema {
  if ((BUILTIN_SCHEMAS as readonly string[]).includes(nameOrPath)) {
    const path = packagePath('dist', 'schemas', `${nameOrPath}.json`);
    const cached = compiled.get(path);
    if (cached) return cached.schema;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new TeiInputError(
        `the precompiled schema "${nameOrPath}" is missing (${path}): run \`npm run build\`, which compiles it with scripts/compile-rng.mjs, or validate against a .rng file`,
        { file: path, cause: error },
      );
    }
    const schema = loadCompiledSchema(text);
    compiled.set(path, { mtimeMs: 0, schema });
    return schema;
  }
  if (/\.json$/i.test(nameOrPath)) {
    const absolute = resolve(nameOrPath);
    try {
      return loadCompiledSchema(readFileSync(absolute, 'utf8'));
    } catch (error) {
      if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code) {
        throw new TeiInputError(`cannot read the compiled schema ${nameOrPath}: ${(error as Error).message}`, { file: nameOrPath, cause: error });
      }
      throw error;
    }
  }
  return compileSchemaFile(nameOrPath);
}

/**
 * The schema a document names with `<?xml-model href="..." schematypens="http://relaxng.org/ns/structure/1.0"?>`,
 * resolved against the document's own path; undefined when it names none or a remote one.
 *
 * @example
 * const schema = schemaForDocument(text, 'letters/L001.xml') ?? loadSchema('tei_all')
 */
export function schemaForDocument(text: string, documentPath: string): Schema | undefined {
  const model = relaxNgModel(text);
  if (!model) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(model.href) && !model.href.startsWith('file:')) return undefined;
  const path = model.href.startsWith('file:') ? fileURLToPath(model.href) : isAbsolute(model.href) ? model.href : resolve(documentPath, '..', model.href);
  return compileSchemaFile(path);
}

/**
 * Options of `validateFileAgainstSchema`.
 * @example
 * validateFileAgainstSchema('letter.xml', { schema: 'schema/letters.rng', maxErrors: 100 })
 */
export interface ValidateFileAgainstSchemaOptions extends Omit<ValidationOptions, 'xinclude'> {
  /** The schema: a compiled `Schema`, `tei_all`, or a path. Default: the document's `<?xml-model?>`, else an error. */
  schema?: Schema | string;
  /**
   * Resolve `xi:include`s and validate the assembled document, as jing does (default true); errors in included
   * content name the included file. `false` validates `xi:include` elements as written.
   */
  xinclude?: boolean;
  /** The folder no include may leave. Default: the document's folder. */
  xincludeRoot?: string;
}

/**
 * Validate an XML file against a schema (see `ValidateFileAgainstSchemaOptions.schema`).
 *
 * @throws {TeiInputError} when the file cannot be read or no schema is given or named by the document;
 *   {@link TeiParseError} when it is not well-formed.
 * @example
 * for (const d of validateFileAgainstSchema('tei/darusenkov-1964-10-16.xml', { schema: 'tei_all' })) console.log(`${d.file}:${d.line}:${d.column}: ${d.message}`)
 */
export function validateFileAgainstSchema(path: string, options: ValidateFileAgainstSchemaOptions = {}): SchemaDiagnostic[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new TeiInputError(`no such file: ${path}`, { file: path, cause: error });
  }
  const text = decodeXml(bytes, path);
  const schema = typeof options.schema === 'string' ? loadSchema(options.schema) : (options.schema ?? schemaForDocument(text, path));
  if (!schema) {
    const remote = relaxNgModel(text)?.href;
    const hint = remote
      ? `it names ${remote}, which teikit does not fetch${/tei_all\.rng$/.test(remote) ? ": pass schema: 'tei_all' for teikit's copy of TEI P5 tei_all" : ': download it and pass its path'}`
      : "give one, e.g. schema: 'tei_all'";
    throw new TeiInputError(`${path} names no local RELAX NG schema in <?xml-model?>: ${hint}`, { file: path });
  }
  const file = options.file ?? path;
  const { xinclude, xincludeRoot, ...validation } = options;
  if (xinclude === false || !mayInclude(text)) return validateXml(schema, text, { ...validation, xinclude: false, file });
  let assembled: AssembledDocument;
  try {
    assembled = assembleXIncludes(text, { ...fileXIncludes(path, xincludeRoot), file });
  } catch (error) {
    if (!(error instanceof TeiXIncludeError)) throw error;
    return [{ ruleId: 'schema', severity: 'error', message: error.message, file: error.file ?? file, line: error.line ?? 1, column: error.column ?? 1, xpath: '/' }];
  }
  return validateXml(schema, assembled.text, { ...validation, xinclude: false, file }).map((d) => inSource(d, assembled.map));
}

/**
 * NODE-ONLY. `validate` for Node: input as a path, TEI text, a Document or `{ text, file }`; TEI's own Schematron
 * constraints applied by default; Schematron files on request.
 */
import type { Document } from '@xmldom/xmldom';
import { isAbsolute, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TeiError, TeiParseError } from '../errors.js';
import { positionOf } from '../parse/prolog.js';
import { RelaxNgSchemaError } from './relaxng/schema/errors.js';
import { relaxNgModel, xmlModels } from './relaxng/xmlModel.js';
import { readXmlFileSync, type SourceText } from '../node/readInput.js';
import { xincludeSettings, type NodeXIncludeOptions } from '../node/xinclude.js';
import type { Validator } from './context.js';
import type { Diagnostic } from './diagnostic.js';
import { loadSchema, schemaForDocument, type BuiltinSchemaName } from './relaxng/node.js';
import type { Schema } from './relaxng/schema.js';
import { schemaValidator } from './schemaValidator.js';
import { schematronFile, teiSchematron } from './schematron/node.js';
import { validate as validateDocument, wellFormedDiagnostic, type ValidateOptions } from './validate.js';

/**
 * A path to a TEI file, TEI text (it starts with `<`), a parsed document, or text with its file name.
 *
 * @example
 * const inputs: ValidateInput[] = ['tei/edition.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0">…</TEI>', { text, file: 'a.xml' }]
 */
export type ValidateInput = string | Document | SourceText;

/**
 * Options of the Node {@link validate}.
 *
 * @example
 * const options: NodeValidateOptions = { rules: { 'hand-unused': 'off' }, schematron: ['project.sch'], teiSchematron: true }
 */
export interface NodeValidateOptions extends Omit<ValidateOptions, 'xinclude'>, NodeXIncludeOptions {
  /** Apply TEI's own Schematron constraints (those embedded in tei_all.rng). Default: true. */
  teiSchematron?: boolean;
  /** Schematron files to apply too: `.sch`, a RELAX NG schema with embedded Schematron, or a TEI ODD. */
  schematron?: string | readonly string[];
  /**
   * A RELAX NG schema to validate against: `'tei_all'` (shipped precompiled), a `.rng` path, a compiled
   * `Schema`, or `'xml-model'` for the local schema each document names in `<?xml-model?>`. Default: none.
   */
  schema?: BuiltinSchemaName | typeof XML_MODEL | Schema | (string & {});
}

/**
 * The `schema` option's value for "the schema the document names in its `<?xml-model?>`".
 *
 * @example
 * validate('letters/L001.xml', { schema: XML_MODEL })
 */
export const XML_MODEL = 'xml-model';

/**
 * Validate a TEI file or text: well-formedness, the edition rules, TEI's Schematron constraints and any
 * Schematron files given. Problems in the document are returned as diagnostics, never thrown; a file that cannot
 * be read and a Schematron file that cannot be used are thrown (`TeiInputError`).
 *
 * @example
 * import { validate } from 'teikit'
 * const diagnostics = validate('tei/darusenkov-1964-10-16.xml', { rules: { 'hand-unused': 'off' }, schematron: 'project.sch' })
 * const failed = diagnostics.some((d) => d.severity === 'error')
 */
export function validate(input: ValidateInput, options: NodeValidateOptions = {}): Diagnostic[] {
  let source: string | Document;
  let file = options.file;
  if (typeof input === 'string' && !/^\uFEFF?\s*</.test(input)) {
    try {
      const read = readXmlFileSync(input);
      source = read.text;
      file ??= read.file;
    } catch (error) {
      if (error instanceof TeiParseError) return [wellFormedDiagnostic(error, file ?? input)];
      throw error;
    }
  } else if (typeof input === 'object' && 'text' in input && typeof (input as SourceText).text === 'string') {
    source = (input as SourceText).text;
    file ??= (input as SourceText).file;
  } else {
    source = input as string | Document;
  }
  return validateDocument(source, { ...options, file, validators: nodeValidators(options), xinclude: xincludeSettings(options, file) });
}

/**
 * The validators the Node {@link validate} runs after the edition rules: TEI's Schematron (unless turned off), the
 * Schematron files, then `options.validators`. Create them once to validate many files with the same options.
 *
 * @example
 * const validators = nodeValidators({ schematron: 'project.sch' })
 * for (const file of files) validateDocument(readFileSync(file, 'utf8'), { file, validators })
 */
export function nodeValidators(options: NodeValidateOptions = {}): Validator[] {
  const files = typeof options.schematron === 'string' ? [options.schematron] : (options.schematron ?? []);
  return [
    ...(options.schema === undefined ? [] : [relaxNgValidator(options.schema)]),
    ...(options.teiSchematron === false ? [] : [teiSchematron()]),
    ...files.map(schematronFile),
    ...(options.validators ?? []),
  ];
}

/**
 * A named or given schema is loaded once, here, so that a missing or broken one fails before any document is read.
 * Without `xinclude`, XIncludes are not followed (their fallbacks are validated): validation reads no file the
 * document names, apart from the schemas `xml-model` asks for. With it, the assembled document is validated.
 */
function relaxNgValidator(schema: Schema | string): Validator {
  return schema === XML_MODEL ? xmlModelValidator : schemaValidator(typeof schema === 'string' ? loadSchema(schema) : schema);
}

const SCHEMATRON_SCHEMATYPENS = 'http://purl.oclc.org/dsdl/schematron';

/**
 * The schemas each document names in `<?xml-model?>`: its first local RELAX NG schema, and every local Schematron
 * one (`schematypens` Schematron's namespace; a `.rng` with embedded rules, a `.sch` or an ODD). A schema named
 * but missing or unusable is an error in that document, at its processing instruction.
 */
const xmlModelValidator: Validator = (context) => {
  const text = context.text();
  const out: Diagnostic[] = [];
  const problem = (href: string, error: unknown) => {
    const offset = Math.max(0, text.indexOf(href));
    const reason = error instanceof RelaxNgSchemaError ? `${error.location()}: ${error.message}` : (error as Error).message;
    out.push({ ruleId: 'schema', severity: 'error', message: `the <?xml-model?> schema ${href} cannot be used: ${reason}`, file: context.file, ...positionOf(text, offset), xpath: '/' });
  };
  const rng = relaxNgModel(text);
  try {
    const named = schemaForDocument(text, context.file);
    if (named) for (const d of schemaValidator(named)(context)) out.push(d);
    else {
      const message = 'no local RELAX NG schema named in <?xml-model?>: the document was not validated against a schema';
      out.push({ ruleId: 'schema', severity: 'warning', message, file: context.file, line: 1, column: 1, xpath: '/' });
    }
  } catch (error) {
    if (!(error instanceof TeiError || error instanceof RelaxNgSchemaError)) throw error;
    problem(rng!.href, error);
  }
  for (const model of xmlModels(text)) {
    if (model.schematypens !== SCHEMATRON_SCHEMATYPENS || isUrl(model.href)) continue;
    try {
      for (const d of schematronFile(localPath(model.href, context.file))(context)) out.push(d);
    } catch (error) {
      if (!(error instanceof TeiError)) throw error;
      problem(model.href, error);
    }
  }
  return out;
};

function isUrl(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('file:');
}

function localPath(href: string, documentPath: string): string {
  return href.startsWith('file:') ? fileURLToPath(href) : isAbsolute(href) ? href : resolvePath(documentPath, '..', href);
}

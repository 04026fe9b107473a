/**
 * RELAX NG validation as one of `validate`'s validators, so that schema errors are reported with the edition
 * rules and Schematron, in one list and one format. Browser-safe.
 */
import type { Validator } from './context.js';
import type { Schema } from './relaxng/schema.js';
import { validateAgainstSchema, type ValidationOptions } from './relaxng/validate.js';

/**
 * A validator that checks the document against `schema` (diagnostics with `ruleId: 'schema'`). The text the
 * document was parsed from is validated when there is one (teikit's fast reader, jing's positions); a Document
 * given without its text is validated as a DOM, with xmldom's positions.
 *
 * @example
 * import { compileSchema, schemaValidator, validate } from 'teikit/browser'
 * const diagnostics = validate(text, { file: 'letter.xml', validators: [schemaValidator(compileSchema(rngText))] })
 */
export function schemaValidator(schema: Schema, options: Omit<ValidationOptions, 'file'> = {}): Validator {
  return (context) => validateAgainstSchema(schema, context.source ?? context.document, { ...options, file: context.file });
}

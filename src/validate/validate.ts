/**
 * The validation pipeline, browser-safe: well-formedness first (a document that does not parse gets one
 * `well-formed` diagnostic and nothing else), then the edition rules, then the validators given (Schematron;
 * RELAX NG will plug in the same way), then the configured severities, in reading order.
 */
import type { Document } from '@xmldom/xmldom';
import { TeiParseError, TeiXIncludeError, type TeiError } from '../errors.js';
import { assembleXIncludes, mayInclude, type XIncludeSettings } from '../xinclude/assemble.js';
import type { SourceMap } from '../xinclude/sourceMap.js';
import { parseTei } from '../parse/parseTei.js';
import { configuredSeverity, type RulesConfig } from './config.js';
import { createValidationContext, type Validator } from './context.js';
import { compareDiagnostics, inSource, type Diagnostic } from './diagnostic.js';
import { editionRules } from './editionRules.js';

/**
 * Options of {@link validate}.
 *
 * @example
 * const options: ValidateOptions = { file: 'a.xml', rules: { 'tei:*': 'warning' }, validators: [schematronValidator({ saxon, sef, naming: 'tei' })] }
 */
export interface ValidateOptions {
  /** The file name in diagnostics (default `<input>`). */
  file?: string;
  /** Rules off, severities, options: see {@link RulesConfig}. Applies to Schematron rule ids too. */
  rules?: RulesConfig;
  /** More validators, run after the edition rules in this order (e.g. {@link schematronValidator}). */
  validators?: readonly Validator[];
  /**
   * Resolve `xi:include`s first (off by default): the assembled document is validated, and each diagnostic names
   * the file, line and column it comes from. A refused or failed include is the one `xinclude` diagnostic.
   */
  xinclude?: XIncludeSettings;
}

/**
 * The rule id of the diagnostic for input that does not parse.
 *
 * @example
 * if (diagnostics[0]?.ruleId === WELL_FORMED) console.log('not XML:', diagnostics[0].message)
 */
export const WELL_FORMED = 'well-formed';

/**
 * The rule id of the diagnostic for an `xi:include` that cannot be resolved (refused, missing, a loop).
 *
 * @example
 * diagnostics.filter((d) => d.ruleId === XINCLUDE)
 */
export const XINCLUDE = 'xinclude';

/**
 * Validate a TEI document: TEI text, or a Document from `parseTei` (whose elements carry line and column).
 * Content problems come back as diagnostics; this function does not throw for them.
 *
 * @example
 * const diagnostics = validate('<TEI xmlns="http://www.tei-c.org/ns/1.0">…</TEI>', { file: 'letter.xml', rules: { 'hand-unused': 'off' } })
 * for (const d of diagnostics) console.log(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.ruleId}]`)
 */
export function validate(input: string | Document, options: ValidateOptions = {}): Diagnostic[] {
  const file = options.file ?? '<input>';
  let document: Document;
  let source: string | undefined;
  let includes: SourceMap | undefined;
  if (typeof input === 'string') {
    let text = input;
    try {
      if (options.xinclude && mayInclude(input)) {
        const assembled = assembleXIncludes(input, { ...options.xinclude, file });
        text = assembled.text;
        if (assembled.includes > 0) includes = assembled.map;
      }
      document = parseTei(text, { file });
    } catch (error) {
      if (error instanceof TeiParseError) return [includes ? inSource(wellFormedDiagnostic(error, file), includes) : wellFormedDiagnostic(error, file)];
      if (error instanceof TeiXIncludeError) return [{ ...wellFormedDiagnostic(error, file), ruleId: XINCLUDE }];
      throw error;
    }
    source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } else {
    document = input;
  }
  const context = createValidationContext(document, file, source);
  const diagnostics: Diagnostic[] = [];
  for (const validator of [editionRules(options.rules), ...(options.validators ?? [])]) {
    // One at a time: push(...found) passes every diagnostic as an argument, and hundreds of thousands overflow the stack.
    for (const diagnostic of validator(context)) diagnostics.push(diagnostic);
  }
  const sorted = applySeverities(diagnostics, options.rules).sort(compareDiagnostics);
  // In the assembled document's reading order, each naming the file it comes from.
  return includes ? sorted.map((d) => inSource(d, includes)) : sorted;
}

/**
 * A parse error as the one diagnostic of a document that is not well-formed.
 *
 * @example
 * wellFormedDiagnostic(error, 'a.xml') // { ruleId: 'well-formed', severity: 'error', line: 3, column: 10, ... }
 */
export function wellFormedDiagnostic(error: TeiError, file: string): Diagnostic {
  return {
    ruleId: WELL_FORMED,
    severity: 'error',
    message: error.message,
    file: error.file ?? file,
    line: error.line ?? 1,
    column: error.column ?? 1,
    xpath: '/',
  };
}

/** Configured severities for ids the rules do not handle themselves (Schematron); `off` drops the diagnostic. */
function applySeverities(diagnostics: Diagnostic[], config: RulesConfig | undefined): Diagnostic[] {
  if (!config) return diagnostics;
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const severity = configuredSeverity(config, diagnostic.ruleId);
    if (severity === 'off') continue;
    result.push(severity && severity !== diagnostic.severity ? { ...diagnostic, severity } : diagnostic);
  }
  return result;
}

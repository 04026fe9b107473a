/**
 * A compiled Schematron schema as a {@link Validator}: runs it with SaxonJS on the document's text and maps each
 * result onto the xmldom document for its line and column. Browser-safe: SaxonJS and the compiled schema (SEF)
 * are passed in. `doc()`, `unparsed-text()` and the like are blocked while it runs, as in teikit's transforms.
 */
import { TeiTransformError } from '../../errors.js';
import { guardResources, withResourcesBlocked, type SaxonJSLike, type Sef } from '../../transform/saxon.js';
import type { Validator } from '../context.js';
import type { Diagnostic } from '../diagnostic.js';
import { pathFinder } from './locateNode.js';
import { readResults, schematronMessage, schematronRuleId, schematronSeverity, type SchematronNaming, type SchematronResult } from './results.js';

/**
 * What {@link schematronValidator} needs.
 *
 * @example
 * const options: SchematronValidatorOptions = { saxon: SaxonJS, sef: compiledSchema, naming: 'sch' }
 */
export interface SchematronValidatorOptions {
  saxon: SaxonJSLike;
  /** The schema compiled by teikit's Schematron compiler (`teikit/sef/schematron-tei-p5.sef.json` for TEI's). */
  sef: Sef;
  /** Rule ids `tei:<spec>/<constraint>` (TEI's own constraints) or `sch:<id>` (default). */
  naming?: SchematronNaming;
}

/**
 * A validator for a compiled Schematron schema. When SaxonJS cannot run it on a document (its stack is exhausted
 * by very deep nesting), the result is one error diagnostic `tei:schematron` (or `sch:schematron`) at the root.
 *
 * @example
 * // In a browser, with SaxonJS's runtime loaded and teikit's compiled TEI constraints fetched:
 * const tei = schematronValidator({ saxon: window.SaxonJS, sef: await (await fetch(sefUrl)).json(), naming: 'tei' })
 * const diagnostics = validate(text, { file: 'letter.xml', validators: [tei] })
 */
export function schematronValidator(options: SchematronValidatorOptions): Validator {
  const { saxon, sef, naming = 'sch' } = options;
  guardResources(saxon);
  return (context) => {
    let results: SchematronResult[];
    try {
      results = runSchematron(saxon, sef, context.text(), context.file);
    } catch (error) {
      // SaxonJS gives up on some documents (20,000 levels of nesting exhaust its stack): say so, do not throw.
      const root = context.document.documentElement;
      if (!(error instanceof TeiTransformError) || !root) throw error;
      const which = naming === 'tei' ? "TEI's Schematron constraints" : 'the Schematron schema';
      return [context.diagnostic(`${naming}:schematron`, 'error', root, `${which} could not be checked: ${error.message.replace(/^Schematron: /, '')}`)];
    }
    const diagnostics: Diagnostic[] = [];
    const nodeAtPath = pathFinder(context.document);
    for (const result of results) {
      const node = nodeAtPath(result.node);
      if (!node) continue;
      const extra = result.kind === 'assert' && result.test ? { expected: [result.test] } : {};
      diagnostics.push(context.diagnostic(schematronRuleId(result, naming), schematronSeverity(result), node, schematronMessage(result), extra));
    }
    return diagnostics;
  };
}

/**
 * Run a compiled schema on XML text; its results, unmapped.
 *
 * @throws {TeiTransformError} when SaxonJS fails (not for failed assertions: those are results).
 * @example
 * const results = runSchematron(SaxonJS, sef, text, 'a.xml') // [{ pattern: '...', node: '1/2', message: '...' }]
 */
export function runSchematron(saxon: SaxonJSLike, sef: Sef, text: string, file?: string): SchematronResult[] {
  guardResources(saxon);
  return withResourcesBlocked(() => {
    let output: unknown;
    try {
      output = saxon.transform({ stylesheetInternal: sef, sourceText: text, destination: 'serialized', deliverMessage: () => {} }, 'sync');
    } catch (error) {
      const { message = String(error), code } = error as { message?: string; code?: string };
      throw new TeiTransformError(`Schematron: ${code ? `${code}: ` : ''}${message}`, { file, cause: error });
    }
    const principal = (output as { principalResult?: unknown } | null)?.principalResult;
    if (typeof principal !== 'string') throw new TeiTransformError('Schematron: the compiled schema produced no result', { file });
    return readResults(principal);
  });
}

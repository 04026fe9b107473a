/**
 * The seam every validator plugs into: edition rules, Schematron, and (later) RELAX NG all take a
 * {@link ValidationContext} and return diagnostics. Browser-safe.
 */
import { XMLSerializer, type Attr, type Document, type Element } from '@xmldom/xmldom';
import { shortenQuoted, type Diagnostic, type RelatedLocation, type Severity } from './diagnostic.js';
import { createLocator, type Locator } from './locate.js';

/**
 * One well-formed document under validation.
 *
 * @example
 * const check: Validator = (context) => context.text().includes('TODO')
 *   ? [context.diagnostic('todo', 'warning', context.document.documentElement!, 'TODO left in the file')] : []
 */
export interface ValidationContext {
  readonly document: Document;
  /** The file name used in diagnostics. */
  readonly file: string;
  /** The XML text the document was parsed from; undefined when a Document was given. */
  readonly source?: string;
  /** The XML text: the one parsed, or the document serialised when a Document was given. Computed once. */
  text(): string;
  readonly locator: Locator;
  /** A diagnostic at a node (line, column and XPath filled in). */
  diagnostic(ruleId: string, severity: Severity, node: Element | Attr, message: string, extra?: DiagnosticExtra): Diagnostic;
}

/**
 * Optional parts of a diagnostic made by {@link ValidationContext.diagnostic}.
 *
 * @example
 * context.diagnostic('pointer-resolves', 'error', attribute, 'no such id', { token: '#h9', expected: ['#h1', '#h2'] })
 */
export interface DiagnosticExtra {
  token?: string;
  expected?: readonly string[];
  related?: ReadonlyArray<{ node: Element | Attr; message: string }>;
}

/**
 * A validator: one stage of the pipeline. It never throws for problems in the document; it returns them.
 *
 * @example
 * const noEmptyTitles: Validator = (context) =>
 *   Array.from(context.document.getElementsByTagNameNS(TEI_NS, 'title'))
 *     .filter((title) => !title.textContent?.trim())
 *     .map((title) => context.diagnostic('title-empty', 'warning', title, 'empty <title>'))
 */
export type Validator = (context: ValidationContext) => Diagnostic[];

/**
 * The context for `document`. `source` is the text it was parsed from (BOM removed), if any.
 *
 * @example
 * const context = createValidationContext(parseTei(text), 'a.xml', text)
 */
export function createValidationContext(document: Document, file: string, source?: string): ValidationContext {
  let text = source;
  const locator = createLocator(document, source);
  const related = (items: DiagnosticExtra['related']): RelatedLocation[] | undefined =>
    items?.map(({ node, message }) => ({ message, file, ...locator.locate(node) }));
  return {
    document,
    file,
    source,
    locator,
    text: () => (text ??= new XMLSerializer().serializeToString(document)),
    diagnostic(ruleId, severity, node, message, extra = {}) {
      const diagnostic: Diagnostic = { ruleId, severity, message: shortenQuoted(message), file, ...locator.locate(node, extra.token) };
      if (extra.expected?.length) diagnostic.expected = [...extra.expected];
      const locations = related(extra.related);
      if (locations?.length) diagnostic.related = locations;
      return diagnostic;
    },
  };
}

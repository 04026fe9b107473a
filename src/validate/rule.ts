/**
 * The shape of an edition rule: a name, a description, a default severity and the visitor it creates for the
 * one walk over the document. Each rule lives in its own file in `rules/`. Browser-safe.
 */
import type { Attr, Element } from '@xmldom/xmldom';
import type { Severity } from './diagnostic.js';
import type { DocumentIndex } from './documentIndex.js';

/**
 * What a rule knows about the walk when it visits an element.
 *
 * @example
 * const enter = { gap(element: Element, state: WalkState) { if (state.inside('supplied')) report(element, 'gap in supplied') } }
 */
export interface WalkState {
  /** How many open TEI elements named `name` contain the element being visited (the element itself not counted). */
  inside(name: string): number;
  /** The TEI member the walk is in (the nearest `TEI` element; the root for a single document). */
  readonly member: number;
}

/**
 * Extras of a finding.
 *
 * @example
 * context.report(attribute, 'unknown gap reason "x"', { token: 'x', expected: ['lost', 'illegible'] })
 */
export interface ReportDetails {
  /** Point at this token of the attribute value rather than at its start. */
  token?: string;
  expected?: readonly string[];
  related?: ReadonlyArray<{ node: Element | Attr; message: string }>;
  /** This finding's severity when it differs from the rule's (used unless the configuration sets the rule's severity). */
  severity?: Severity;
}

/**
 * What a rule gets when it is created for one document.
 *
 * @example
 * create: ({ options, index, report }) => ({ finish() { if (index.ids.size === 0) report(root, 'no ids at all') } })
 */
export interface RuleContext<Options> {
  /** The options: the rule's defaults, or the configured ones. */
  readonly options: Options;
  /** Complete in `finish`; during the walk it holds what the walk has seen so far. */
  readonly index: DocumentIndex;
  /**
   * True when the document is a fragment: its root is neither `TEI` nor `teiCorpus` (a page or chapter kept in its
   * own file). Its header, and the targets of some of its pointers, are then in the document that includes it.
   */
  readonly fragment: boolean;
  /**
   * True once the walk has met an `xi:include` (none was resolved: with XInclude on, the document is assembled
   * first and has none left). What it would include, ids among them, is then unknown. Complete in `finish`.
   */
  readonly unresolvedIncludes: boolean;
  /** Record a finding at an element or an attribute. */
  report(node: Element | Attr, message: string, details?: ReportDetails): void;
}

/**
 * Element handler: called with the element and the walk state.
 *
 * @example
 * const handler: ElementHandler = (element, state) => console.log(element.localName, state.member)
 */
export type ElementHandler = (element: Element, state: WalkState) => void;

/**
 * What a rule does during the walk. Handlers are keyed by TEI local name (`gap`, `handShift`), or `*` for every
 * element in any namespace. `enter` runs before an element's descendants, `leave` after them.
 *
 * @example
 * const visitor: RuleVisitor = { enter: { note: collect }, leave: { note: check }, finish: report }
 */
export interface RuleVisitor {
  enter?: Readonly<Record<string, ElementHandler>>;
  leave?: Readonly<Record<string, ElementHandler>>;
  /** After the walk: the index is complete. */
  finish?(): void;
}

/**
 * A built-in edition rule.
 *
 * @example
 * export const gapExtent: Rule<null> = {
 *   id: 'gap-extent', severity: 'warning', options: null,
 *   description: 'A gap says how much is missing.',
 *   create: (context) => ({ enter: { gap(element) { if (!element.hasAttribute('extent')) context.report(element, '...') } } }),
 * }
 */
export interface Rule<Options = unknown> {
  /** Kebab-case id, used in reports and in the configuration. */
  readonly id: string;
  /** One sentence: what the rule checks. */
  readonly description: string;
  readonly severity: Severity;
  /** Default options (`null` for a rule without options). */
  readonly options: Options;
  /** Called once per document: the handlers that look at its elements, and what to check at the end. */
  create(context: RuleContext<Options>): RuleVisitor;
}

/**
 * Keeps a rule's options type while collecting rules of different option types in one list.
 *
 * @example
 * export const gapReason = defineRule({ id: 'gap-reason', ... })
 */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/**
 * The contract between the engine and a datatype library (RELAX NG §6.2.8, the "datatypeAllows" and
 * "datatypeEqual" functions), plus the DTD-compatibility ID type.
 */
import type { NamespaceScope } from '../xml/namespaces.js';

/**
 * The context a value is read in: the in-scope namespaces (only QName-like types use it).
 * @example
 * datatype.allows('tei:p', { scope: NamespaceScope.root().declare(new Map([['tei', TEI_NS]])) })
 */
export interface ValueContext {
  scope: NamespaceScope;
}

/**
 * DTD compatibility ID types: none, ID, IDREF, IDREFS.
 * @example
 * createDatatype(XSD_LIBRARY, 'ID', []).idType // 1
 */
export type IdType = 0 | 1 | 2 | 3;

/**
 * A datatype with its parameters applied.
 *
 * @example
 * const integer = createDatatype(XSD_LIBRARY, 'integer', [{ name: 'minInclusive', value: '1' }])
 * integer.allows(' 7 ') // true
 * integer.explain('0') // 'must be greater than or equal to 1'
 */
export interface Datatype {
  /** The datatype library URI (`''` for the built-in library). */
  readonly library: string;
  /** The local name of the type, e.g. `token`, `anyURI`. */
  readonly name: string;
  /** The parameters as written in the schema, in order (kept for serialisation and messages). */
  readonly params: readonly { name: string; value: string }[];
  /** DTD compatibility: ID, IDREF, IDREFS or none. */
  readonly idType: IdType;
  /** True when values need the namespace context (QName, NOTATION). */
  readonly contextDependent: boolean;
  /** Is `text` a valid literal of this datatype (facets included)? */
  allows(text: string, context?: ValueContext): boolean;
  /** Why `text` is not allowed, in words that fit after "must ..." or a short clause; undefined when it is allowed. */
  explain(text: string, context?: ValueContext): string | undefined;
  /** The value `text` denotes (for `value` patterns), or undefined when `text` is not a valid literal. */
  parse(text: string, context?: ValueContext): unknown;
  /** Are two parsed values the same value? */
  equal(a: unknown, b: unknown): boolean;
}

/**
 * In-scope namespace bindings of an element: a chain of scopes, one per element that declares namespaces,
 * shared by every element below it that declares none. Immutable once built, so a scope can be kept (by a
 * QName-typed value, by a message that needs a prefix) after the reader has moved on.
 */

/**
 * The namespace of the `xml:` prefix, bound everywhere.
 * @example
 * NamespaceScope.root().resolve('xml') === XML_NAMESPACE // true
 */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/**
 * The namespace of `xmlns` attributes, which are declarations, not attributes, to RELAX NG.
 * @example
 * attribute.ns === XMLNS_NAMESPACE // a namespace declaration, not an attribute
 */
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
/**
 * The XInclude namespace.
 * @example
 * tag.ns === XINCLUDE_NS && tag.local === 'include'
 */
export const XINCLUDE_NS = 'http://www.w3.org/2001/XInclude';

/**
 * Namespace bindings in scope at an element. The empty prefix stands for the default namespace; an unbound
 * default namespace resolves to `''` (no namespace).
 *
 * @example
 * const root = NamespaceScope.root()
 * const scope = root.declare(new Map([['', 'http://www.tei-c.org/ns/1.0'], ['xi', 'http://www.w3.org/2001/XInclude']]))
 * scope.resolve('xi') // 'http://www.w3.org/2001/XInclude'
 * scope.prefixFor('http://www.tei-c.org/ns/1.0') // ''
 */
export class NamespaceScope {
  private constructor(
    readonly parent: NamespaceScope | null,
    private readonly bindings: ReadonlyMap<string, string>,
  ) {}

  /** The scope outside the document element: only `xml` is bound. */
  static root(): NamespaceScope {
    return new NamespaceScope(null, new Map([['xml', XML_NAMESPACE]]));
  }

  /** A child scope with `bindings` (prefix to namespace URI; `''` for the default namespace). */
  declare(bindings: ReadonlyMap<string, string>): NamespaceScope {
    return new NamespaceScope(this, bindings);
  }

  /** The namespace URI bound to `prefix`; `''` for an undeclared default namespace; undefined if unbound. */
  resolve(prefix: string): string | undefined {
    for (let scope: NamespaceScope | null = this; scope; scope = scope.parent) {
      const uri = scope.bindings.get(prefix);
      if (uri !== undefined) return uri;
    }
    return prefix === '' ? '' : undefined;
  }

  /** A prefix bound to `uri` here (`''` for the default namespace), or undefined when none is. */
  prefixFor(uri: string): string | undefined {
    if (uri === '') return this.resolve('') === '' ? '' : undefined;
    for (let scope: NamespaceScope | null = this; scope; scope = scope.parent) {
      for (const [prefix, bound] of scope.bindings) {
        if (bound === uri && this.resolve(prefix) === uri) return prefix;
      }
    }
    return undefined;
  }

  /** Every binding in scope, innermost first wins. */
  entries(): Map<string, string> {
    const all = new Map<string, string>();
    for (let scope: NamespaceScope | null = this; scope; scope = scope.parent) {
      for (const [prefix, uri] of scope.bindings) if (!all.has(prefix)) all.set(prefix, uri);
    }
    return all;
  }
}

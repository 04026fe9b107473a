/**
 * What the edition rules share, collected in the one walk over the document: every `xml:id`, every pointer
 * attribute token, and which TEI member (of a `teiCorpus`) each belongs to. Browser-safe.
 */
import type { Attr, Element } from '@xmldom/xmldom';
import { TEI_NS, XML_NS } from '../parse/parseTei.js';
import { isPointerAttribute, localId, tokens } from './tei/attributes.js';

/**
 * One token of a pointer attribute (`corresp="#a #b"` gives two).
 *
 * @example
 * for (const pointer of index.pointers) if (pointer.name === 'hand') console.log(pointer.token, index.resolve(pointer)?.localName)
 */
export interface Pointer {
  element: Element;
  attribute: Attr;
  /** The attribute's name (`hand`, `new`, `corresp`...). */
  name: string;
  /** The token as written (`#h1`, `other.xml#p2`). */
  token: string;
  /** The id it names when it is a local pointer (`h1`), else undefined. */
  id: string | undefined;
  /** The TEI member it is in (see {@link DocumentIndex.memberOf}). */
  member: number;
}

/**
 * The collections the rules read after the walk.
 *
 * @example
 * const target = index.resolve(pointer) // the element with that xml:id, preferring the pointer's own member
 */
export interface DocumentIndex {
  /** Elements by `xml:id`, in document order (more than one: a duplicate). */
  readonly ids: ReadonlyMap<string, readonly Element[]>;
  /** Every pointer token in document order. */
  readonly pointers: readonly Pointer[];
  /** The ids that some local pointer names. */
  readonly referenced: ReadonlySet<string>;
  /**
   * The TEI member an element with an id or a pointer is in: 0 for the document's only `TEI`, 0, 1, 2... for the
   * members of a `teiCorpus`, -1 for the corpus header.
   */
  memberOf(element: Element): number;
  /** The element a local pointer names: in the pointer's own member if the id repeats across members. */
  resolve(pointer: Pointer): Element | undefined;
}

/**
 * Fills a {@link DocumentIndex} element by element, in document order.
 *
 * @example
 * const builder = createIndexBuilder()
 * walkElements(root, builder.enter, builder.leave)
 */
export interface IndexBuilder {
  index: DocumentIndex;
  /** The member the walk is in now. */
  readonly member: number;
  enter(element: Element): void;
  leave(element: Element): void;
}

/**
 * A builder for the walk; `enter`/`leave` are called for every element.
 *
 * @example
 * const builder = createIndexBuilder()
 * walkElements(doc.documentElement, builder.enter, builder.leave)
 * builder.index.ids.get('h1')
 */
export function createIndexBuilder(): IndexBuilder {
  const ids = new Map<string, Element[]>();
  const pointers: Pointer[] = [];
  const referenced = new Set<string>();
  const members = new Map<Element, number>();
  const stack: number[] = [];
  let nextMember = 0;
  let member = -1;

  const index: DocumentIndex = {
    ids,
    pointers,
    referenced,
    memberOf: (element) => members.get(element) ?? -1,
    resolve(pointer) {
      if (pointer.id === undefined) return undefined;
      const found = ids.get(pointer.id);
      if (!found) return undefined;
      return (found.length > 1 && found.find((e) => members.get(e) === pointer.member)) || found[0];
    },
  };

  return {
    index,
    get member() {
      return member;
    },
    enter(element) {
      const tei = element.namespaceURI === TEI_NS;
      if (tei && element.localName === 'TEI') {
        stack.push(member);
        member = nextMember++;
      }
      const attributes = element.attributes;
      for (let i = 0; i < attributes.length; i++) {
        const attribute = attributes[i] as Attr;
        if (attribute.namespaceURI === XML_NS && attribute.localName === 'id') {
          const id = attribute.value;
          const list = ids.get(id);
          if (list) list.push(element);
          else ids.set(id, [element]);
          members.set(element, member);
        } else if (tei && !attribute.namespaceURI && isPointerAttribute(element.localName ?? '', attribute.localName ?? attribute.name)) {
          members.set(element, member);
          for (const token of tokens(attribute.value)) {
            const id = localId(token);
            if (id !== undefined) referenced.add(id);
            pointers.push({ element, attribute, name: attribute.localName ?? attribute.name, token, id, member });
          }
        }
      }
    },
    leave(element) {
      if (element.namespaceURI === TEI_NS && element.localName === 'TEI') member = stack.pop() ?? -1;
    },
  };
}

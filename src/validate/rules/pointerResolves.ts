/** The edition rule `pointer-resolves` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import type { Pointer } from '../documentIndex.js';
import { isTeiElement } from './support.js';

/**
 * Is this pointer one to a hand (`@hand`, `handShift/@new`)?
 *
 * @example
 * index.pointers.filter(isHandPointer) // every use of a hand
 */
export function isHandPointer(pointer: Pick<Pointer, 'element' | 'name'>): boolean {
  return pointer.name === 'hand' || (pointer.name === 'new' && isTeiElement(pointer.element, 'handShift'));
}

/**
 * `pointer-resolves`: every local pointer (`#id`) in a pointer attribute names an element of the document.
 *
 * Why: TEI schemas check that @hand, @ref, @corresp... hold URIs, not that `#h9` exists; a dangling pointer
 * silently breaks hands, indexes and alignment. Which attributes are pointers, on which elements, comes from TEI's
 * own schema (teidata.pointer): @hand, @new on handShift, @ref, @resp, @corresp, @target, @facs, @who, @source,
 * @scribeRef, @ana, @sameAs, @copyOf, @next, @prev, @synch, @select, @spanTo, @scheme on catRef, and the rest.
 *
 * Example: `<handShift new="#h9"/>` with no `xml:id="h9"` is reported at `#h9`; for hand pointers the declared
 * hands are listed as expected. In a fragment (a file whose root is not `TEI`, included into a document), a pointer
 * may name an element of that document, and in a document whose `xi:include`s were not followed, an element they
 * include: it is a warning there, and an error once the document is validated whole (`--xinclude`).
 *
 * @example
 * validate(text, { rules: { 'pointer-resolves': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const pointerResolves = defineRule<null>({
  id: 'pointer-resolves',
  description: 'Every local pointer (#id) names an element of the document.',
  severity: 'error',
  options: null,
  create: (context) => ({
    finish() {
      const { index, report } = context;
      // Where the target may be: in the document that includes this fragment, or in what this document includes.
      const elsewhere = context.fragment
        ? 'if the document that includes this fragment has one, validate that document with --xinclude'
        : context.unresolvedIncludes
          ? 'it may be in a file this document includes: validate with --xinclude'
          : undefined;
      let hands: Map<number, string[]> | undefined;
      let lowerCase: Map<string, string> | undefined;
      for (const pointer of index.pointers) {
        if (pointer.id === undefined || index.ids.has(pointer.id)) continue;
        let expected: string[] | undefined;
        if (isHandPointer(pointer)) {
          hands ??= handNotesByMember(index.ids);
          expected = [...(hands.get(pointer.member) ?? []), ...(pointer.member === -1 ? [] : (hands.get(-1) ?? []))].map((id) => `#${id}`);
        } else {
          lowerCase ??= new Map([...index.ids.keys()].map((id) => [id.toLowerCase(), id]));
          const near = lowerCase.get(pointer.id.toLowerCase());
          if (near) expected = [`#${near}`];
        }
        const where = elsewhere
          ? `, but no element ${context.fragment ? 'of this fragment' : 'here'} has xml:id="${pointer.id}" (${elsewhere})`
          : `, but no element has xml:id="${pointer.id}"`;
        report(pointer.attribute, `@${pointer.name} points to "${pointer.token}"${where}`, {
          token: pointer.token,
          expected,
          ...(elsewhere ? { severity: 'warning' as const } : {}),
        });
      }

      function handNotesByMember(ids: ReadonlyMap<string, readonly Element[]>): Map<number, string[]> {
        const byMember = new Map<number, string[]>();
        for (const [id, elements] of ids) {
          for (const element of elements) {
            if (!isTeiElement(element, 'handNote')) continue;
            const member = index.memberOf(element);
            byMember.set(member, [...(byMember.get(member) ?? []), id]);
          }
        }
        return byMember;
      }
    },
  }),
});

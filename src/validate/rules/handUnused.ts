/** The edition rule `hand-unused` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import { isHandPointer } from './pointerResolves.js';
import { idNode, xmlId } from './support.js';

const DEFAULT_SCOPES = new Set(['sole', 'major']);

/**
 * `hand-unused`: every hand declared with an `xml:id` is used by some `@hand` or `<handShift new>`.
 *
 * Why: an unused handNote is usually a typo in a pointer or a hand forgotten in the transcription.
 * Decision: a hand needs no explicit use when it is the text's default hand: its `@scope` is `sole` or `major`
 * (TEI: the hand of all or most of the document, in force wherever no other hand is indicated), or it is the only
 * handNote of the document (a single-hand document needs no `@hand`). Minor and unscoped hands must be pointed at.
 * A handNote without an xml:id cannot be pointed at and is not checked.
 *
 * Example: `<handNote xml:id="h3" scope="minor">` that no `@hand` names.
 *
 * @example
 * validate(text, { rules: { 'hand-unused': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const handUnused = defineRule<null>({
  id: 'hand-unused',
  description: 'Every declared hand is used (except the default hand: scope sole or major, or the only hand).',
  severity: 'warning',
  options: null,
  create: ({ index, report }) => {
    const hands: Array<{ element: Element; member: number }> = [];
    return {
      enter: {
        handNote(element, state) {
          hands.push({ element, member: state.member });
        },
      },
      finish() {
        const used = new Set<string>();
        for (const pointer of index.pointers) if (pointer.id !== undefined && isHandPointer(pointer)) used.add(pointer.id);
        const perMember = new Map<number, number>();
        for (const { member } of hands) perMember.set(member, (perMember.get(member) ?? 0) + 1);
        for (const { element, member } of hands) {
          const id = xmlId(element);
          if (!id || used.has(id) || perMember.get(member) === 1) continue;
          if (DEFAULT_SCOPES.has((element.getAttribute('scope') ?? '').trim())) continue;
          report(idNode(element), `hand "${id}" is declared but never used: no @hand or <handShift new> points to "#${id}"`);
        }
      },
    };
  },
});

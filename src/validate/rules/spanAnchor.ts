/** The edition rule `span-anchor` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { XML_NS } from '../../parse/parseTei.js';
import { defineRule } from '../rule.js';
import { tag } from './support.js';

/** Does `ancestor` contain `element`? Only asked about a target found before the span, so the walk up is rare. */
function contains(ancestor: Element, element: Element): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) if (node === ancestor) return true;
  return false;
}

/**
 * `span-anchor`: `@spanTo` points at an element that comes later in the document: where the span ends.
 *
 * Why: `milestone`, `addSpan`, `delSpan`, `damageSpan` (and any element with TEI's att.spanning) mark text from
 * where they stand up to the element `@spanTo` names. A target before the spanning element, or the element itself,
 * marks nothing, or marks text backwards, and renderings cannot show it. TEI's Schematron says the same
 * (`tei:att.spanning/spanTo-points-to-following`, when it runs); this rule also runs in browsers and names where the
 * target is. It compares positions in document order counted once in the shared walk, so it stays linear however
 * many spans there are. A target that is missing is left to `pointer-resolves` (in a fragment, or a document whose
 * `xi:include`s were not followed, it may be in another file); so are pointers to other files.
 *
 * Example: `<anchor xml:id="a1"/> … <delSpan spanTo="#a1"/>` (the anchor is before the span);
 * `<addSpan xml:id="s1" spanTo="#s1"/>` (the span ends at itself).
 *
 * @example
 * validate(text, { rules: { 'span-anchor': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const spanAnchor = defineRule<null>({
  id: 'span-anchor',
  description: '@spanTo points at an element after the spanning element (where the span ends).',
  severity: 'error',
  options: null,
  create: ({ index, report }) => {
    // Document order of the elements a span check may compare: those with an xml:id (targets) and with @spanTo.
    const order = new Map<Element, number>();
    let count = 0;
    return {
      enter: {
        '*'(element) {
          count++;
          if (element.hasAttribute('spanTo') || element.hasAttributeNS(XML_NS, 'id')) order.set(element, count);
        },
      },
      finish() {
        for (const pointer of index.pointers) {
          if (pointer.name !== 'spanTo' || pointer.id === undefined) continue;
          const target = index.resolve(pointer);
          if (!target) continue;
          const from = order.get(pointer.element);
          const to = order.get(target);
          if (from === undefined || to === undefined || to > from) continue;
          const where =
            to === from
              ? `the ${tag(target)} itself`
              : contains(target, pointer.element)
                ? `the ${tag(target)} that contains it`
                : `the ${tag(target)} before it`;
          const message = `@spanTo on ${tag(pointer.element)} points to "${pointer.token}", ${where}: it names where the span ends, after the ${tag(pointer.element)}`;
          report(pointer.attribute, message, {
            token: pointer.token,
            ...(to === from ? {} : { related: [{ node: target, message: `the ${tag(target)} that "${pointer.token}" names` }] }),
          });
        }
      },
    };
  },
});

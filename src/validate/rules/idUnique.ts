/** The edition rule `id-unique` (documented on its export). Browser-safe. */
import type { Attr } from '@xmldom/xmldom';
import { XML_NS } from '../../parse/parseTei.js';
import { defineRule } from '../rule.js';
import { tag } from './support.js';

/**
 * `id-unique`: every `xml:id` is unique in the document.
 *
 * Why: a pointer (`#p1`) must name exactly one element, and XML requires xml:id values to be unique in a
 * document. A `teiCorpus` built by concatenating documents often repeats ids across its members; they are reported
 * too (pointers then resolve within their own member: see the index).
 *
 * Example: a second `<person xml:id="p1">` is reported at its `xml:id`, with the first as the related location.
 *
 * @example
 * validate(text, { rules: { 'id-unique': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const idUnique = defineRule<null>({
  id: 'id-unique',
  description: 'Every xml:id is unique in the document.',
  severity: 'error',
  options: null,
  create: ({ index, report }) => ({
    finish() {
      for (const [id, elements] of index.ids) {
        const first = elements[0];
        if (!first || elements.length < 2) continue;
        const firstId = first.getAttributeNodeNS(XML_NS, 'id') as Attr;
        const line = (first as { lineNumber?: number }).lineNumber;
        for (const element of elements.slice(1)) {
          report(element.getAttributeNodeNS(XML_NS, 'id') ?? element, `duplicate xml:id "${id}": already used on ${tag(first)}${line ? ` at line ${line}` : ''}`, {
            related: [{ node: firstId, message: `first xml:id "${id}"` }],
          });
        }
      }
    },
  }),
});

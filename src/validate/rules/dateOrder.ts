/** The edition rule `date-order` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { parseW3cDate } from '../dates.js';
import { defineRule } from '../rule.js';
import { isW3cDateAttribute } from '../tei/attributes.js';
import { TEI_NS } from '../../parse/parseTei.js';

const RANGES: ReadonlyArray<readonly [string, string]> = [
  ['notBefore', 'notAfter'],
  ['from', 'to'],
];

/**
 * `date-order`: a range does not end before it starts: `@notBefore` ≤ `@notAfter` and `@from` ≤ `@to`.
 *
 * Why: a swapped range is a typo that every consumer of the dates silently misreads. The comparison is between
 * the spans the dates denote: `notBefore="1964-10"` and `notAfter="1964"` agree (October 1964 is not after the end
 * of 1964). Dates that are not W3C dates are left to `date-format`; forms without a year (`--10-16`) cannot be
 * ordered.
 *
 * Example: `<date notBefore="1965" notAfter="1964">`.
 *
 * @example
 * validate(text, { rules: { 'date-order': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const dateOrder = defineRule<null>({
  id: 'date-order',
  description: 'Date ranges are in order: notBefore ≤ notAfter, from ≤ to.',
  severity: 'error',
  options: null,
  create: ({ report }) => ({
    enter: {
      '*'(element: Element) {
        if (element.namespaceURI !== TEI_NS || element.attributes.length < 2) return;
        for (const [first, last] of RANGES) {
          const a = element.getAttribute(first);
          const b = element.getAttribute(last);
          if (a === null || b === null || !isW3cDateAttribute(element.localName ?? '', first)) continue;
          const start = parseW3cDate(a).date;
          const end = parseW3cDate(b).date;
          if (start?.start === undefined || end?.end === undefined || start.start <= end.end) continue;
          report(element.getAttributeNode(last) ?? element, `@${last}="${b}" is before @${first}="${a}": the range ends before it starts`);
        }
      },
    },
  }),
});

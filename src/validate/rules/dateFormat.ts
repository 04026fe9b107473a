/** The edition rule `date-format` (documented on its export). Browser-safe. */
import type { Attr } from '@xmldom/xmldom';
import { parseW3cDate } from '../dates.js';
import { defineRule } from '../rule.js';
import { isW3cDateAttribute } from '../tei/attributes.js';
import { TEI_NS } from '../../parse/parseTei.js';

/**
 * The attributes `date-format` checks, where TEI types them as W3C dates.
 *
 * @example
 * DATE_ATTRIBUTES // ['when', 'notBefore', 'notAfter', 'from', 'to']
 */
export const DATE_ATTRIBUTES: readonly string[] = ['when', 'notBefore', 'notAfter', 'from', 'to'];
const CHECKED: ReadonlySet<string> = new Set(DATE_ATTRIBUTES);
const FORMS = ['YYYY', 'YYYY-MM', 'YYYY-MM-DD', '--MM-DD', 'YYYY-MM-DDThh:mm:ss'];

/**
 * `date-format`: `@when`, `@notBefore`, `@notAfter`, `@from` and `@to` hold W3C dates (teidata.temporal.w3c):
 * `1964`, `1964-10`, `1964-10-16`, `--10-16`, `1964-10-16T10:30:00`, `-0044-03-15` (years before 1 are
 * negative; `0000` is 1 BCE, as in XML Schema 1.1 and TEI), with real months and days.
 *
 * Why: these attributes are what timelines, sorting and search read; `16.10.1964` or `1964-02-30` pass unnoticed
 * in most workflows. Only the elements on which TEI's schema gives these attributes that datatype are checked:
 * `@from` on `span` is a pointer and on `biblScope` a page number.
 *
 * Example: `<date when="16.10.1964">`.
 *
 * @example
 * validate(text, { rules: { 'date-format': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const dateFormat = defineRule<null>({
  id: 'date-format',
  description: '@when, @notBefore, @notAfter, @from and @to hold ISO (W3C) dates.',
  severity: 'error',
  options: null,
  create: ({ report }) => ({
    enter: {
      '*'(element) {
        if (element.namespaceURI !== TEI_NS) return;
        const attributes = element.attributes;
        for (let i = 0; i < attributes.length; i++) {
          const attribute = attributes[i] as Attr;
          const name = attribute.localName ?? attribute.name;
          if (attribute.namespaceURI || !CHECKED.has(name) || !isW3cDateAttribute(element.localName ?? '', name)) continue;
          const { problem } = parseW3cDate(attribute.value);
          if (!problem) continue;
          const detail = problem === 'not an ISO date' ? `is not an ISO date (${FORMS.join(', ')})` : `is not a date: ${problem}`;
          report(attribute, `@${name}="${attribute.value}" ${detail}`, { expected: FORMS });
        }
      },
    },
  }),
});

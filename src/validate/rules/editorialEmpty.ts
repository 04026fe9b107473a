/** The edition rule `editorial-empty` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import { isEmptyElement, tag } from './support.js';

/**
 * The elements `editorial-empty` checks.
 *
 * @example
 * EDITORIAL_ELEMENTS.includes('supplied') // true
 */
export const EDITORIAL_ELEMENTS: readonly string[] = ['unclear', 'supplied', 'corr', 'sic', 'expan', 'reg', 'add', 'del'];

/**
 * `editorial-empty`: the editorial elements that carry text — `unclear`, `supplied`, `corr`, `sic`, `expan`,
 * `reg`, `add`, `del` — are not empty.
 *
 * Why: an empty `<supplied/>` or `<corr/>` is usually text lost in an edit; an intended omission has its own
 * elements (`gap`, `surplus`, `<corr>` with the corrected text). Comments and whitespace do not count as content;
 * an element child (`<del><gap/></del>`) does.
 *
 * Example: `<choice><sic>teh</sic><corr/></choice>`.
 *
 * @example
 * validate(text, { rules: { 'editorial-empty': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const editorialEmpty = defineRule<null>({
  id: 'editorial-empty',
  description: 'No empty unclear, supplied, corr, sic, expan, reg, add or del.',
  severity: 'warning',
  options: null,
  create: ({ report }) => {
    const check = (element: Element) => {
      if (isEmptyElement(element)) report(element, `empty ${tag(element)}: it has no text`);
    };
    return { enter: Object.fromEntries(EDITORIAL_ELEMENTS.map((name) => [name, check])) };
  },
});

/** The edition rule `choice-pair` (documented on its export). Browser-safe. */
import { defineRule } from '../rule.js';
import { childElements, isTeiElement, listOf, tag } from './support.js';

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['sic', 'corr'],
  ['abbr', 'expan'],
  ['orig', 'reg'],
];
const ALTERNATIVES = ['seg', 'unclear'];

/**
 * `choice-pair`: a `<choice>` holds alternatives of one kind: `sic` with `corr`, `abbr` with `expan`, `orig` with
 * `reg` (each side may repeat), or two or more `seg` or `unclear` alternatives. A nested `choice` counts as a member of
 * whatever pair surrounds it.
 *
 * Why: a choice with one child offers no choice, and a mixed pair (`sic` with `reg`) mixes an error with a
 * normalisation, so that neither a diplomatic nor a reading view can be built from it.
 *
 * Example: `<choice><sic>teh</sic></choice>`; `<choice><sic>teh</sic><reg>the</reg></choice>`.
 *
 * @example
 * validate(text, { rules: { 'choice-pair': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const choicePair = defineRule<null>({
  id: 'choice-pair',
  description: 'A choice holds a proper pair (sic/corr, abbr/expan, orig/reg) or seg/unclear alternatives.',
  severity: 'error',
  options: null,
  create: ({ report }) => ({
    enter: {
      choice(element) {
        const children = childElements(element).filter((child) => !isTeiElement(child, 'choice'));
        const names = children.map((child) => (isTeiElement(child, child.localName ?? '') ? child.localName! : child.nodeName));
        const distinct = [...new Set(names)];
        const nested = childElements(element).length - children.length;
        if (children.length + nested < 2) {
          report(element, `<choice> with ${children.length === 0 ? 'no alternatives' : `a single ${tag(children[0]!)}`}: a choice needs two alternatives (sic and corr, abbr and expan, orig and reg)`);
          return;
        }
        const pair = PAIRS.find(([a, b]) => distinct.every((n) => n === a || n === b));
        if (pair && (nested > 0 || (distinct.includes(pair[0]) && distinct.includes(pair[1])))) return;
        if (distinct.length === 1 && ALTERNATIVES.includes(distinct[0]!) && children.length + nested >= 2) return;
        if (pair) {
          const missing = distinct.includes(pair[0]) ? pair[1] : pair[0];
          report(element, `<choice> has <${distinct[0]}> without <${missing}>: pair ${listOf(pair.map((n) => `<${n}>`))}`);
          return;
        }
        report(element, `<choice> mixes ${listOf(distinct.map((n) => `<${n}>`))}: use one pair (sic and corr, abbr and expan, orig and reg) or seg alternatives`);
      },
    },
  }),
});

/** The edition rule `marginal-hand` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { isMarginalPlace } from '../../tei/conventions.js';
import { defineRule } from '../rule.js';
import { tag } from './support.js';

/**
 * `marginal-hand`: marginalia (`note` and `add` with a marginal `@place`: margin, left, right, top, bottom...) say
 * whose hand wrote them, with `@hand` or a `<handShift>` inside.
 *
 * Why: marginal notes and additions are usually in another hand than the text (a reader, an archivist, a censor),
 * and who wrote them is what an edition of them is for. What counts as marginal is teikit's convention
 * (`isMarginalPlace`), shared with `teikit info` and the HTML output. Only documents of handwritten or archival
 * sources are checked: those whose header describes hands (`handNote`) or a manuscript (`msDesc`); the marginal
 * notes of a printed book (a born-digital text, an EEBO transcription) were set by the printer, not by a hand.
 *
 * Example: `<note place="left">Archive. 30.12.64</note>` without `@hand`.
 *
 * @example
 * validate(text, { rules: { 'marginal-hand': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const marginalHand = defineRule<null>({
  id: 'marginal-hand',
  description: 'Marginal notes and additions carry a @hand (or a handShift).',
  severity: 'warning',
  options: null,
  create: ({ report }) => {
    const open: Array<{ element: Element; shifted: boolean }> = [];
    const unsigned: Array<{ element: Element; member: number }> = [];
    const manuscript = new Set<number>();
    const enter = (element: Element) => {
      const marginal = isMarginalPlace(element.getAttribute('place')) || (element.localName === 'note' && element.getAttribute('type') === 'marginal');
      if (marginal && !element.hasAttribute('hand')) open.push({ element, shifted: false });
    };
    const leave = (element: Element, state: { member: number }) => {
      const top = open[open.length - 1];
      if (top?.element !== element) return;
      open.pop();
      if (!top.shifted) unsigned.push({ element, member: state.member });
    };
    const describesSource = (_element: Element, state: { member: number }) => manuscript.add(state.member);
    return {
      enter: {
        note: enter,
        add: enter,
        handShift() {
          for (const entry of open) entry.shifted = true;
        },
        handNote: describesSource,
        msDesc: describesSource,
      },
      leave: { note: leave, add: leave },
      finish() {
        for (const { element, member } of unsigned) {
          if (!manuscript.has(member) && !manuscript.has(-1)) continue;
          const how = element.hasAttribute('place') ? `place="${element.getAttribute('place')}"` : 'type="marginal"';
          report(element, `marginal ${tag(element)} (${how}) has no @hand: say whose hand wrote it`);
        }
      },
    };
  },
});

/** The edition rule `handshift-redundant` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import { isTeiElement } from './support.js';

interface Scope {
  element: Element;
  hand: string | null;
  /** What put the hand in force: the scope's @hand or a handShift. */
  since: Element | null;
}

/**
 * `handshift-redundant`: a `<handShift>` changes the hand.
 *
 * Why: a shift to the hand already in force is noise at best, and often a wrong pointer (the shift meant another
 * hand). The hand in force is tracked per scope: a `text` (whose `@hand`, or its enclosing text's, is the starting
 * hand) or any element with `@hand` (an `add hand="#h2"`: shifts inside it change its hand only). Each handShift sets
 * the hand of the scope it is in. Before the first shift of a text without `@hand` the hand is unknown, so a first
 * shift is never reported there.
 *
 * Example: `<text hand="#h1">… <handShift new="#h1"/>`.
 *
 * @example
 * validate(text, { rules: { 'handshift-redundant': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const handShiftRedundant = defineRule<null>({
  id: 'handshift-redundant',
  description: 'A handShift changes the hand: it does not shift to the hand already in force.',
  severity: 'warning',
  options: null,
  create: ({ report }) => {
    const scopes: Scope[] = [];
    return {
      enter: {
        '*'(element) {
          const hand = element.getAttribute('hand');
          const isText = isTeiElement(element, 'text') || isTeiElement(element, 'TEI');
          if (hand === null && !isText) return;
          const outer = scopes[scopes.length - 1];
          const own = hand?.trim() || null;
          scopes.push({ element, hand: own ?? outer?.hand ?? null, since: own ? element : (outer?.since ?? null) });
        },
        handShift(element) {
          const scope = scopes[scopes.length - 1];
          const shift = element.getAttribute('new')?.trim();
          if (!scope || !shift) return;
          if (scope.hand === shift) {
            const since = scope.since as { lineNumber?: number } | null;
            report(element.getAttributeNode('new') ?? element, `<handShift new="${shift}"> shifts to the hand already in force${since?.lineNumber ? ` (since line ${since.lineNumber})` : ''}`);
          }
          scope.hand = shift;
          scope.since = element;
        },
      },
      leave: {
        '*'(element) {
          if (scopes[scopes.length - 1]?.element === element) scopes.pop();
        },
      },
    };
  },
});

/** The edition rule `gap-extent` (documented on its export). Browser-safe. */
import { defineRule } from '../rule.js';

/**
 * `gap-extent`: every `<gap>` says how much is missing: `@extent`, or `@quantity` with `@unit`, or `@atLeast`
 * and/or `@atMost` (with `@unit`), or `@dur` for recordings.
 *
 * Why: readers and tools need the size of a lacuna ("2-3 lines", "1 word") to weigh it; a quantity without a unit
 * says nothing.
 *
 * Example: `<gap reason="lost"/>`; `<gap reason="lost" quantity="3"/>` (no unit).
 *
 * @example
 * validate(text, { rules: { 'gap-extent': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const gapExtent = defineRule<null>({
  id: 'gap-extent',
  description: 'Every gap has an extent: @extent, @quantity with @unit, or @atLeast/@atMost.',
  severity: 'warning',
  options: null,
  create: ({ report }) => ({
    enter: {
      gap(element) {
        const has = (name: string) => (element.getAttribute(name) ?? '').trim() !== '';
        if (has('extent') || has('dur')) return;
        const counted = has('quantity') || has('atLeast') || has('atMost');
        if (counted && has('unit')) return;
        report(
          element,
          counted
            ? `<gap> gives a quantity without @unit: add @unit (character, word, line...)`
            : `<gap> does not say how much is missing: add @extent, or @quantity and @unit, or @atLeast/@atMost and @unit`,
        );
      },
    },
  }),
});

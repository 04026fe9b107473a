/** The edition rule `gap-in-editorial` (documented on its export). Browser-safe. */
import { defineRule } from '../rule.js';

/**
 * `gap-in-editorial`: no `<gap>` inside `<supplied>` or `<unclear>`.
 *
 * Why: supplied text is text the editor restores and unclear text is text read with doubt; a gap inside either
 * says that the same stretch is also missing, which cannot be both. Close the `supplied`/`unclear` before the
 * gap, or record the uncertainty on the gap itself (`@cert`).
 *
 * Example: `<supplied reason="lost">ab<gap reason="lost" extent="2 letters"/></supplied>`.
 *
 * @example
 * validate(text, { rules: { 'gap-in-editorial': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const gapInEditorial = defineRule<null>({
  id: 'gap-in-editorial',
  description: 'No gap inside supplied or unclear.',
  severity: 'error',
  options: null,
  create: ({ report }) => ({
    enter: {
      gap(element, state) {
        const inside = state.inside('supplied') ? 'supplied' : state.inside('unclear') ? 'unclear' : undefined;
        if (inside) report(element, `<gap> inside <${inside}>: text cannot be both ${inside} and missing; end the <${inside}> before the gap`);
      },
    },
  }),
});

/** The edition rule `gap-reason` (documented on its export). Browser-safe. */
import { defineRule } from '../rule.js';
import { tokens } from '../tei/attributes.js';
import { listOf } from './support.js';

/**
 * The reasons `gap-reason` accepts by default.
 *
 * @example
 * validate(text, { rules: { 'gap-reason': [...DEFAULT_GAP_REASONS, 'textualLoss'] } }) // extend rather than replace
 */
export const DEFAULT_GAP_REASONS: readonly string[] = [
  'cancelled',
  'damage',
  'declassified',
  'deleted',
  'editorial',
  'faded',
  'illegible',
  'inaudible',
  'irrelevant',
  'lost',
  'omitted',
  'redacted',
  'sampling',
  'signature',
  'unknown',
];

/**
 * `gap-reason`: every `<gap>` gives its reason, from a known list.
 *
 * Why: "why is text missing" decides how a gap is shown and searched (lost vs. illegible vs. omitted by the
 * editor); free-form reasons drift (`illegable`, `Faded`). Every token of `@reason` must be in the list.
 * Options: the list of reasons. The default joins TEI's suggested values (cancelled, deleted, editorial,
 * illegible, inaudible, irrelevant, sampling), those of EpiDoc and manuscript practice (lost, damage, faded,
 * omitted, unknown) and of archival records (declassified, redacted, signature):
 * `{ "gap-reason": ["lost", "illegible"] }` replaces it.
 *
 * Example: `<gap/>` (no reason), `<gap reason="illegable"/>` (not in the list).
 *
 * @example
 * validate(text, { rules: { 'gap-reason': ['lost', 'illegible', 'omitted'] } }) // a project's own list
 */
export const gapReason = defineRule<readonly string[]>({
  id: 'gap-reason',
  description: 'Every gap has a @reason from the configured list.',
  severity: 'error',
  options: DEFAULT_GAP_REASONS,
  create: ({ options, report }) => {
    const allowed = new Set(options.map(String));
    const expected = [...allowed];
    return {
      enter: {
        gap(element) {
          const reason = element.getAttribute('reason');
          if (reason === null || tokens(reason).length === 0) {
            report(element, '<gap> has no @reason: say why the text is missing', { expected });
            return;
          }
          for (const token of tokens(reason)) {
            if (allowed.has(token)) continue;
            report(element.getAttributeNode('reason') ?? element, `unknown gap reason "${token}": expected ${listOf(expected, 'or')}`, { token, expected });
          }
        },
      },
    };
  },
});

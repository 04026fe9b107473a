/** The edition rule `header-licence` (documented on its export). Browser-safe. */
import { defineRule } from '../rule.js';
import { childElements, isTeiElement } from './support.js';

/**
 * `header-licence`: the publication statement says on what terms the edition may be used: an `<availability>`
 * with a `<licence>` or a paragraph.
 *
 * Why: editions are published to be reused, and reuse needs terms; an edition without them cannot be reused
 * safely, nor aggregated into corpora. Checked for every `publicationStmt` of a TEI document's `fileDesc`.
 *
 * Example: `<publicationStmt><publisher>…</publisher></publicationStmt>`.
 *
 * @example
 * validate(text, { rules: { 'header-licence': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const headerLicence = defineRule<null>({
  id: 'header-licence',
  description: 'The publication statement gives the terms of use: availability with a licence.',
  severity: 'warning',
  options: null,
  create: ({ report }) => ({
    enter: {
      publicationStmt(element, state) {
        if (!state.inside('fileDesc') || state.inside('sourceDesc')) return;
        const licensed = childElements(element).some(
          (c) => isTeiElement(c, 'availability') && childElements(c).some((t) => (isTeiElement(t, 'licence') || isTeiElement(t, 'p')) && (t.textContent ?? '').trim() !== '' || t.hasAttribute('target')),
        );
        if (!licensed) report(element, '<publicationStmt> gives no terms of use: add <availability> with a <licence>');
      },
    },
  }),
});

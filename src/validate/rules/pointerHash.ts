/** The edition rule `pointer-hash` (documented on its export). Browser-safe. */
import { defineRule } from '../rule.js';

/**
 * `pointer-hash`: a pointer token without `#` that equals an `xml:id` of the document is probably a local pointer
 * missing its `#`.
 *
 * Why: `hand="h1"` is a relative URI (a file named h1), not the hand `h1`; schemas accept it and processors then
 * fail to find the hand. Tokens with `:`, `/` or `.` (URLs, files, prefixed pointers) are left alone.
 *
 * Example: `<add hand="h1">` with a `<handNote xml:id="h1">` is reported: did you mean "#h1"?
 *
 * @example
 * validate(text, { rules: { 'pointer-hash': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const pointerHash = defineRule<null>({
  id: 'pointer-hash',
  description: 'A pointer that names an xml:id starts with #.',
  severity: 'warning',
  options: null,
  create: ({ index, report }) => ({
    finish() {
      for (const pointer of index.pointers) {
        if (pointer.id !== undefined || /[#:/.]/.test(pointer.token) || !index.ids.has(pointer.token)) continue;
        report(pointer.attribute, `@${pointer.name}="${pointer.token}" is a relative URI, not a local pointer: did you mean "#${pointer.token}"?`, {
          token: pointer.token,
          expected: [`#${pointer.token}`],
        });
      }
    },
  }),
});

/** The edition rule `detached-note-target` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import { isTeiElement, xmlId } from './support.js';

const CONTAINERS = ['standOff', 'noteGrp', 'listAnnotation', 'back'];

/**
 * `detached-note-target`: a note outside the text flow says what it annotates.
 *
 * Why: a note inside a paragraph annotates the place where it stands; a note gathered elsewhere — a child of
 * `<standOff>`, `<noteGrp>` or `<listAnnotation>`, or of `<back>` or a division of the back — has no place of its own,
 * and only `@target` (or `@targetEnd`) ties it to the passage. A note that a pointer in the text names
 * (`<ptr target="#n1"/>`, the usual way to link endnotes) is tied from the other side and is fine too. Notes that
 * are part of something else (a `<person>` of a register, a `<bibl>`, another note) and notes of the header are
 * not annotations of the text and are not checked.
 *
 * Example: `<back><note xml:id="n1">...</note></back>` that nothing points to and that has no `@target`.
 *
 * @example
 * validate(text, { rules: { 'detached-note-target': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const detachedNoteTarget = defineRule<null>({
  id: 'detached-note-target',
  description: 'A note outside the text flow (back, standOff, noteGrp) has a @target (or is pointed at).',
  severity: 'error',
  options: null,
  create: ({ index, report }) => {
    const detached: Array<{ element: Element; where: string }> = [];
    return {
      enter: {
        note(element, state) {
          if (state.inside('note') || state.inside('teiHeader')) return;
          const parent = element.parentNode as Element | null;
          const where = CONTAINERS.find((name) => isTeiElement(parent, name)) ?? (isTeiElement(parent, 'div') && state.inside('back') ? 'back' : undefined);
          if (where) detached.push({ element, where });
        },
      },
      finish() {
        for (const { element, where } of detached) {
          if ((element.getAttribute('target') ?? element.getAttribute('targetEnd') ?? '').trim() !== '') continue;
          const id = xmlId(element);
          if (id && index.referenced.has(id)) continue;
          report(element, `<note> in <${where}> is not tied to the text: give it a @target pointing at the passage it annotates (or point at it from the text)`);
        }
      },
    };
  },
});

/** The edition rule `hand-declared` (documented on its export). Browser-safe. */
import type { Attr } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import { isHandPointer } from './pointerResolves.js';

const RELATED_AT_MOST = 5;

/**
 * `hand-declared`: a document that uses hands (`@hand`, `<handShift new>`) declares them: a `<handNote>` in a
 * `handDesc` (or `handNotes`) of its header.
 *
 * Why: hands are described once in the header and pointed at from the text; without the declarations the
 * pointers describe nothing. Reported once per document (per member of a teiCorpus; a handNote in the corpus
 * header counts for every member), at the first use, with the next uses as related locations. Each dangling
 * pointer is also reported by `pointer-resolves`. A fragment (a file whose root is not `TEI`) has no header of its
 * own: its hands are declared in the document that includes it, so it is not checked here; nor is a document whose
 * `xi:include`s were not followed and that declares no hand (an included header part may).
 *
 * Example: `<add hand="#h7">` in a document without any `<handNote>`.
 *
 * @example
 * validate(text, { rules: { 'hand-declared': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const handDeclared = defineRule<null>({
  id: 'hand-declared',
  description: 'A document that uses hands (@hand, handShift) declares them in a handDesc.',
  severity: 'error',
  options: null,
  create: (context) => {
    const { index, report } = context;
    const declared = new Set<number>();
    return {
      enter: {
        handNote(_element, state) {
          declared.add(state.member);
        },
      },
      finish() {
        if (declared.has(-1) || ((context.fragment || context.unresolvedIncludes) && declared.size === 0)) return;
        const uses = new Map<number, Attr[]>();
        for (const pointer of index.pointers) {
          if (!isHandPointer(pointer) || declared.has(pointer.member)) continue;
          const list = uses.get(pointer.member) ?? [];
          if (list[list.length - 1] !== pointer.attribute) list.push(pointer.attribute);
          uses.set(pointer.member, list);
        }
        for (const [, attributes] of uses) {
          const [first, ...rest] = attributes;
          if (!first) continue;
          report(first, `@${first.localName ?? first.name} uses a hand, but the header declares none: describe each hand in a <handNote xml:id="..."> in <handDesc>`, {
            related: rest.slice(0, RELATED_AT_MOST).map((node) => ({ node, message: 'another use of a hand' })),
          });
        }
      },
    };
  },
});

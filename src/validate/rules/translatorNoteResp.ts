/** The edition rule `translator-note-resp` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import { localId, tokens } from '../tei/attributes.js';
import { childElements, isTeiElement, normalizedResp } from './support.js';

const TRANSLATION = /translat|übersetz|uebersetz|перев|tradu|tłumacz/i;

/**
 * `translator-note-resp`: a translator's note (`note[@type="translator"]`) has a `@resp` that points at a
 * translator.
 *
 * Why: a translator's note speaks for the translator, not for the editor, and the reader must be able to tell
 * whose voice it is. A translator is declared in the header: a `<respStmt>` whose `<resp>` mentions translation
 * (translat-, Übersetz-, перев-, tradu-, tłumacz-), or an `author`/`editor` with `@role` "translator". Its
 * translators are the respStmt itself, its `persName`/`orgName`/`name` children, the `person`/`org` those point at
 * with `@ref`, and such an author or editor and its `@ref`. Pointers that do not resolve are left to
 * `pointer-resolves`.
 *
 * Example: `<note type="translator" resp="#teikit">` where `#teikit` is the encoding respStmt.
 *
 * @example
 * validate(text, { rules: { 'translator-note-resp': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const translatorNoteResp = defineRule<null>({
  id: 'translator-note-resp',
  description: "A translator's note has a @resp pointing at a translator declared in the header.",
  severity: 'error',
  options: null,
  create: ({ index, report }) => {
    const notes: Element[] = [];
    const declarations: Element[] = [];
    return {
      enter: {
        note(element) {
          if (tokens(element.getAttribute('type') ?? '').includes('translator')) notes.push(element);
        },
        respStmt(element) {
          declarations.push(element);
        },
        editor(element) {
          if (TRANSLATION.test(element.getAttribute('role') ?? '')) declarations.push(element);
        },
        author(element) {
          if (TRANSLATION.test(element.getAttribute('role') ?? '')) declarations.push(element);
        },
      },
      finish() {
        if (notes.length === 0) return;
        const translators = new Set<Element>();
        const add = (element: Element) => {
          translators.add(element);
          for (const token of tokens(element.getAttribute('ref') ?? '')) {
            const id = localId(token);
            const target = id === undefined ? undefined : index.ids.get(id)?.[0];
            if (target) translators.add(target);
          }
        };
        for (const declaration of declarations) {
          if (isTeiElement(declaration, 'respStmt') && !TRANSLATION.test(normalizedResp(declaration))) continue;
          add(declaration);
          for (const child of childElements(declaration)) if (!isTeiElement(child, 'resp')) add(child);
        }
        for (const note of notes) {
          const resp = note.getAttribute('resp');
          if (resp === null || tokens(resp).length === 0) {
            report(note, `translator's note without @resp: point it at the translator (declared in a <respStmt> whose <resp> mentions translation)`);
            continue;
          }
          const targets = tokens(resp).map((token) => [token, index.ids.get(localId(token) ?? '')?.[0]] as const);
          const resolved = targets.filter(([, target]) => target);
          if (resolved.length === 0 || resolved.some(([, target]) => translators.has(target!))) continue;
          const [token] = resolved[0]!;
          report(note.getAttributeNode('resp') ?? note, `@resp="${resp.trim()}" on a translator's note does not point at a translator: declare the translator in a <respStmt> whose <resp> mentions translation`, { token });
        }
      },
    };
  },
});

/** The edition rule `language-declared` (documented on its export). Browser-safe. */
import type { Attr, Element } from '@xmldom/xmldom';
import { XML_NS } from '../../parse/parseTei.js';
import { defineRule } from '../rule.js';
import { isTeiElement } from './support.js';

/**
 * `language-declared`: every language of the text (`xml:lang` on the root, on `text` and inside `text` or `standOff`) is declared
 * in the header's `langUsage` (a `<language ident>` equal to it or to its primary part: `de` covers `de-AT`).
 *
 * Why: `langUsage` is where processors and catalogues learn a document's languages, and where a tag such as `ru`
 * or `grc-Latn` is named for readers; an undeclared tag is often a typo (`en-GB` vs `en-UK`). Reported once per
 * undeclared tag, at its first use; in a teiCorpus, per member (the corpus header's declarations count for all).
 *
 * Example: `<text xml:lang="de">` with `<langUsage><language ident="en"/></langUsage>`.
 *
 * @example
 * validate(text, { rules: { 'language-declared': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const languageDeclared = defineRule<null>({
  id: 'language-declared',
  description: 'Every xml:lang used in the text is declared in langUsage.',
  severity: 'warning',
  options: null,
  create: ({ report }) => {
    const declared = new Map<number, Set<string>>();
    const used = new Map<number, Map<string, Attr>>();
    return {
      enter: {
        language(element, state) {
          const ident = element.getAttribute('ident')?.trim().toLowerCase();
          if (!ident || !state.inside('langUsage')) return;
          declared.set(state.member, (declared.get(state.member) ?? new Set()).add(ident));
        },
        '*'(element: Element, state) {
          const attribute = element.getAttributeNodeNS(XML_NS, 'lang');
          if (!attribute) return;
          const inText = state.inside('text') || state.inside('standOff') || ['text', 'TEI', 'teiCorpus'].some((name) => isTeiElement(element, name));
          if (!inText) return;
          const tag = attribute.value.trim();
          if (tag === '') return;
          const tags = used.get(state.member) ?? new Map<string, Attr>();
          if (!tags.has(tag)) tags.set(tag, attribute);
          used.set(state.member, tags);
        },
      },
      finish() {
        const corpus = declared.get(-1) ?? new Set<string>();
        for (const [member, tags] of used) {
          const own = declared.get(member) ?? new Set<string>();
          for (const [tag, attribute] of tags) {
            const lower = tag.toLowerCase();
            const covered = [...own, ...corpus].some((ident) => ident === lower || lower.startsWith(`${ident}-`));
            if (covered) continue;
            const none = own.size === 0 && corpus.size === 0;
            report(attribute, none ? `xml:lang="${tag}" is used, but the header declares no languages: add <langUsage> with <language ident="${tag}">` : `language "${tag}" is not declared in <langUsage>: add <language ident="${tag}">`);
          }
        }
      },
    };
  },
});

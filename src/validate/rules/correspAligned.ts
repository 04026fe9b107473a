/** The edition rule `corresp-aligned` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import { localId, tokens } from '../tei/attributes.js';
import { isTeiElement, xmlId } from './support.js';

const ALIGNED = ['p', 'ab'];

interface Unit {
  element: Element;
  text: Element;
  inBody: boolean;
}

/**
 * `corresp-aligned`: paragraphs of parallel texts (an original and its translation, as `text` elements of a
 * `group`) that are aligned with `@corresp` pair one to one, both ways.
 *
 * Why: a parallel view shows each paragraph beside its counterpart; a pointer that is not returned, a paragraph
 * aligned with two, or one left out of an otherwise aligned text shows as a hole or a misalignment. Only `p` and
 * `ab` pointing at a `p` or `ab` in another `text` count as alignment (an editorial note's `@corresp` is not); once
 * a text has aligned paragraphs, each paragraph of its `body` is expected to have a counterpart. Warnings: the
 * encoding may be deliberate.
 *
 * Example: `<p xml:id="ru-p1" corresp="#en-p1">` while en-p1 says `corresp="#ru-p2"`.
 *
 * @example
 * validate(text, { rules: { 'corresp-aligned': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const correspAligned = defineRule<null>({
  id: 'corresp-aligned',
  description: 'Paragraphs of an original and its translation aligned by @corresp pair one to one, both ways.',
  severity: 'warning',
  options: null,
  create: ({ index, report }) => {
    const units = new Map<Element, Unit>();
    const texts: Element[] = [];
    const visit = (element: Element, state: { inside(name: string): number }) => {
      const text = texts[texts.length - 1];
      if (text && !state.inside('note')) units.set(element, { element, text, inBody: state.inside('body') > 0 });
    };
    return {
      enter: {
        text(element) {
          texts.push(element);
        },
        p: visit,
        ab: visit,
      },
      leave: {
        text() {
          texts.pop();
        },
      },
      finish() {
        // Alignment links: a unit pointing at a unit of another text.
        const links = new Map<Element, Unit[]>();
        const incoming = new Map<Element, Unit[]>();
        for (const unit of units.values()) {
          for (const token of tokens(unit.element.getAttribute('corresp') ?? '')) {
            const id = localId(token);
            const target = id === undefined ? undefined : index.ids.get(id)?.[0];
            const other = target && units.get(target);
            if (!other || other.text === unit.text || !ALIGNED.some((n) => isTeiElement(target, n))) continue;
            links.set(unit.element, [...(links.get(unit.element) ?? []), other]);
            incoming.set(other.element, [...(incoming.get(other.element) ?? []), unit]);
          }
        }
        const alignedTexts = new Set([...links.keys()].map((e) => units.get(e)!.text));
        const at = (unit: Unit) => unit.element.getAttributeNode('corresp') ?? unit.element;
        const name = (unit: Unit) => (xmlId(unit.element) ? `"${xmlId(unit.element)}"` : `<${unit.element.localName}>`);
        for (const unit of units.values()) {
          const out = links.get(unit.element) ?? [];
          for (const other of out) {
            const back = links.get(other.element) ?? [];
            if (!back.some((u) => u.element === unit.element)) {
              report(at(unit), `${name(unit)} is aligned with ${name(other)}, which does not point back (its @corresp should name "#${xmlId(unit.element) ?? '?'}")`, {
                related: [{ node: at(other), message: `the counterpart ${name(other)}` }],
              });
            }
          }
          const perText = new Map<Element, Unit[]>();
          for (const other of out) perText.set(other.text, [...(perText.get(other.text) ?? []), other]);
          for (const group of perText.values()) {
            if (group.length > 1) report(at(unit), `${name(unit)} is aligned with ${group.length} paragraphs of the other text (${group.map(name).join(', ')}): align one to one`);
          }
          const from = incoming.get(unit.element) ?? [];
          const byText = new Map<Element, Unit[]>();
          for (const source of from) byText.set(source.text, [...(byText.get(source.text) ?? []), source]);
          for (const group of byText.values()) {
            if (group.length > 1) report(at(unit), `${name(unit)} is the counterpart of ${group.length} paragraphs (${group.map(name).join(', ')}): align one to one`);
          }
          if (out.length === 0 && from.length === 0 && unit.inBody && alignedTexts.has(unit.text)) {
            report(unit.element, `${name(unit)} has no counterpart in the parallel text: the other paragraphs of this text are aligned with @corresp`);
          }
        }
      },
    };
  },
});

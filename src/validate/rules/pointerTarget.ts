/** The edition rule `pointer-target` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import { isTeiElement, listOf, tag } from './support.js';

interface Expectation {
  /** The elements the pointer may name. */
  targets: readonly string[];
  /** Elements also accepted when their parent is one of these (persName inside respStmt). */
  inside?: { names: readonly string[]; parents: readonly string[] };
}

const PLACE_NAMES = ['placeName', 'settlement', 'region', 'country', 'district', 'bloc', 'geogName'];
const AGENT: Expectation = {
  targets: ['person', 'personGrp', 'org', 'respStmt', 'author', 'editor', 'principal'],
  inside: { names: ['persName', 'orgName', 'name'], parents: ['respStmt'] },
};

/** The expectation for attribute `name` on the TEI element `element`, if the rule checks it. */
function expectationFor(element: string, name: string): Expectation | undefined {
  switch (name) {
    case 'hand':
      return { targets: ['handNote'] };
    case 'new':
      return element === 'handShift' ? { targets: ['handNote'] } : undefined;
    case 'scribeRef':
      return { targets: ['person', 'personGrp'] };
    case 'scriptRef':
      return { targets: ['scriptNote'] };
    case 'resp':
      return AGENT;
    case 'ref':
      if (element === 'persName') return { targets: ['person', 'personGrp', 'persona'] };
      if (PLACE_NAMES.includes(element)) return { targets: ['place'] };
      if (element === 'orgName') return { targets: ['org'] };
      return undefined;
    case 'scheme':
      return ['catRef', 'classCode', 'keywords'].includes(element) ? { targets: ['taxonomy'] } : undefined;
    case 'target':
      return element === 'catRef' ? { targets: ['category'] } : undefined;
    case 'calendar':
      return { targets: ['calendar'] };
    case 'wit':
      return { targets: ['witness'] };
    case 'rendition':
      return { targets: ['rendition'] };
    case 'change':
      return { targets: ['change'] };
    default:
      return undefined;
  }
}

function accepts(expectation: Expectation, target: Element): boolean {
  if (expectation.targets.some((name) => isTeiElement(target, name))) return true;
  const inside = expectation.inside;
  const parent = target.parentNode as Element | null;
  return !!inside && inside.names.some((name) => isTeiElement(target, name)) && inside.parents.some((name) => isTeiElement(parent, name));
}

function describe(expectation: Expectation): string {
  const names = expectation.targets.map((t) => `<${t}>`);
  if (expectation.inside) names.push(`a ${expectation.inside.names.map((n) => `<${n}>`).join('/')} in a <${expectation.inside.parents[0]}>`);
  return listOf(names, 'or');
}

/**
 * `pointer-target`: a pointer names the right kind of element.
 *
 * Why: `hand="#p1"` pointing at a `<person>` resolves, and is still wrong: a hand is a `<handNote>`. TEI's schema
 * cannot say what a pointer should point at; this table does:
 * - `@hand`, `handShift/@new` → `handNote`; `@scribeRef` → `person`, `personGrp`; `@scriptRef` → `scriptNote`
 * - `@resp` → an agent: `person`, `personGrp`, `org`, `respStmt`, a `persName`/`orgName`/`name` inside a
 *   `respStmt`, or an `author`, `editor` or `principal` of the title statement
 * - `@ref` on `persName` → `person`, `personGrp`, `persona`; on `placeName` (and `settlement`, `region`, `country`,
 *   `district`, `bloc`, `geogName`) → `place`; on `orgName` → `org`
 * - `@scheme` on `catRef`/`classCode`/`keywords` → `taxonomy`; `catRef/@target` → `category`
 * - `@calendar` → `calendar`; `@wit` → `witness`; `@rendition` → `rendition`; `@change` → `change`
 * Pointers that do not resolve are left to `pointer-resolves`, and `@facs` to `facs-target`.
 *
 * Example: `<persName ref="#cuba">` where `cuba` is a `<place>`: expected a person, personGrp or persona.
 *
 * @example
 * validate(text, { rules: { 'pointer-target': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const pointerTarget = defineRule<null>({
  id: 'pointer-target',
  description: 'A pointer names the right kind of element (@hand a handNote, @ref on persName a person...).',
  severity: 'error',
  options: null,
  create: ({ index, report }) => ({
    finish() {
      for (const pointer of index.pointers) {
        if (pointer.id === undefined) continue;
        const expectation = expectationFor(pointer.element.localName ?? '', pointer.name);
        if (!expectation) continue;
        const target = index.resolve(pointer);
        if (!target || accepts(expectation, target)) continue;
        report(pointer.attribute, `@${pointer.name} on ${tag(pointer.element)} points to "${pointer.token}", a ${tag(target)}; expected ${describe(expectation)}`, {
          token: pointer.token,
          expected: expectation.targets.map((t) => `<${t}>`),
        });
      }
    },
  }),
});

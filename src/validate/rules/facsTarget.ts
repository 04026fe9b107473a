/** The edition rule `facs-target` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { TEI_NS } from '../../parse/parseTei.js';
import type { Severity } from '../diagnostic.js';
import { defineRule } from '../rule.js';
import { listOf, tag } from './support.js';

/**
 * What a local `@facs` pointer may name: a region of a surface (TEI's att.coordinated: `surface`, `zone`, `line`,
 * `path`), a group of surfaces, or an image.
 */
const FACS_TARGETS = ['surface', 'surfaceGrp', 'zone', 'line', 'path', 'graphic', 'media'];
const FACS_TARGET_SET = new Set(FACS_TARGETS);

/** Schemes that never lead to an image a reader may follow: scripts, inline data, the editor's own disk. */
const REFUSED_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file']);

/** `a` or `an` before a tag, as it is read aloud: "an <anchor>", "a <p>". */
function article(element: Element): string {
  return /^[aeiou]/i.test(element.localName ?? '') ? 'an' : 'a';
}

interface Finding {
  message: string;
  severity?: Severity;
}

/**
 * What is wrong with a `@facs` token that is not a local pointer (`#id`), if anything. `prefixes` are the private
 * URI schemes the document declares (`prefixDef/@ident`).
 */
function urlProblem(token: string, prefixes: ReadonlySet<string>): Finding | undefined {
  if (token.startsWith('#')) return undefined; // an XPointer (#xpath(...)): not ours to read
  if (/^[A-Za-z]:[\\/]/.test(token) || token.includes('\\')) {
    return { message: `"${token}" is a path on a disk, not a URL: give a relative URL with "/" ("scans/p1.jpg")` };
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(token)?.[1];
  if (scheme !== undefined) {
    const lower = scheme.toLowerCase();
    if (lower === 'http' || lower === 'https') {
      return /^https?:\/\/[^/?#\s]/i.test(token) ? undefined : { message: `"${token}" is not a URL: an http(s) URL names a host ("https://host/path")` };
    }
    if (prefixes.has(scheme)) return undefined;
    if (REFUSED_SCHEMES.has(lower)) {
      return { message: `"${token}" is a ${lower}: URL, which no edition can show: point at a <surface>, <zone> or <graphic> ("#id"), or give an http(s) or relative URL` };
    }
    return {
      message: `"${token}" uses the scheme "${scheme}:", which is neither http(s) nor declared by a <prefixDef ident="${scheme}">: declare it, or give an http(s) or relative URL`,
      severity: 'warning',
    };
  }
  if (token.startsWith('//')) {
    return { message: `"${token}" leaves out the scheme: write "https:${token}"`, severity: 'warning' };
  }
  return undefined;
}

/**
 * `facs-target`: each token of `@facs` points at a surface, a zone or an image (`#id`), or is an http(s) or
 * relative URL.
 *
 * Why: `@facs` links the text to the facsimile: a page break to its page image, a line to the zone it occupies.
 * A pointer to a paragraph or a person resolves and still shows no image; a `javascript:` or `C:\scans\p1.jpg`
 * never will. What a `#id` may name: a `surface`, `surfaceGrp`, `zone`, `line` or `path` (a region of a surface),
 * a `graphic` or `media` (an image). What else is accepted: http(s) URLs (with a host), relative URLs (`p1.jpg`,
 * `../img/p1.jpg`, `page.xml#z1`), and private schemes declared by a `prefixDef`. An undeclared scheme
 * (`iiif:page.jpg`) is a warning: a project's software may know it, TEI does not. A `#id` that names nothing is left
 * to `pointer-resolves`; a token that equals an `xml:id` but lacks its `#` to `pointer-hash`.
 *
 * Example: `<pb facs="#p1"/>` where `p1` is a `<p>`: "points to a <p>; expected <surface>, <zone>, …";
 * `<pb facs="javascript:alert(1)"/>`; `<lb facs="iiif:page.jpg/1,2,3,4"/>` without `<prefixDef ident="iiif">`
 * (a warning).
 *
 * @example
 * validate(text, { rules: { 'facs-target': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const facsTarget = defineRule<null>({
  id: 'facs-target',
  description: '@facs points at a surface, zone or image (#id), or is an http(s) or relative URL.',
  severity: 'error',
  options: null,
  create: ({ index, report }) => {
    const prefixes = new Set<string>();
    return {
      enter: {
        prefixDef(element) {
          const ident = element.getAttribute('ident')?.trim();
          if (ident) prefixes.add(ident);
        },
      },
      finish() {
        for (const pointer of index.pointers) {
          if (pointer.name !== 'facs') continue;
          if (pointer.id === undefined) {
            const problem = urlProblem(pointer.token, prefixes);
            if (!problem) continue;
            report(pointer.attribute, `@facs on ${tag(pointer.element)}: ${problem.message}`, {
              token: pointer.token,
              ...(problem.severity ? { severity: problem.severity } : {}),
            });
            continue;
          }
          const target = index.resolve(pointer);
          if (!target || (target.namespaceURI === TEI_NS && FACS_TARGET_SET.has(target.localName ?? ''))) continue;
          report(pointer.attribute, `@facs on ${tag(pointer.element)} points to "${pointer.token}", ${article(target)} ${tag(target)}; expected ${listOf(FACS_TARGETS.map((t) => `<${t}>`), 'or')}`, {
            token: pointer.token,
            expected: FACS_TARGETS.map((t) => `<${t}>`),
          });
        }
      },
    };
  },
});

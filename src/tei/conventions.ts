/**
 * Encoding conventions teikit reads the same way everywhere (info, HTML, rules, importer).
 * See tei/README.md for the profile they come from.
 */
import type { ElementNode } from '../model/nodes.js';

/**
 * `@place` values that put a note or addition outside the main text block, i.e. marginalia.
 * Interlinear (`above`, `below`, `inline`) and editorial placements (`foot`, `end`) are not marginal.
 */
const MARGINAL_PLACES = /^(margin\S*|left|right|top|bottom|opposite|overleaf|inner|outer)$/i;

/** True when any token of a `@place` value is a marginal placement (`margin`, `left`, `bottom`...). */
export function isMarginalPlace(place: string | null | undefined): boolean {
  return !!place && place.trim().split(/\s+/).some((token) => MARGINAL_PLACES.test(token));
}

/**
 * A note's own label: a `label` child before any text of the note, as importers write the archive's words
 * ("Handwritten note at the bottom of the first page"). It names the note rather than being part of its text;
 * the stylesheets read it the same way (tk:own-label in xslt/common/notes.xsl).
 */
export function ownLabel(note: ElementNode): ElementNode | undefined {
  for (const child of note.children) {
    if (child.type === 'element') return child.name === 'label' ? child : undefined;
    if (child.type === 'text' && child.value.trim()) return undefined;
  }
  return undefined;
}

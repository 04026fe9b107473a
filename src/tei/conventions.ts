/**
 * Encoding conventions teikit reads the same way everywhere (info, HTML, rules, importer).
 * See tei/README.md for the profile they come from.
 */

/**
 * `@place` values that put a note or addition outside the main text block, i.e. marginalia.
 * Interlinear (`above`, `below`, `inline`) and editorial placements (`foot`, `end`) are not marginal.
 */
const MARGINAL_PLACES = /^(margin\S*|left|right|top|bottom|opposite|overleaf|inner|outer)$/i;

/** True when any token of a `@place` value is a marginal placement (`margin`, `left`, `bottom`...). */
export function isMarginalPlace(place: string | null | undefined): boolean {
  return !!place && place.trim().split(/\s+/).some((token) => MARGINAL_PLACES.test(token));
}

/** Which attribute values are pointers or W3C dates, and the local `#id` pointers in them. Browser-safe. */
import { POINTER_ATTRIBUTES, W3C_DATE_ATTRIBUTES } from './attributeTypes.js';

/**
 * Is `attribute` (no namespace) a pointer on the TEI element `element`? From TEI's own schema: @from is a pointer
 * on `span` and a date on `date`.
 *
 * @example
 * isPointerAttribute('handShift', 'new') // true
 * isPointerAttribute('shift', 'new')     // false
 */
export function isPointerAttribute(element: string, attribute: string): boolean {
  const on = POINTER_ATTRIBUTES[attribute];
  return on === true || (on !== undefined && on.includes(element));
}

/**
 * Is `attribute` (no namespace) a W3C date (teidata.temporal.w3c) on the TEI element `element`?
 *
 * @example
 * isW3cDateAttribute('date', 'from')     // true
 * isW3cDateAttribute('biblScope', 'from') // false: a page number
 */
export function isW3cDateAttribute(element: string, attribute: string): boolean {
  const on = W3C_DATE_ATTRIBUTES[attribute];
  return on === true || (on !== undefined && on.includes(element));
}

/**
 * The id a pointer token names when it is a local pointer (`#h1` → `h1`); undefined for anything else: other
 * files, URLs, prefixed pointers (`pers:goldberg`) and XPointer schemes (`#xpath(...)`, `#range(...)`).
 *
 * @example
 * localId('#h1')           // 'h1'
 * localId('other.xml#h1')  // undefined
 */
export function localId(token: string): string | undefined {
  if (token.length < 2 || token[0] !== '#' || token.includes('(')) return undefined;
  return token.slice(1);
}

/**
 * The whitespace-separated tokens of an attribute value.
 *
 * @example
 * tokens(' #a  #b ') // ['#a', '#b']
 */
export function tokens(value: string): string[] {
  const trimmed = value.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

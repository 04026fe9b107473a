/**
 * The checks the builders make, so that what they build is valid TEI as far as one element can tell: attribute
 * values of the right datatype (pointers that are URIs, numbers, token lists, W3C dates, xml:id names), and
 * content that fits (no text in a `gap`, nothing in an `lb`). Each failure is a TeiModelError naming the field.
 * Browser-safe.
 */
import { TEI_NS } from '../parse/prolog.js';
import { refuseForbidden } from '../serialize/escape.js';
import { TeiModelError } from './errors.js';
import type { ElementChild, ElementNode } from './nodes.js';

/** A value the builders accept for an attribute. Arrays are token lists; `null`/`undefined` leave it out. @example const v: AttributeValue = ['#a', '#b'] */
export type AttributeValue = string | number | boolean | Date | readonly string[] | null | undefined;

/** How an attribute's value is checked and written. */
type Datatype = 'pointer' | 'pointers' | 'numeric' | 'tokens' | 'truth' | 'temporal' | 'id' | 'language' | 'text';

/** TEI attributes by datatype (teidata.pointer, teidata.numeric, teidata.enumerated lists, teidata.temporal.w3c...). */
const DATATYPES: Record<string, Datatype> = {
  hand: 'pointer',
  new: 'pointer',
  scribeRef: 'pointer',
  scriptRef: 'pointer',
  sameAs: 'pointer',
  copyOf: 'pointer',
  next: 'pointer',
  prev: 'pointer',
  scheme: 'pointer',
  resp: 'pointers',
  ref: 'pointers',
  corresp: 'pointers',
  target: 'pointers',
  targetEnd: 'pointers',
  ana: 'pointers',
  who: 'pointers',
  synch: 'pointers',
  facs: 'pointers',
  source: 'pointers',
  nymRef: 'pointers',
  rendition: 'pointers',
  edRef: 'pointers',
  quantity: 'numeric',
  atLeast: 'numeric',
  atMost: 'numeric',
  min: 'numeric',
  max: 'numeric',
  place: 'tokens',
  rend: 'tokens',
  reason: 'tokens',
  agent: 'tokens',
  anchored: 'truth',
  when: 'temporal',
  notBefore: 'temporal',
  notAfter: 'temporal',
  from: 'temporal',
  to: 'temporal',
  'xml:id': 'id',
  'xml:lang': 'language',
};

/** Attributes whose datatype above holds only on these elements (elsewhere TEI gives the name another type). */
const ONLY_ON: Record<string, readonly string[]> = {
  new: ['handShift'],
  scheme: ['catRef', 'classCode', 'keywords'],
  from: ['date'],
  to: ['date'],
};

const QNAME = /^(?:[A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*:)?[A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*$/;
const NCNAME = /^[A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*$/;
// RFC 3986/3987 URI reference: optional scheme, no spaces or characters URIs exclude, at most one '#'.
const URI_REFERENCE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?[^\s<>"{}|\\^`#]*(?:#[^\s<>"{}|\\^`#]*)?$/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const NUMERIC = /^\s*(?:-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|-?\d+\/-?\d+|-?INF|NaN)\s*$/;
// teidata.word: no control, format or separator characters.
const WORD = /^[^\p{C}\p{Z}]+$/u;
const W3C_TEMPORAL =
  /^(?:-?\d{4,}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?|--\d{2}(?:-\d{2})?|---\d{2}|\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)$/;
const LANGUAGE = /^(?:[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)?$/;

/**
 * The string to store for attribute `name` given `value`, checked against the attribute's datatype.
 * Returns undefined for `null`/`undefined` (the attribute is left out).
 *
 * @throws {TeiModelError} naming the attribute when the value does not fit.
 * @example
 * attributeValue('gap', 'quantity', 3) // '3'
 * attributeValue('note', 'resp', 'Gary Goldberg') // throws: resp is not a URI
 */
export function attributeValue(element: string, name: string, value: AttributeValue, tei = true): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!QNAME.test(name)) throw new TeiModelError(name, `"${name}" is not an attribute name`, { element });
  const local = element.slice(element.indexOf(':') + 1);
  const applies = (tei || name.startsWith('xml:')) && Object.hasOwn(DATATYPES, name) && (!Object.hasOwn(ONLY_ON, name) || ONLY_ON[name]!.includes(local));
  const datatype = applies ? DATATYPES[name]! : 'text';
  const fail = (message: string): never => {
    throw new TeiModelError(name, message, { element });
  };
  const text = stringOf(value, datatype, fail);
  refuseForbidden(text, name, element);
  switch (datatype) {
    case 'pointer':
    case 'pointers': {
      const tokens = text.trim().split(/[ \t\n\r]+/).filter(Boolean);
      if (tokens.length === 0) fail('must be a URI (e.g. "#id"), not empty');
      if (datatype === 'pointer' && tokens.length > 1) fail(`must be one URI, not "${text}" (a URI has no spaces)`);
      for (const token of tokens) checkPointer(token, datatype, fail);
      return text;
    }
    case 'numeric':
      if (!NUMERIC.test(text)) fail(`must be a number, not "${text}"`);
      return text;
    case 'tokens':
      if (text.trim() === '' || !text.trim().split(/[ \t\n\r]+/).every((token) => WORD.test(token))) {
        fail(`must be a string of one or more space-separated tokens, not "${text}"`);
      }
      return text;
    case 'truth':
      if (text !== 'true' && text !== 'false') fail(`must be true or false, not "${text}"`);
      return text;
    case 'temporal':
      if (!W3C_TEMPORAL.test(text)) fail(`must be a W3C date (e.g. 1964-10-16, 1964-10, 1964), not "${text}"`);
      return text;
    case 'id':
      if (!NCNAME.test(text)) fail(`must be an XML name without ":" (a letter or "_" first), not "${text}"`);
      return text;
    case 'language':
      if (!LANGUAGE.test(text)) fail(`must be a BCP 47 language tag (e.g. "en", "ru", "grc-Latn"), not "${text}"`);
      return text;
    default:
      return text;
  }
}

function stringOf(value: AttributeValue, datatype: Datatype, fail: (message: string) => never): string {
  if (typeof value === 'string') return value;
  if (datatype === 'tokens' && !Array.isArray(value)) {
    return fail(`must be a string of one or more space-separated tokens (or an array of them), not ${describe(value)} ${String(value)}`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(`must be a finite number, not ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail('is an invalid Date');
    return datatype === 'temporal' ? value.toISOString().slice(0, 10) : value.toISOString();
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' ');
  return fail(`must be a string, number, boolean, Date or array of strings, not ${describe(value)}`);
}

function checkPointer(token: string, datatype: 'pointer' | 'pointers', fail: (message: string) => never): void {
  if (!URI_REFERENCE.test(token) || BAD_PERCENT.test(token)) {
    fail(`${datatype === 'pointer' ? 'must be a URI' : 'must be URIs'} (e.g. "#id"), and "${token}" is not one`);
  }
  // "goldberg" is a relative URI in law, but in a TEI pointer it is nearly always a local id that lost its "#".
  if (!/[#/.:]/.test(token)) fail(`"${token}" is not a URI pointer: write "#${token}" to point to the element with xml:id "${token}"`);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array with non-strings';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Elements that have no content at all (TEI: `empty`). */
const EMPTY = new Set(['lb', 'pb', 'cb', 'handShift', 'milestone', 'anchor', 'ptr', 'catRef', 'space', 'caesura']);
/** What a `gap` may contain (model.descLike, model.certLike). */
const GAP_CONTENT = new Set(['desc', 'certainty', 'precision', 'respons']);
/** Elements whose content is elements only (alternatives and substitutions). */
const ELEMENTS_ONLY = new Set(['choice', 'subst', 'app']);

/**
 * Check that a TEI element's children fit it: nothing in an empty element (`lb`, `pb`...), no text and only
 * `desc`/`certainty`/... in a `gap`, no text in `choice`/`subst`/`app`.
 *
 * @throws {TeiModelError} with field `children`.
 * @example
 * checkContent(gapElement) // throws when the gap holds text
 */
export function checkContent(element: ElementNode): void {
  if (element.namespace !== TEI_NS) return;
  const { name, children } = element;
  const fail = (message: string): never => {
    throw new TeiModelError('children', message, { element: name });
  };
  if (EMPTY.has(name) && children.length > 0) fail(`<${name}> is always empty; it cannot have children`);
  if (name === 'gap' || ELEMENTS_ONLY.has(name)) {
    for (const child of children) {
      if (child.type === 'text' && child.value.trim() !== '') {
        fail(
          name === 'gap'
            ? `a gap marks text that is not there, so it cannot contain text ("${child.value.trim().slice(0, 30)}"); describe it in <desc> or an attribute (extent, reason)`
            : `<${name}> contains only elements (its alternatives), not text ("${child.value.trim().slice(0, 30)}")`,
        );
      }
      if (name === 'gap' && child.type === 'element' && (child.namespace !== TEI_NS || !GAP_CONTENT.has(child.name))) {
        fail(`a gap may contain only desc, certainty, precision or respons, not <${child.name}>`);
      }
    }
  }
}

/**
 * Check a child a builder was given: a text, comment or processing instruction with allowed characters.
 *
 * @throws {TeiModelError} with field `children`.
 * @example
 * checkChild({ type: 'comment', value: 'a -- b' }, 'p') // throws
 */
export function checkChild(child: ElementChild, element: string): void {
  if (child.type === 'text') refuseForbidden(child.value, 'children', element);
  else if (child.type === 'comment') {
    if (child.value.includes('--') || child.value.endsWith('-')) {
      throw new TeiModelError('children', 'a comment cannot contain "--" or end with "-"', { element });
    }
    refuseForbidden(child.value, 'children', element);
  }
}

/**
 * The XML Schema datatype library for RELAX NG (`http://www.w3.org/2001/XMLSchema-datatypes`): the built-in
 * types that TEI and project schemas use, with their facets as `param`s. Messages follow jing's wording
 * ("must be an ISO date", "must be a string matching the regular expression ...").
 */
import { DatatypeError } from './errors.js';
import {
  compareDates,
  compareDecimals,
  compareDurations,
  isUriReference,
  parseBoolean,
  parseDate,
  parseDecimal,
  parseDuration,
  parseFloating,
  type DateValue,
  type DecimalValue,
  type DurationValue,
} from './lexical.js';
import type { Datatype, IdType, ValueContext } from './types.js';
import { XsdRegexError, xsdRegex } from './xsdRegex.js';

/**
 * The datatype library URI of XML Schema datatypes in RELAX NG.
 * @example
 * createDatatype(XSD_LIBRARY, 'anyURI', [])
 */
export const XSD_LIBRARY = 'http://www.w3.org/2001/XMLSchema-datatypes';

const PRESERVE = 0;
const REPLACE = 1;
const COLLAPSE = 2;

/** How a base type reads, orders and measures its values. */
interface BaseType {
  ws: number;
  /** The lexical space in jing's words: "a URI", "an ISO date". */
  describe: string;
  parse(s: string, context?: ValueContext): unknown;
  compare?(a: unknown, b: unknown): number | undefined;
  length?(value: unknown): number;
  equal?(a: unknown, b: unknown): boolean;
  idType?: IdType;
  contextDependent?: boolean;
  /** Facets besides pattern/enumeration that apply. */
  facets: ReadonlySet<string>;
  /** Implicit bounds (integer subtypes). */
  min?: bigint;
  max?: bigint;
  /** A lexically valid literal is still invalid, with this reason (ENTITY without a DTD). */
  never?: string;
  /** Implicit minimum length (list types have at least one item). */
  minLength?: number;
}

const LENGTH_FACETS = new Set(['length', 'minLength', 'maxLength']);
const ORDER_FACETS = new Set(['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive']);
const DECIMAL_FACETS = new Set([...ORDER_FACETS, 'totalDigits', 'fractionDigits']);

const NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NCNAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`, 'u');
const NAME = new RegExp(`^[:${NAME_START}][:${NAME_CHAR}]*$`, 'u');
const NMTOKEN = new RegExp(`^[:${NAME_CHAR}]+$`, 'u');
const LANGUAGE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;

const codePoints = (v: unknown) => [...(v as string)].length;
const stringType = (ws: number, describe: string, test?: RegExp, idType: IdType = 0): BaseType => ({
  ws,
  describe,
  parse: test ? (s) => (test.test(s) ? s : undefined) : (s) => s,
  length: codePoints,
  facets: LENGTH_FACETS,
  idType,
});
const listType = (describe: string, item: RegExp, idType: IdType = 0): BaseType => ({
  ws: COLLAPSE,
  describe,
  parse: (s) => {
    const items = s === '' ? [] : s.split(' ');
    return items.every((t) => item.test(t)) ? items : undefined;
  },
  // XSD derives the list types with minLength 1; jing checks that as a facet, after the items.
  minLength: 1,
  length: (v) => (v as string[]).length,
  equal: (a, b) => (a as string[]).join(' ') === (b as string[]).join(' '),
  facets: LENGTH_FACETS,
  idType,
});
const decimalType = (integer: boolean, min?: bigint, max?: bigint): BaseType => ({
  ws: COLLAPSE,
  describe: integer ? 'an integer' : 'a decimal number',
  parse: (s) => parseDecimal(s, integer),
  compare: (a, b) => compareDecimals(a as DecimalValue, b as DecimalValue),
  equal: (a, b) => compareDecimals(a as DecimalValue, b as DecimalValue) === 0,
  facets: DECIMAL_FACETS,
  min,
  max,
});
const floatType = (single: boolean): BaseType => ({
  ws: COLLAPSE,
  describe: 'a floating-point number',
  parse: (s) => parseFloating(s, single),
  compare: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? undefined : Math.sign((a as number) - (b as number))),
  equal: (a, b) => a === b || (Number.isNaN(a) && Number.isNaN(b)),
  facets: ORDER_FACETS,
});
const dateType = (type: string, describe: string): BaseType => ({
  ws: COLLAPSE,
  describe,
  parse: (s) => parseDate(type, s),
  compare: (a, b) => compareDates(a as DateValue, b as DateValue),
  equal: (a, b) => (a as DateValue).timezone === (b as DateValue).timezone && (a as DateValue).ms === (b as DateValue).ms,
  facets: ORDER_FACETS,
});

const LONG = 2n ** 63n;
const QNAME = new RegExp(`^(?:([${NAME_START}][${NAME_CHAR}]*):)?([${NAME_START}][${NAME_CHAR}]*)$`, 'u');
const qnameType: BaseType = {
  ws: COLLAPSE,
  describe: 'an XML QName',
  parse: (s, context) => {
    const m = QNAME.exec(s);
    if (!m) return undefined;
    const ns = context ? context.scope.resolve(m[1] ?? '') : m[1] ? undefined : '';
    return ns === undefined ? undefined : `{${ns}}${m[2]}`;
  },
  length: codePoints,
  facets: LENGTH_FACETS,
  contextDependent: true,
};

/** The base types by local name. */
const TYPES: Record<string, BaseType> = {
  string: stringType(PRESERVE, 'a string'),
  normalizedString: stringType(REPLACE, 'a string'),
  token: stringType(COLLAPSE, 'a string'),
  language: stringType(COLLAPSE, 'an RFC 3066 language identifier', LANGUAGE),
  Name: stringType(COLLAPSE, 'an XML name', NAME),
  NCName: stringType(COLLAPSE, 'an XML name without colons', NCNAME),
  NMTOKEN: stringType(COLLAPSE, 'an XML NMTOKEN', NMTOKEN),
  NMTOKENS: listType('a list of XML NMTOKENs', NMTOKEN),
  ID: stringType(COLLAPSE, 'an XML name without colons', NCNAME, 1),
  IDREF: stringType(COLLAPSE, 'an XML name without colons', NCNAME, 2),
  IDREFS: listType('a list of XML names without colons', NCNAME, 3),
  ENTITY: { ...stringType(COLLAPSE, 'an XML name without colons', NCNAME), never: 'must be a name declared in the DTD as an unparsed entity' },
  ENTITIES: { ...listType('a list of XML names without colons', NCNAME), never: 'must be a name declared in the DTD as an unparsed entity' },
  anyURI: { ws: COLLAPSE, describe: 'a URI', parse: (s) => (isUriReference(s) ? s : undefined), length: codePoints, facets: LENGTH_FACETS },
  QName: qnameType,
  NOTATION: { ...qnameType, describe: 'an XML QName' },
  boolean: { ws: COLLAPSE, describe: 'a boolean', parse: parseBoolean, facets: new Set() },
  decimal: decimalType(false),
  integer: decimalType(true),
  nonPositiveInteger: decimalType(true, undefined, 0n),
  negativeInteger: decimalType(true, undefined, -1n),
  long: decimalType(true, -LONG, LONG - 1n),
  int: decimalType(true, -(2n ** 31n), 2n ** 31n - 1n),
  short: decimalType(true, -32768n, 32767n),
  byte: decimalType(true, -128n, 127n),
  nonNegativeInteger: decimalType(true, 0n),
  unsignedLong: decimalType(true, 0n, 2n ** 64n - 1n),
  unsignedInt: decimalType(true, 0n, 2n ** 32n - 1n),
  unsignedShort: decimalType(true, 0n, 65535n),
  unsignedByte: decimalType(true, 0n, 255n),
  positiveInteger: decimalType(true, 1n),
  float: floatType(true),
  double: floatType(false),
  dateTime: dateType('dateTime', 'an ISO date and time'),
  time: dateType('time', 'an ISO time'),
  date: dateType('date', 'an ISO date'),
  gYearMonth: dateType('gYearMonth', 'an ISO year and month'),
  gYear: dateType('gYear', 'a year'),
  gMonthDay: dateType('gMonthDay', 'an ISO month and day (of the form --MM-DD)'),
  gDay: dateType('gDay', 'an ISO day of the month (of the form ---DD)'),
  gMonth: dateType('gMonth', 'an ISO month (of the form --MM)'),
  duration: {
    ws: COLLAPSE,
    describe: 'a duration',
    parse: parseDuration,
    compare: (a, b) => compareDurations(a as DurationValue, b as DurationValue),
    equal: (a, b) => (a as DurationValue).months === (b as DurationValue).months && (a as DurationValue).seconds === (b as DurationValue).seconds,
    facets: ORDER_FACETS,
  },
  hexBinary: {
    ws: COLLAPSE,
    describe: 'a hexadecimal string',
    parse: (s) => (/^(?:[0-9a-fA-F]{2})*$/.test(s) ? s.toUpperCase() : undefined),
    length: (v) => (v as string).length / 2,
    facets: LENGTH_FACETS,
  },
  base64Binary: {
    ws: COLLAPSE,
    describe: 'a base64 string',
    parse: (s) => {
      const compact = s.replace(/ /g, '');
      return compact.length % 4 === 0 && /^[A-Za-z0-9+/]*(?:[AEIMQUYcgkosw048]=|[AQgw]==)?$/.test(compact) ? compact : undefined;
    },
    length: (v) => {
      const s = v as string;
      return (s.length / 4) * 3 - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
    },
    facets: LENGTH_FACETS,
  },
};

/**
 * The XSD type names this library knows.
 * @example
 * XSD_TYPE_NAMES.includes('gYearMonth') // true
 */
export const XSD_TYPE_NAMES: readonly string[] = Object.keys(TYPES);

function whiteSpace(s: string, ws: number): string {
  if (ws === PRESERVE) return s;
  if (ws === REPLACE) return s.replace(/[\t\n\r]/g, ' ');
  let clean = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c === 32 && (i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 32))) {
      clean = false;
      break;
    }
  }
  return clean ? s : s.replace(/[\t\n\r ]+/g, ' ').trim();
}

/** One facet as a check on the processed literal and its value; returns a reason or undefined. */
type Check = (literal: string, value: unknown) => string | undefined;

class XsdDatatype implements Datatype {
  readonly library = XSD_LIBRARY;
  readonly idType: IdType;
  readonly contextDependent: boolean;

  constructor(
    readonly name: string,
    private readonly base: BaseType,
    readonly params: readonly { name: string; value: string }[],
    private readonly checks: readonly Check[],
  ) {
    this.idType = base.idType ?? 0;
    this.contextDependent = base.contextDependent ?? false;
  }

  allows(text: string, context?: ValueContext): boolean {
    return this.check(text, context) === undefined;
  }

  explain(text: string, context?: ValueContext): string | undefined {
    return this.check(text, context);
  }

  parse(text: string, context?: ValueContext): unknown {
    if (this.check(text, context) !== undefined) return undefined;
    return this.base.parse(whiteSpace(text, this.base.ws), context);
  }

  equal(a: unknown, b: unknown): boolean {
    return this.base.equal ? this.base.equal(a, b) : a === b;
  }

  private check(text: string, context?: ValueContext): string | undefined {
    try {
      return this.checkValue(text, context);
    } catch (error) {
      // The lexical checks are regular expressions; on values of megabytes V8's backtracking exhausts its stack.
      if (error instanceof RangeError) return `must be ${this.base.describe} (a value of ${text.length} characters is too long to check)`;
      throw error;
    }
  }

  private checkValue(text: string, context?: ValueContext): string | undefined {
    const base = this.base;
    const literal = whiteSpace(text, base.ws);
    const value = base.parse(literal, context);
    if (value === undefined) {
      if (base.contextDependent && /^[^:]+:/.test(literal) && context) {
        const prefix = literal.slice(0, literal.indexOf(':'));
        if (context.scope.resolve(prefix) === undefined) return `must be a QName whose prefix, if any, is declared (prefix "${prefix}" is not declared)`;
      }
      return `must be ${base.describe}`;
    }
    for (const check of this.checks) {
      const reason = check(literal, value);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }
}

/**
 * Build an XSD datatype with facets.
 *
 * @throws {DatatypeError} for an unknown type, a facet the type does not have, or a facet value that is not valid.
 * @example
 * const year = createXsdDatatype('gYear', [{ name: 'minInclusive', value: '1900' }])
 * year.allows('1964') // true
 * year.explain('1850') // 'must be a year greater than or equal to 1900'
 */
export function createXsdDatatype(name: string, params: readonly { name: string; value: string }[]): Datatype {
  const base = TYPES[name];
  if (!base) throw new DatatypeError(`datatype "${name}" from library "${XSD_LIBRARY}" not recognized`);
  const checks: Check[] = [];
  const describe = base.describe;
  if (base.min !== undefined) {
    const min = base.min;
    checks.push((_, v) => ((v as DecimalValue).n < min * 10n ** BigInt((v as DecimalValue).scale) ? `must be ${describe} greater than or equal to ${min}` : undefined));
  }
  if (base.max !== undefined) {
    const max = base.max;
    checks.push((_, v) => ((v as DecimalValue).n > max * 10n ** BigInt((v as DecimalValue).scale) ? `must be ${describe} less than or equal to ${max}` : undefined));
  }
  if (base.minLength !== undefined) {
    const min = base.minLength;
    const length = base.length!;
    checks.push((_, v) => (length(v) < min ? `must be ${describe} with length at least ${min} (actual length was ${length(v)})` : undefined));
  }
  // jing reads the literal, then applies the type's own restrictions, and only then says that no entity exists.
  if (base.never) {
    const never = base.never;
    checks.push(() => never);
  }
  const enumeration: unknown[] = [];
  const enumerationLiterals: string[] = [];
  for (const { name: facet, value } of params) {
    if (facet === 'pattern') {
      let re: RegExp;
      try {
        re = xsdRegex(value);
      } catch (error) {
        if (error instanceof XsdRegexError) throw new DatatypeError(`invalid regular expression: ${error.message}`);
        throw error;
      }
      checks.push((literal) => (re.test(literal) ? undefined : `must be ${describe} matching the regular expression "${value}"`));
    } else if (facet === 'enumeration') {
      const v = base.parse(whiteSpace(value, base.ws));
      if (v === undefined) throw new DatatypeError(`"${value}" is not allowed by the base type: must be ${describe}`);
      enumeration.push(v);
      enumerationLiterals.push(value);
    } else if (facet === 'whiteSpace') {
      throw new DatatypeError('"whiteSpace" facet is not allowed as a parameter');
    } else if (LENGTH_FACETS.has(facet) && base.facets.has(facet)) {
      if (!/^\d+$/.test(value.trim())) throw new DatatypeError(`"${facet}" parameter must be non negative integer`);
      const n = Number(value.trim());
      const length = base.length!;
      if (facet === 'length') checks.push((_, v) => (length(v) !== n ? `must be ${describe} with length equal to ${n} (actual length was ${length(v)})` : undefined));
      if (facet === 'minLength') checks.push((_, v) => (length(v) < n ? `must be ${describe} with length at least ${n} (actual length was ${length(v)})` : undefined));
      if (facet === 'maxLength') checks.push((_, v) => (length(v) > n ? `must be ${describe} with length at most ${n} (actual length was ${length(v)})` : undefined));
    } else if (ORDER_FACETS.has(facet) && base.facets.has(facet)) {
      const limit = base.parse(whiteSpace(value, base.ws));
      if (limit === undefined) throw new DatatypeError(`"${value}" is not allowed by the base type: must be ${describe}`);
      const compare = base.compare!;
      const [test, words] = {
        minInclusive: [(c: number) => c >= 0, 'greater than or equal to'],
        minExclusive: [(c: number) => c > 0, 'greater than'],
        maxInclusive: [(c: number) => c <= 0, 'less than or equal to'],
        maxExclusive: [(c: number) => c < 0, 'less than'],
      }[facet as 'minInclusive'] as [(c: number) => boolean, string];
      checks.push((_, v) => {
        const c = compare(v, limit);
        return c !== undefined && test(c) ? undefined : `must be ${describe} ${words} ${value.trim()}`;
      });
    } else if ((facet === 'totalDigits' || facet === 'fractionDigits') && base.facets.has(facet)) {
      if (!/^\d+$/.test(value.trim())) throw new DatatypeError(`"${facet}" parameter must be non negative integer`);
      const n = Number(value.trim());
      if (facet === 'totalDigits') {
        if (n === 0) throw new DatatypeError('"totalDigits" parameter must be positive integer');
        checks.push((_, v) => ((v as DecimalValue).totalDigits > n ? `must be ${describe} with at most ${n} significant digits (found ${(v as DecimalValue).totalDigits} digits)` : undefined));
      } else {
        checks.push((_, v) =>
          (v as DecimalValue).fractionDigits > n
            ? `must be a decimal number with at most ${n} significant digits after the decimal point (found ${(v as DecimalValue).fractionDigits} digits)`
            : undefined,
        );
      }
    } else if (LENGTH_FACETS.has(facet) || ORDER_FACETS.has(facet) || facet === 'totalDigits' || facet === 'fractionDigits') {
      throw new DatatypeError(`parameter "${facet}" does not apply to datatype "${name}"`);
    } else {
      throw new DatatypeError(`unrecognized parameter "${facet}"`);
    }
  }
  if (enumeration.length > 0) {
    const equal = base.equal ?? ((a: unknown, b: unknown) => a === b);
    checks.push((_, v) => (enumeration.some((e) => equal(e, v)) ? undefined : `must be equal to ${enumerationLiterals.map((l) => JSON.stringify(l)).join(', ')}`));
  }
  return new XsdDatatype(name, base, params, checks);
}

/**
 * Lexical forms and value spaces of the XML Schema datatypes: parsers from (white-space processed) literals to
 * values that can be compared. Each parser returns undefined for a literal outside the lexical space. The
 * accepted forms follow jing (XSD 1.0: no year 0000, no hour 24, no `+INF`), so that teikit and jing agree.
 */

/**
 * An exact decimal: `digits` scaled by 10^-scale, without trailing fraction zeros.
 * @example
 * parseDecimal('12.50') // { kind: 'decimal', n: 125n, scale: 1, totalDigits: 3, fractionDigits: 1 }
 */
export interface DecimalValue {
  kind: 'decimal';
  n: bigint;
  scale: number;
  /** Significant digits, and digits after the point (for totalDigits/fractionDigits). */
  totalDigits: number;
  fractionDigits: number;
}

/**
 * A date/time value: milliseconds on the UTC time line (timezone applied when given).
 * @example
 * parseDate('date', '1964-10-16Z')?.timezone // true
 */
export interface DateValue {
  kind: 'date';
  ms: number;
  timezone: boolean;
}

/**
 * A duration as months and seconds (not comparable in general: see `compareDurations`).
 * @example
 * parseDuration('P1Y2D') // { kind: 'duration', months: 12, seconds: 172800 }
 */
export interface DurationValue {
  kind: 'duration';
  months: number;
  seconds: number;
}

/**
 * An xs:decimal (or, with `integerOnly`, xs:integer) literal as an exact value; undefined when it is not one.
 * @example
 * parseDecimal('+007.10')?.n // 71n (scale 1)
 * parseDecimal('1.5', true) // undefined
 */
export function parseDecimal(s: string, integerOnly = false): DecimalValue | undefined {
  const m = integerOnly ? /^([+-]?)(\d+)$/.exec(s) : /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m) return undefined;
  const intPart = m[2] ?? '';
  const fracRaw = m[3] ?? '';
  if (intPart === '' && fracRaw === '') return undefined;
  const frac = fracRaw.replace(/0+$/, '');
  const intDigits = intPart.replace(/^0+/, '');
  const digits = (intDigits + frac).replace(/^0+/, '');
  const n = BigInt((m[1] === '-' ? '-' : '') + (intDigits + frac || '0'));
  return { kind: 'decimal', n, scale: frac.length, totalDigits: Math.max(digits.length, 1), fractionDigits: frac.length };
}

/**
 * Compare two exact decimals: -1, 0 or 1.
 * @example
 * compareDecimals(parseDecimal('1.50')!, parseDecimal('1.5')!) // 0
 */
export function compareDecimals(a: DecimalValue, b: DecimalValue): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.n * 10n ** BigInt(scale - a.scale);
  const y = b.n * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

const FLOAT = /^(?:-?INF|NaN|[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)$/;

/**
 * An xs:double (or, with `single`, xs:float) literal as a number; undefined when it is not one (XSD 1.0: no `+INF`).
 * @example
 * parseFloating('-INF', false) // -Infinity
 * parseFloating('+INF', false) // undefined
 */
export function parseFloating(s: string, single: boolean): number | undefined {
  if (!FLOAT.test(s)) return undefined;
  const n = s === 'INF' ? Infinity : s === '-INF' ? -Infinity : s === 'NaN' ? NaN : Number(s);
  return single ? Math.fround(n) : n;
}

/**
 * An xs:boolean literal (`true`, `false`, `1`, `0`).
 * @example
 * parseBoolean('1') // true
 */
export function parseBoolean(s: string): boolean | undefined {
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  return undefined;
}

// ---- dates and times -------------------------------------------------------------------------------------

const YEAR = '(-?(?:[1-9]\\d{4,}|\\d{4}))';
const MONTH = '(\\d{2})';
const DAY = '(\\d{2})';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2}(?:\\.\\d+)?)';
const TZ = '(Z|[+-]\\d{2}:\\d{2})?';

/** Date/time types: their regex and which groups hold which field. */
const DATE_FORMS: Record<string, { re: RegExp; fields: ('y' | 'mo' | 'd' | 'h' | 'mi' | 's')[] }> = {
  dateTime: { re: new RegExp(`^${YEAR}-${MONTH}-${DAY}T${TIME}${TZ}$`), fields: ['y', 'mo', 'd', 'h', 'mi', 's'] },
  time: { re: new RegExp(`^${TIME}${TZ}$`), fields: ['h', 'mi', 's'] },
  date: { re: new RegExp(`^${YEAR}-${MONTH}-${DAY}${TZ}$`), fields: ['y', 'mo', 'd'] },
  gYearMonth: { re: new RegExp(`^${YEAR}-${MONTH}${TZ}$`), fields: ['y', 'mo'] },
  gYear: { re: new RegExp(`^${YEAR}${TZ}$`), fields: ['y'] },
  gMonthDay: { re: new RegExp(`^--${MONTH}-${DAY}${TZ}$`), fields: ['mo', 'd'] },
  gDay: { re: new RegExp(`^---${DAY}${TZ}$`), fields: ['d'] },
  gMonth: { re: new RegExp(`^--${MONTH}${TZ}$`), fields: ['mo'] },
};

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeap(year < 0 ? year + 1 : year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parse a date/time literal of `type` (dateTime, time, date, gYearMonth, gYear, gMonthDay, gDay, gMonth).
 * @example
 * parseDate('gYear', '1964')?.timezone // false
 * parseDate('date', '2001-02-29') // undefined
 */
export function parseDate(type: string, s: string): DateValue | undefined {
  const form = DATE_FORMS[type];
  const m = form?.re.exec(s);
  if (!form || !m) return undefined;
  const f: Record<string, number> = {};
  form.fields.forEach((name, i) => (f[name] = Number(m[i + 1])));
  const y = f.y;
  if (y !== undefined && y === 0) return undefined;
  const mo = f.mo ?? 1;
  if (mo < 1 || mo > 12) return undefined;
  const d = f.d ?? 1;
  if (d < 1 || d > daysInMonth(mo, form.fields.includes('y') ? y : undefined)) return undefined;
  const h = f.h ?? 0;
  const mi = f.mi ?? 0;
  const sec = f.s ?? 0;
  if (h > 23 || mi > 59 || sec >= 60) return undefined;
  const tz = m[form.fields.length + 1];
  let offset = 0;
  if (tz && tz !== 'Z') {
    const th = Number(tz.slice(1, 3));
    const tm = Number(tz.slice(4, 6));
    if (th > 14 || tm > 59 || (th === 14 && tm !== 0)) return undefined;
    offset = (tz[0] === '-' ? -1 : 1) * (th * 60 + tm);
  }
  const base = new Date(Date.UTC(2000, mo - 1, d, h, mi, 0, 0));
  // Reference year 1972 (a leap year) for types without a year, as XSD's order relation does.
  base.setUTCFullYear(y === undefined ? 1972 : y < 0 ? y + 1 : y);
  const ms = base.getTime() + Math.round(sec * 1000) - offset * 60_000;
  return { kind: 'date', ms, timezone: tz !== undefined };
}

const FOURTEEN_HOURS = 14 * 3600_000;

/**
 * XSD's partial order on dates: undefined when a value with a timezone and one without cannot be ordered.
 * @example
 * compareDates(parseDate('date', '1964-10-16')!, parseDate('date', '1964-10-17')!) // -1
 */
export function compareDates(a: DateValue, b: DateValue): number | undefined {
  if (a.timezone === b.timezone) return Math.sign(a.ms - b.ms);
  const [withTz, withoutTz, flip] = a.timezone ? [a, b, 1] : [b, a, -1];
  if (withTz.ms < withoutTz.ms - FOURTEEN_HOURS) return -1 * flip;
  if (withTz.ms > withoutTz.ms + FOURTEEN_HOURS) return 1 * flip;
  return undefined;
}

const DURATION = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An xs:duration literal as months and seconds; undefined when it is not one.
 * @example
 * parseDuration('-PT1.5S') // { kind: 'duration', months: -0, seconds: -1.5 }
 */
export function parseDuration(s: string): DurationValue | undefined {
  const m = DURATION.exec(s);
  if (!m) return undefined;
  if (m.slice(2, 8).every((g) => g === undefined)) return undefined;
  if (s.includes('T') && m.slice(5, 8).every((g) => g === undefined)) return undefined;
  const sign = m[1] ? -1 : 1;
  const n = (i: number) => Number(m[i] ?? 0);
  return { kind: 'duration', months: sign * (n(2) * 12 + n(3)), seconds: sign * (n(4) * 86400 + n(5) * 3600 + n(6) * 60 + n(7)) };
}

/**
 * Durations compare only when the month/day ambiguity cannot change the answer.
 * @example
 * compareDurations(parseDuration('P1M')!, parseDuration('P27D')!) // 1
 * compareDurations(parseDuration('P1M')!, parseDuration('P30D')!) // undefined
 */
export function compareDurations(a: DurationValue, b: DurationValue): number | undefined {
  if (a.months === b.months) return Math.sign(a.seconds - b.seconds);
  const range = (v: DurationValue): [number, number] => {
    const low = v.months * (v.months >= 0 ? 28 : 31) * 86400 + v.seconds;
    const high = v.months * (v.months >= 0 ? 31 : 28) * 86400 + v.seconds;
    return [low, high];
  };
  const [aLow, aHigh] = range(a);
  const [bLow, bHigh] = range(b);
  if (aHigh < bLow) return -1;
  if (aLow > bHigh) return 1;
  return undefined;
}

// ---- URIs ------------------------------------------------------------------------------------------------

const URI_UNESCAPED = /[A-Za-z0-9\-_.!~*'();/?:@&=+$,[\]%#]/;
const PATH_CHARS = /^(?:[A-Za-z0-9\-_.!~*'();/:@&=+$,]|%[0-9A-Fa-f]{2})*$/;
const URIC = /^(?:[A-Za-z0-9\-_.!~*'();/?:@&=+$,[\]]|%[0-9A-Fa-f]{2})*$/;
const AUTHORITY = /^(?:(?:[A-Za-z0-9\-_.!~*'();:&=+$,]|%[0-9A-Fa-f]{2})*@)?(?:\[[0-9A-Fa-f:.]+\]|(?:[A-Za-z0-9\-_.!~*'();&=+$,]|%[0-9A-Fa-f]{2})*)(?::\d*)?$/;

/**
 * Is `s` a URI reference as jing checks `anyURI` (java.net.URI after escaping the characters RFC 2396 excludes)?
 * Spaces and non-ASCII characters are allowed (they would be escaped); `%` must start an escape, only one `#`,
 * brackets only around an IPv6 host or in a query or fragment, and a scheme must be well formed and followed by
 * something.
 * @example
 * isUriReference('http://example.org/a b#x') // true
 * isUriReference('%zz') // false
 */
export function isUriReference(s: string): boolean {
  let escaped = '';
  for (const ch of s) escaped += URI_UNESCAPED.test(ch) ? ch : '%20';
  const hash = escaped.indexOf('#');
  const main = hash === -1 ? escaped : escaped.slice(0, hash);
  if (hash !== -1 && !URIC.test(escaped.slice(hash + 1))) return false;
  const colon = main.search(/[:/?]/);
  let rest = main;
  if (colon !== -1 && main[colon] === ':') {
    const scheme = main.slice(0, colon);
    if (!/^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme)) return false;
    rest = main.slice(colon + 1);
    if (rest === '') return false;
    if (!rest.startsWith('/')) return URIC.test(rest); // opaque
  }
  const q = rest.indexOf('?');
  const query = q === -1 ? '' : rest.slice(q + 1);
  let path = q === -1 ? rest : rest.slice(0, q);
  if (!URIC.test(query)) return false;
  if (path.startsWith('//')) {
    const slash = path.indexOf('/', 2);
    const authority = slash === -1 ? path.slice(2) : path.slice(2, slash);
    if (!AUTHORITY.test(authority)) return false;
    path = slash === -1 ? '' : path.slice(slash);
  }
  return PATH_CHARS.test(path);
}

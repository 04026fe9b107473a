/**
 * TEI's W3C dates (teidata.temporal.w3c: the XML Schema types date, gYear, gYearMonth, gMonthDay, gMonth, gDay,
 * time and dateTime) read into the span of time they denote, so that rules can check the form and the order.
 * Years follow XML Schema 1.1 (as TEI does): any number of digits, at least four, `-` for years before 1, and
 * 0000 for 1 BCE; the calendar is the proleptic Gregorian one. Browser-safe.
 */

/**
 * A W3C date read: its form and, for forms with a year, the interval it covers in minutes (UTC when zoned).
 *
 * @example
 * parseW3cDate('1964').date // { form: 'gYear', start: -3156192000 / 60, end: ... }: all of 1964
 */
export interface W3cDate {
  form: 'date' | 'gYear' | 'gYearMonth' | 'gMonthDay' | 'gMonth' | 'gDay' | 'time' | 'dateTime';
  /** First and last minute covered; absent for the forms without a year (they cannot be ordered). */
  start?: number;
  end?: number;
}

const YEAR = '(-?(?:[1-9]\\d{4,}|\\d{4}))';
const TZ = '(Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?';
const TIME = '([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d(?:\\.\\d+)?)';
const FORMS: ReadonlyArray<[W3cDate['form'], RegExp]> = [
  ['dateTime', new RegExp(`^${YEAR}-(\\d\\d)-(\\d\\d)T(?:${TIME}|(24):(00):(00(?:\\.0+)?))${TZ}$`)],
  ['date', new RegExp(`^${YEAR}-(\\d\\d)-(\\d\\d)${TZ}$`)],
  ['gYearMonth', new RegExp(`^${YEAR}-(\\d\\d)${TZ}$`)],
  ['gYear', new RegExp(`^${YEAR}${TZ}$`)],
  ['gMonthDay', new RegExp(`^--(\\d\\d)-(\\d\\d)${TZ}$`)],
  ['gMonth', new RegExp(`^--(\\d\\d)${TZ}$`)],
  ['gDay', new RegExp(`^---(\\d\\d)${TZ}$`)],
  ['time', new RegExp(`^(?:${TIME}|(24):(00):(00(?:\\.0+)?))${TZ}$`)],
];

const MINUTES_PER_DAY = 1440;

/**
 * Read a W3C date; `undefined` with a reason when it is not one.
 *
 * @example
 * parseW3cDate('1964-10')    // { date: { form: 'gYearMonth', start: ..., end: ... } }
 * parseW3cDate('1964-02-30') // { problem: 'February 1964 has 29 days' }
 * parseW3cDate('16.10.1964') // { problem: 'not an ISO date' }
 */
export function parseW3cDate(value: string): { date: W3cDate; problem?: undefined } | { date?: undefined; problem: string } {
  // No W3C date is this long; a huge value would only exhaust the regular expressions.
  if (value.length > 64) return { problem: `not a W3C date (${value.length} characters)` };
  for (const [form, pattern] of FORMS) {
    const m = pattern.exec(value);
    if (!m) continue;
    const n = (i: number) => Number(m[i]);
    switch (form) {
      case 'dateTime': {
        const checked = checkDay(n(1), n(2), n(3));
        if (checked) return { problem: checked };
        const midnight = m[7] !== undefined;
        const minute = midnight ? MINUTES_PER_DAY : n(4) * 60 + n(5);
        const at = daysFromCivil(n(1), n(2), n(3)) * MINUTES_PER_DAY + minute - offset(m[10]);
        return { date: { form, start: at, end: at } };
      }
      case 'date': {
        const checked = checkDay(n(1), n(2), n(3));
        if (checked) return { problem: checked };
        return { date: { form, ...span(daysFromCivil(n(1), n(2), n(3)), 1, m[4]) } };
      }
      case 'gYearMonth': {
        if (n(2) < 1 || n(2) > 12) return { problem: `there is no month ${m[2]}` };
        return { date: { form, ...span(daysFromCivil(n(1), n(2), 1), daysInMonth(n(1), n(2)), m[3]) } };
      }
      case 'gYear': {
        const first = daysFromCivil(n(1), 1, 1);
        return { date: { form, ...span(first, daysFromCivil(n(1) + 1, 1, 1) - first, m[2]) } };
      }
      case 'gMonthDay':
        return checkDay(2000, n(1), n(2)) ? { problem: checkDay(2000, n(1), n(2))! } : { date: { form } };
      case 'gMonth':
        return n(1) < 1 || n(1) > 12 ? { problem: `there is no month ${m[1]}` } : { date: { form } };
      case 'gDay':
        return n(1) < 1 || n(1) > 31 ? { problem: `there is no day ${m[1]}` } : { date: { form } };
      case 'time':
        return { date: { form } };
    }
  }
  return { problem: 'not an ISO date' };
}

/** The minutes a date covers: `days` days from `firstDay`, shifted by its timezone. */
function span(firstDay: number, days: number, zone: string | undefined): { start: number; end: number } {
  const start = firstDay * MINUTES_PER_DAY - offset(zone);
  return { start, end: start + days * MINUTES_PER_DAY - 1 };
}

function offset(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function checkDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${String(month).padStart(2, '0')}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]}${year === 2000 ? '' : ` ${year}`} has ${days} days`;
  return undefined;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (astronomical years: 0 is 1 BCE); any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

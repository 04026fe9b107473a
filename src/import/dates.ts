/**
 * Dates as archives write them ("October 27, 1964", "27 October 1964", "27 октября 1964 г.", "27.10.1964",
 * "1964-10-27", "October 1964", "1964") to W3C dates for `@when`, with the month names of the conventions.
 * Browser-safe.
 */

/** A date found in a text: where it is in the text, and its W3C form. */
export interface FoundDate {
  index: number;
  length: number;
  when: string;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const MONTH = '(\\p{L}+)\\.?';

/**
 * The W3C form of a date that is the whole of `text` (surrounding space and a final "г." or "." allowed).
 *
 * @example
 * parseDate('October 27, 1964', months) // '1964-10-27'
 */
export function parseDate(text: string, months: Record<string, number>): string | undefined {
  const found = findDate(text, months);
  if (!found) return undefined;
  const rest = text.slice(0, found.index) + text.slice(found.index + found.length);
  return /^[\s.,]*(?:г\.?|года)?[\s.]*$/u.test(rest) ? found.when : undefined;
}

/**
 * The first date in `text` (in any of the forms above).
 *
 * @example
 * findDate('Secret Copy No 2 27 October 1964 No 375', months) // { index: 17, length: 15, when: '1964-10-27' }
 */
export function findDate(text: string, months: Record<string, number>): FoundDate | undefined {
  const forms: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
    [new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, 'u'), (m) => w3c(m[3], monthOf(m[1], months), m[2])],
    [new RegExp(`(?<![\\p{L}\\d])${DAY}\\.?\\s+${MONTH},?\\s+${YEAR}(?!\\d)`, 'u'), (m) => w3c(m[3], monthOf(m[2], months), m[1])],
    [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u, (m) => w3c(m[1], Number(m[2]), m[3])],
    [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/u, (m) => w3c(m[3], Number(m[2]), m[1])],
    [new RegExp(`(?<![\\p{L}\\d])${MONTH},?\\s+${YEAR}(?!\\d)`, 'u'), (m) => w3c(m[2], monthOf(m[1], months))],
    [/(?<![\p{L}\d])(\d{4})(?![\p{L}\d])/u, (m) => w3c(m[1])],
  ];
  for (const [pattern, convert] of forms) {
    const m = pattern.exec(text);
    if (!m) continue;
    const when = convert(m);
    if (when) return { index: m.index, length: m[0].length, when };
  }
  return undefined;
}

/** The month a name stands for; NaN (not a date) when the conventions do not know it. */
function monthOf(name: string | undefined, months: Record<string, number>): number {
  return months[(name ?? '').toLowerCase()] ?? Number.NaN;
}

/** A W3C date from its parts, or undefined when they are not a real date. */
function w3c(year: string | undefined, month?: number, day?: string): string | undefined {
  if (!year) return undefined;
  const y = Number(year);
  if (y < 1000 || y > 2999) return undefined;
  if (month === undefined) return year;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const d = Number(day);
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (d < 1 || d > last) return undefined;
  return `${year}-${mm}-${String(d).padStart(2, '0')}`;
}

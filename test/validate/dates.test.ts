import { describe, expect, test } from 'vitest';
import { parseW3cDate } from '../../src/validate/dates.js';

const DAY = 1440;

describe('W3C dates', () => {
  test.each([
    ['1964', 'gYear'],
    ['1964-10', 'gYearMonth'],
    ['1964-10-16', 'date'],
    ['1964-10-16Z', 'date'],
    ['1964-10-16+03:00', 'date'],
    ['1964-10-16T10:30:00', 'dateTime'],
    ['1964-10-16T10:30:00.5-05:00', 'dateTime'],
    ['1964-10-16T24:00:00', 'dateTime'],
    ['--10-16', 'gMonthDay'],
    ['--10', 'gMonth'],
    ['---16', 'gDay'],
    ['10:30:00', 'time'],
    ['-0044-03-15', 'date'],
    ['0000', 'gYear'],
    ['12345-01-01', 'date'],
    ['2000-02-29', 'date'],
  ])('%s is a %s', (value, form) => {
    expect(parseW3cDate(value).date?.form).toBe(form);
  });

  test.each([
    ['16.10.1964', 'not an ISO date'],
    ['64', 'not an ISO date'],
    ['1964-1-1', 'not an ISO date'],
    ['01964', 'not an ISO date'],
    ['1964-13', 'there is no month 13'],
    ['1964-02-30', 'February 1964 has 29 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['--02-30', 'February has 29 days'],
    ['1964-10-16T25:00:00', 'not an ISO date'],
    ['1964-10-16 ', 'not an ISO date'],
  ])('%s is not: %s', (value, problem) => {
    expect(parseW3cDate(value).problem).toBe(problem);
  });

  test('spans: a year covers its days, zones shift, years before 1 count down', () => {
    const year = parseW3cDate('1964').date!;
    const first = parseW3cDate('1964-01-01').date!;
    const last = parseW3cDate('1964-12-31').date!;
    expect([year.start, year.end]).toEqual([first.start, last.end]);
    expect(year.end! - year.start! + 1).toBe(366 * DAY);
    expect(parseW3cDate('1964-10-16+03:00').date!.start).toBe(parseW3cDate('1964-10-16').date!.start! - 180);
    expect(parseW3cDate('-0044').date!.end).toBeLessThan(parseW3cDate('0000').date!.start!);
    expect(parseW3cDate('--10-16').date!.start).toBeUndefined();
  });
});

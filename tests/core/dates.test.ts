import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, dayFromNumber, dayNumber, glimmerDay, isoWeek, isoWeekStart, isValidCreated, isValidDay, startOfWeek } from '@glimmers/core';

describe('isValidCreated', () => {
  it.each([
    '2026-02-03', '2026-02-03T14:30', '2026-02-03T14:30:59', '2026-02-03T14:30Z', '2026-02-03T14:30:00+05:30',
    '2026-02-03T00:00-08:00', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31T23:59:59Z',
  ])('accepts %s', (value) => expect(isValidCreated(value)).toBe(true));

  it.each([
    '2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-02-03T24:00', '2026-02-03T12:60',
    '2026-02-03T12:00:60', '2026-02-03 14:30', '2026-02-03Z', '2026-02-03T14', '2026-2-3', '26-02-03', '2026-02-03T14:30:00.000Z',
    '2026-02-03t14:30', ' 2026-02-03', '2026-02-03T14:30+0530', '2026-02-03T14:30+24:00', '', 'today',
  ])('rejects %s', (value) => expect(isValidCreated(value)).toBe(false));

  it('rejects what is not a string', () => {
    for (const value of [20260203, null, undefined, new Date(), ['2026-02-03'], { created: '2026-02-03' }]) expect(isValidCreated(value)).toBe(false);
  });
});

describe('glimmerDay', () => {
  it('is the date as written, with no time-zone conversion', () => {
    expect(glimmerDay('2026-02-03T23:30-08:00')).toBe('2026-02-03');
    expect(glimmerDay('2026-02-03T00:10+14:00')).toBe('2026-02-03');
    expect(glimmerDay('2026-02-30')).toBeNull();
  });
  it('isValidDay takes only a bare day', () => {
    expect(isValidDay('2026-02-03')).toBe(true);
    expect(isValidDay('2026-02-03T10:00')).toBe(false);
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-02-09', '2026-W07', '2026-02-09'],
    ['2026-02-15', '2026-W07', '2026-02-09'],
    ['2026-01-01', '2026-W01', '2025-12-29'],
    ['2025-12-29', '2026-W01', '2025-12-29'],
    ['2027-01-01', '2026-W53', '2026-12-28'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
    ['0050-06-15', '0050-W24', '0050-06-13'], // checked against Python's date.isocalendar()
  ])('%s is in %s starting %s', (day, week, start) => {
    expect(isoWeek(day)).toBe(week);
    expect(isoWeekStart(day)).toBe(start);
  });

  it('accepts a full created value', () => {
    expect(isoWeek('2026-02-15T23:59-08:00')).toBe('2026-W07');
  });

  it('throws a RangeError on something that is not a day', () => {
    expect(() => isoWeek('2026-02-30')).toThrow(RangeError);
    expect(() => isoWeekStart('soon')).toThrow(RangeError);
  });

  // Generous timeout: thousands of runs on a busy two-core machine; not a speed test.
  it('the week start is a Monday, within six days before, and has the same week', { timeout: 120_000 }, () => {
    const day = fc.integer({ min: -700_000, max: 2_900_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const start = isoWeekStart(d);
        const gap = (Date.parse(d) - Date.parse(start)) / 86_400_000;
        expect(new Date(Date.parse(start)).getUTCDay()).toBe(1);
        expect(gap >= 0 && gap <= 6).toBe(true);
        expect(isoWeek(start)).toBe(isoWeek(d));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the calendar years (0001-9999) and the divergences it replaced', () => {
  it('rejects year 0000 everywhere a day is read, and accepts 0024-02-29 everywhere', () => {
    for (const bad of ['0000-01-01', '0000-02-29', '0000-12-31T10:00']) {
      expect(isValidCreated(bad)).toBe(false);
      expect(glimmerDay(bad)).toBeNull();
      expect(isValidDay(bad.slice(0, 10))).toBe(false);
      expect(dayNumber(bad.slice(0, 10))).toBeNull();
    }
    expect(isValidCreated('0024-02-29')).toBe(true);
    expect(isValidDay('0024-02-29')).toBe(true);
    expect(isoWeek('0024-02-29')).toBe('0024-W09');
    expect(isValidDay('0100-02-29')).toBe(false);
  });

  it('keeps every week label in the YYYY-Www form at both ends of the calendar', () => {
    expect(isoWeek('0001-01-01')).toBe('0001-W01');
    expect(isoWeek('9999-12-31')).toBe('9999-W52');
    expect(addDays('9999-12-31', 1)).toBeNull();
    expect(addDays('0001-01-01', -1)).toBeNull();
    expect(addMonths('9999-12-15', 1)).toBeNull();
    expect(startOfWeek('0001-01-01', 0)).toBeNull();
    expect(startOfWeek('0001-01-01', 1)).toBe('0001-01-01');
  });

  it('gives the same ISO weeks as a Date-based reference', () => {
    // The textbook algorithm with Date in UTC, independent of the calendar's integer arithmetic.
    const reference = (day: string): string => {
      const d = new Date(0);
      d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
      const weekday = (d.getUTCDay() + 6) % 7;
      const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
      const jan1 = new Date(0);
      jan1.setUTCFullYear(thursday.getUTCFullYear(), 0, 1);
      const week = Math.floor((thursday.getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
      return `${String(thursday.getUTCFullYear()).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
    };
    const day = fc.integer({ min: dayNumber('0001-01-04') ?? 0, max: dayNumber('9999-12-31') ?? 0 }).map((n) => dayFromNumber(n));
    fc.assert(fc.property(day, (d) => {
      expect(isoWeek(d)).toBe(reference(d));
    }), { numRuns: 2000 });
  });
});

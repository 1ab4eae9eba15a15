import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, dayFromNumber, dayNumber, GlimmerIndex, isoWeek, isoWeekStart, startOfWeek, weekdayOf } from '@glimmers/core';
import { glimmer } from './support/glimmers.ts';

// The index and the dashboard count days with integer arithmetic; Date (in UTC) is the oracle.
function viaDate(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const dayArb = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('calendar day arithmetic', () => {
  it('agrees with Date for day numbers, adding days and weekdays', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -4000, max: 4000 }), (day, n) => {
        expect(dayFromNumber(dayNumber(day)!)).toBe(day);
        expect(dayNumber(day)).toBe(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
        expect(addDays(day, n)).toBe(viaDate(day, n));
        expect(weekdayOf(day)).toBe(new Date(`${day}T00:00:00Z`).getUTCDay());
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('finds the start of a week for any first weekday', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 6 }), (day, weekStart) => {
        const start = startOfWeek(day, weekStart)!;
        expect(weekdayOf(start)).toBe(weekStart);
        expect(dayNumber(day)! - dayNumber(start)!).toBeGreaterThanOrEqual(0);
        expect(dayNumber(day)! - dayNumber(start)!).toBeLessThan(7);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(startOfWeek('2026-03-04', 1)).toBe('2026-03-02');
    expect(startOfWeek('2026-03-04', 0)).toBe('2026-03-01');
    expect(startOfWeek('2026-01-01', 1)).toBe('2025-12-29');
  });

  it('moves by months, clamping to the last day of shorter months', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-03-04', -12)).toBe('2025-03-04');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2026-01-31', 13)).toBe('2027-02-28');
  });

  it('rejects days that do not exist instead of rolling them over', () => {
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-3-4', 'soon', '']) {
      expect(dayNumber(bad)).toBeNull();
      expect(addDays(bad, 1)).toBeNull();
      expect(weekdayOf(bad)).toBeNull();
      expect(startOfWeek(bad, 1)).toBeNull();
      expect(addMonths(bad, 1)).toBeNull();
    }
    expect(dayNumber('2024-02-29')).not.toBeNull();
  });

  it('the index labels its weeks with the ISO weeks of the calendar (one implementation)', () => {
    const weekOf = (day: string): { week: string; start: string } | undefined => {
      const index = new GlimmerIndex();
      index.set('a.md', glimmer(day));
      const week = index.query({}).perWeek[0];
      return week && { week: week.week, start: week.start };
    };
    fc.assert(
      fc.property(dayArb, (day) => {
        expect(weekOf(day)).toEqual({ week: isoWeek(day), start: isoWeekStart(day) });
      }),
      { numRuns: 300, seed: 3 },
    );
    // 2026-01-01 is in 2026-W01; 2027-01-01 is in 2026-W53; 2021-01-03 is in 2020-W53.
    expect(weekOf('2026-01-01')).toEqual({ week: '2026-W01', start: '2025-12-29' });
    expect(weekOf('2027-01-01')).toEqual({ week: '2026-W53', start: '2026-12-28' });
    expect(weekOf('2021-01-03')).toEqual({ week: '2020-W53', start: '2020-12-28' });
    expect(weekOf('0001-01-01')).toEqual({ week: '0001-W01', start: '0001-01-01' });
  });
});

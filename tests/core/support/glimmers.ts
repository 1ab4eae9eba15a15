/**
 * Test helpers for the index: a glimmer builder, a seeded generator of a realistic vault, and a
 * brute-force reference that computes what a query should return straight from the glimmers.
 */
import type { Glimmer, IndexAggregates, IndexEntry, IndexQuery, MonthBucket, WeekBucket } from '@glimmers/core';
import { isoWeek } from '@glimmers/core';

/** A valid glimmer on `created`'s day; everything else optional. */
export function glimmer(created: string, more: Partial<Omit<Glimmer, 'created' | 'day'>> = {}): Glimmer {
  return {
    created,
    day: created.slice(0, 10),
    themes: [],
    body: [],
    feelings: [],
    grounding: [],
    extra: {},
    sections: [],
    ...more,
  };
}

/** A small deterministic PRNG (mulberry32) so generated vaults are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = ['client-growth', 'client-hope', 'perspective', 'meaning', 'resourcefulness', 'self-care', 'context', 'presence'];
const MOMENTS = ['after-session', 'end-of-day', 'supervision', 'other'];
const BODY = ['chest', 'shoulders', 'breath', 'belly', 'throat', 'hands', 'jaw'];
const FEELINGS = ['hope', 'warmth', 'awe', 'tender', 'calm', 'moved', 'light'];
const GROUNDING = ['walk', 'tea', 'breathing', 'music', 'stretch'];

function pickSome(rand: () => number, from: readonly string[], max: number): string[] {
  const n = Math.floor(rand() * (max + 1));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(from[Math.floor(rand() * from.length)] as string);
  return out;
}

/**
 * `count` glimmers spread over the `days` days ending on `lastDay`, seeded: several per day,
 * some without intensity or weight, some with a time, a few with two themes.
 */
export function generateVault(count: number, seed: number, lastDay = '2026-03-04', days = 3 * 365): IndexEntry[] {
  const rand = prng(seed);
  const end = Date.UTC(Number(lastDay.slice(0, 4)), Number(lastDay.slice(5, 7)) - 1, Number(lastDay.slice(8, 10)));
  const out: IndexEntry[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(end - Math.floor(rand() * days) * 86_400_000).toISOString().slice(0, 10);
    const withTime = rand() < 0.5;
    const created = withTime ? `${day}T${String(8 + Math.floor(rand() * 10)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}` : day;
    const g = glimmer(created, {
      themes: pickSome(rand, THEMES, 2),
      body: pickSome(rand, BODY, 2),
      feelings: pickSome(rand, FEELINGS, 3),
      grounding: pickSome(rand, GROUNDING, 1),
    });
    if (rand() < 0.8) g.moment = MOMENTS[Math.floor(rand() * MOMENTS.length)] as string;
    if (rand() < 0.85) g.intensity = 1 + Math.floor(rand() * 5);
    if (rand() < 0.6) g.weight = Math.floor(rand() * 6);
    out.push({ path: `Glimmers/${day}-${String(i).padStart(6, '0')}.md`, glimmer: g });
  }
  return out;
}

function matches(g: Glimmer, q: IndexQuery): boolean {
  if (q.from !== undefined && g.day < q.from) return false;
  if (q.to !== undefined && g.day > q.to) return false;
  if (q.moment !== undefined && g.moment !== q.moment) return false;
  if (q.themes && q.themes.length > 0 && !q.themes.some((t) => g.themes.includes(t))) return false;
  return true;
}

function tally(list: readonly Glimmer[], values: (g: Glimmer) => readonly string[]): Record<string, number> {
  const m = new Map<string, number>();
  for (const g of list) for (const v of new Set(values(g))) m.set(v, (m.get(v) ?? 0) + 1);
  return Object.fromEntries(m);
}

function sumOf(list: readonly Glimmer[], field: 'intensity' | 'weight'): { sum: number; count: number } {
  const values = list.map((g) => g[field]).filter((v): v is number => typeof v === 'number');
  return { sum: values.reduce((a, b) => a + b, 0), count: values.length };
}

function meanOf(list: readonly Glimmer[], field: 'intensity' | 'weight'): { mean: number | null; count: number } {
  const { sum, count } = sumOf(list, field);
  return { mean: count ? sum / count : null, count };
}

/** `day` moved by `n` days, with `Date` in UTC (a second way, independent of core's calendar). */
function slowAddDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The first day of `day`'s week, for weeks starting on `weekStart` (0 Sunday), with `Date`. */
function slowWeekStart(day: string, weekStart: number): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return slowAddDays(day, -((weekday - weekStart + 7) % 7));
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

function bucketSums(of: readonly Glimmer[]): Omit<WeekBucket, 'week' | 'start' | 'end' | 'days'> {
  const i = sumOf(of, 'intensity');
  const w = sumOf(of, 'weight');
  return {
    count: of.length, intensitySum: i.sum, intensityCount: i.count, weightSum: w.sum, weightCount: w.count,
    meanIntensity: i.count ? i.sum / i.count : null, meanWeight: w.count ? w.sum / w.count : null,
  };
}

/** What a query should return, computed the slow and obvious way (everything but `resurface`). */
export function reference(entries: readonly IndexEntry[], q: IndexQuery): Omit<IndexAggregates, 'resurface'> {
  const kept = entries.filter((e) => matches(e.glimmer, q));
  const list = kept.map((e) => e.glimmer);
  const days = [...new Set(list.map((g) => g.day))].sort();
  const perDay = days.map((day) => {
    const of = list.filter((g) => g.day === day);
    const i = sumOf(of, 'intensity');
    const w = sumOf(of, 'weight');
    return { day, count: of.length, intensitySum: i.sum, intensityCount: i.count, weightSum: w.sum, weightCount: w.count };
  });
  const weekStart = typeof q.weekStart === 'number' && Number.isInteger(q.weekStart) && q.weekStart >= 0 && q.weekStart <= 6 ? q.weekStart : 1;
  const startOf = new Map(days.map((d) => [d, slowWeekStart(d, weekStart)]));
  const starts = [...new Set(startOf.values())].sort();
  const perWeek: WeekBucket[] = starts.map((start) => {
    const of = list.filter((g) => startOf.get(g.day) === start);
    return { week: isoWeek(slowAddDays(start, 3)), start, end: slowAddDays(start, 6), days: new Set(of.map((g) => g.day)).size, ...bucketSums(of) };
  });
  const months = [...new Set(days.map((d) => d.slice(0, 7)))].sort();
  const perMonth: MonthBucket[] = months.map((month) => {
    const of = list.filter((g) => g.day.startsWith(month));
    const end = slowAddDays(`${nextMonth(month)}-01`, -1);
    return { month, start: `${month}-01`, end, days: new Set(of.map((g) => g.day)).size, ...bucketSums(of) };
  });
  const recent = [...kept]
    .sort((a, b) => (a.glimmer.created !== b.glimmer.created ? (a.glimmer.created > b.glimmer.created ? -1 : 1) : a.path < b.path ? -1 : 1))
    .slice(0, q.recentLimit ?? 10);
  return {
    count: list.length,
    days: days.length,
    perDay,
    perWeek,
    perMonth,
    byTheme: tally(list, (g) => g.themes),
    byMoment: tally(list, (g) => (g.moment === undefined ? [] : [g.moment])),
    body: tally(list, (g) => g.body),
    feelings: tally(list, (g) => g.feelings),
    grounding: tally(list, (g) => g.grounding),
    intensity: meanOf(list, 'intensity'),
    weight: meanOf(list, 'weight'),
    recent,
  };
}

/** The glimmers a query may resurface (its matches), for membership checks. */
export function matching(entries: readonly IndexEntry[], q: IndexQuery): IndexEntry[] {
  return entries.filter((e) => matches(e.glimmer, q));
}

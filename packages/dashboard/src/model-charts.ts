/**
 * The chart parts of the view model: the year heatmap, the weekly (or monthly) trend with light
 * beside weight, and the ranked bars. Pure functions of index query results.
 */
import { addDays, addMonths, dayFromNumber, dayNumber, startOfWeek } from '@glimmers/core';
import type { DayBucket, MonthBucket, WeekBucket } from '@glimmers/core';
import type { BarRow, BarsModel, HeatmapCell, HeatmapModel, TrendModel, TrendPoint } from './model-types.ts';
import { days, glimmers, longDate, monthLabel, monthShort, oneDecimal, shortDate, weekdayShort } from './words.ts';

/** More weeks than this and the trend switches to months, so it stays readable. */
const MAX_WEEKS = 60;
const BAR_ROWS = 10;

function meanOf(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}

function dn(day: string): number {
  return dayNumber(day) ?? 0;
}

/**
 * The rolling year ending on `end`, one column per week starting on `weekStart`, from the index's
 * days and months of that year.
 */
export function buildHeatmap(perDay: readonly DayBucket[], perMonth: readonly MonthBucket[], end: string, weekStart: number, metric: 'count' | 'intensity', previous?: HeatmapModel): HeatmapModel {
  const start = addDays(addMonths(end, -12) ?? end, 1) ?? end;
  const byDay = new Map(perDay.map((b) => [b.day, b]));
  const max = perDay.reduce((m, b) => Math.max(m, b.count), 0);
  const first = dn(startOfWeek(start, weekStart) ?? start);
  const last = dn(end);
  // The heatmap drawn last, when it has the same days in the same places: its cells whose figures
  // did not change are kept as they are (a save changes a day or two; the words of the rest are not
  // worked out again, and comparing them later is a glance).
  const before = previous !== undefined && previous.from === start && previous.to === end && previous.metric === metric && previous.columns[0]?.start === dayFromNumber(first) ? previous : undefined;
  const columns: HeatmapModel['columns'] = [];
  const monthLabels: HeatmapModel['monthLabels'] = [];
  for (let c = 0; first + c * 7 <= last; c++) {
    const cells: (HeatmapCell | null)[] = [];
    const old = before?.columns[c];
    let same = old !== undefined;
    for (let r = 0; r < 7; r++) {
      const day = dayFromNumber(first + c * 7 + r);
      if (day < start || day > end) {
        cells.push(null);
        continue;
      }
      if (day.endsWith('-01')) monthLabels.push({ column: c, label: monthShort(day) });
      const made = cell(day, byDay.get(day), max, metric, old?.cells[r] ?? undefined);
      same &&= made === old?.cells[r];
      cells.push(made);
    }
    columns.push(same && old !== undefined ? old : { start: dayFromNumber(first + c * 7), cells });
  }
  // Name the first, partial month too when there is room before the next label.
  if ((monthLabels[0]?.column ?? Infinity) >= 3) monthLabels.unshift({ column: 0, label: monthShort(start) });
  const weekdayLabels = [1, 3, 5].map((row) => ({ row, label: weekdayShort(weekStart + row) }));

  const byMonth = new Map(perMonth.map((m) => [m.month, m]));
  const months: HeatmapModel['months'] = [];
  for (let m = start.slice(0, 7); m <= end.slice(0, 7); m = (addMonths(`${m}-01`, 1) ?? '9999-12').slice(0, 7)) {
    const b = byMonth.get(m);
    months.push({ month: m, label: monthLabel(m), count: b?.count ?? 0, days: b?.days ?? 0, meanIntensity: b?.meanIntensity ?? null });
  }
  const inRange = perDay.filter((b) => b.day >= start && b.day <= end);
  const total = inRange.reduce((n, b) => n + b.count, 0);
  const by = metric === 'intensity' ? ' Darker days had a higher mean intensity.' : ' Darker days had more glimmers.';
  const caption = `Glimmers per day from ${longDate(start)} to ${longDate(end)}: ${glimmers(total)} on ${days(inRange.length)}.${total > 0 ? by : ''}`;
  return { metric, from: start, to: end, columns, monthLabels, weekdayLabels, months, total, caption };
}

/** A day's cell; `kept` (the same day's cell drawn last) is returned as it is when nothing it shows changed. */
function cell(day: string, b: DayBucket | undefined, max: number, metric: 'count' | 'intensity', kept?: HeatmapCell): HeatmapCell {
  const count = b?.count ?? 0;
  const meanIntensity = b ? meanOf(b.intensitySum, b.intensityCount) : null;
  let level = 0;
  if (metric === 'intensity') level = meanIntensity === null ? 0 : Math.min(4, Math.max(1, Math.floor(meanIntensity)));
  else if (count > 0) level = max <= 4 ? count : Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
  if (kept !== undefined && kept.day === day && kept.count === count && kept.meanIntensity === meanIntensity && kept.level === level) return kept;
  let label = count === 0 ? `No glimmers on ${longDate(day)}` : `${glimmers(count)} on ${longDate(day)}`;
  if (metric === 'intensity' && count > 0) {
    label += meanIntensity === null ? ', no intensity recorded' : `, mean intensity ${oneDecimal(meanIntensity)}`;
  }
  return { day, count, meanIntensity, level: level as HeatmapCell['level'], label };
}

/**
 * Glimmers per week (or per month over long ranges) with mean intensity and mean weight, from the
 * index's weeks (starting on `weekStart`) and months; weeks and months without a glimmer are filled in.
 */
export function buildTrend(perWeek: readonly WeekBucket[], perMonth: readonly MonthBucket[], from: string | null, to: string, weekStart: number): TrendModel {
  const points: TrendPoint[] = [];
  let granularity: TrendModel['granularity'] = 'week';
  if (from !== null && from <= to) {
    const firstWeek = dn(startOfWeek(from, weekStart) ?? from);
    const weeks = Math.floor((dn(to) - firstWeek) / 7) + 1;
    if (weeks <= MAX_WEEKS) {
      const byStart = new Map(perWeek.map((w) => [w.start, w]));
      for (let i = 0; i < weeks; i++) {
        const start = dayFromNumber(firstWeek + i * 7);
        points.push(point(byStart.get(start), start, dayFromNumber(firstWeek + i * 7 + 6), `Week of ${longDate(start)}`, shortDate(start)));
      }
    } else {
      granularity = 'month';
      const byMonth = new Map(perMonth.map((m) => [m.month, m]));
      for (let start = `${from.slice(0, 7)}-01`; start <= to; start = addMonths(start, 1) as string) {
        const end = addDays(addMonths(start, 1) as string, -1) as string;
        points.push(point(byMonth.get(start.slice(0, 7)), start, end, monthLabel(start), `${monthShort(start)} ${start.slice(0, 4)}`));
      }
    }
  }
  const maxCount = points.reduce((m, p) => Math.max(m, p.count), 0);
  const unit = granularity === 'week' ? 'week' : 'month';
  const busiest = points.find((p) => p.count === maxCount && maxCount > 0);
  const caption = points.length === 0
    ? 'No glimmers to chart yet.'
    : `Glimmers per ${unit}, ${points[0]?.label} to ${points[points.length - 1]?.label}.` + (busiest ? ` The fullest ${unit} was ${unit === 'week' ? `the week of ${longDate(busiest.start)}` : busiest.label}, with ${glimmers(busiest.count)}.` : '');
  const withBoth = points.filter((p) => p.meanIntensity !== null || p.meanWeight !== null).length;
  const balanceCaption = withBoth === 0
    ? `No intensity or weight recorded per ${unit} in this range.`
    : `Mean intensity (the light) beside mean weight (the weight) per ${unit}, on a scale of 0 to 5, for ${withBoth} ${unit}${withBoth === 1 ? '' : 's'} with a rating.`;
  return { granularity, points, maxCount, caption, balanceCaption };
}

function point(b: WeekBucket | MonthBucket | undefined, start: string, end: string, label: string, shortLabel: string): TrendPoint {
  return { start, end, label, shortLabel, count: b?.count ?? 0, meanIntensity: b?.meanIntensity ?? null, meanWeight: b?.meanWeight ?? null };
}

/** Ranked bars: the most frequent values first, then by label. */
export function buildBars(counts: Record<string, number>, label: (key: string) => string, words: { title: string; column: string; emptyText: string }): BarsModel {
  const all: BarRow[] = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, count]) => ({ key, label: label(key), count, share: 0 }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const max = all[0]?.count ?? 0;
  const rows = all.slice(0, BAR_ROWS).map((r) => ({ ...r, share: max > 0 ? r.count / max : 0 }));
  const caption = rows.length === 0 ? words.emptyText : `${words.title}, most frequent first: ${rows.map((r) => `${r.label} ${r.count}`).join(', ')}.`;
  return { title: words.title, column: words.column, rows, more: all.length - rows.length, caption, emptyText: words.emptyText };
}

/**
 * Bringing the trend and the filter bar on screen up to date in place, when only their numbers
 * changed: bars take their new height and words, menu entries their new counts, and focus,
 * scroll and an open menu stay where they were. Anything more (another range or granularity, the
 * table shown, other choices) is left to a rebuild.
 */
import type { DashboardModel, FilterOption, TrendModel } from './model-types.ts';
import { filterSummaryText, optionText } from './panel-filters.ts';
import type { UiState } from './panel-frame.ts';
import { BALANCE, countBar, countName, scaleBar } from './panel-charts.ts';
import { oneDecimal } from './words.ts';

function setBar(rect: Element | null | undefined, [y, h]: [number, number], title: string): void {
  if (!rect) return;
  rect.setAttribute('y', String(y));
  rect.setAttribute('height', String(h));
  const t = rect.querySelector('title');
  if (t) t.textContent = title;
}

/** Updates the trend panel `node` from `prev` to `next` in place; `false` when it must be rebuilt. */
export function patchTrend(node: HTMLElement, ui: UiState, prev: DashboardModel, next: DashboardModel): boolean {
  const a: TrendModel = prev.trend;
  const b: TrendModel = next.trend;
  if (a === b && prev.day === next.day) return true;
  const selected = (m: DashboardModel): string | null => (m.day?.kind === 'week' ? m.day.from : null);
  if (ui.tables.has('trend') || a.granularity !== b.granularity || a.points.length !== b.points.length || b.points.length === 0) return false;
  if (selected(prev) !== selected(next) || a.points.some((p, i) => p.start !== b.points[i]?.start || p.label !== b.points[i]?.label)) return false;
  const counts = node.querySelector('.glimmers-trend-svg');
  const balance = node.querySelector('.glimmers-balance-svg');
  if (!counts || !balance) return false;
  const countBars = counts.querySelectorAll('.glimmers-trend-bar');
  const lightBars = balance.querySelectorAll('.glimmers-light-bar');
  const weightBars = balance.querySelectorAll('.glimmers-weight-bar');
  if (countBars.length !== b.points.length || lightBars.length !== b.points.length || weightBars.length !== b.points.length) return false;
  const bars = [lightBars, weightBars];
  b.points.forEach((p, i) => {
    const old = a.points[i];
    if (a.maxCount !== b.maxCount || old?.count !== p.count) {
      const bar = countBars[i];
      const [y, h] = countBar(p.count, b.maxCount);
      bar?.setAttribute('y', String(y));
      bar?.setAttribute('height', String(h));
      // The period's group holds its tooltip and, when weeks can be selected, its button's name.
      const group = bar?.parentElement;
      const title = group?.querySelector(':scope > title');
      if (title) title.textContent = countName(p);
      if (group?.hasAttribute('aria-label')) group.setAttribute('aria-label', countName(p));
    }
    BALANCE.forEach(([field, , what], k) => {
      if (old?.[field] !== p[field]) setBar(bars[k]?.[i], scaleBar(p[field]), `${p.label}: ${what} ${oneDecimal(p[field])}`);
    });
  });
  counts.setAttribute('aria-label', b.caption);
  balance.setAttribute('aria-label', b.balanceCaption);
  const balanceTitle = balance.querySelector(':scope > title');
  if (balanceTitle) balanceTitle.textContent = b.balanceCaption;
  const top = node.querySelector('.glimmers-chart-count .glimmers-yaxis span');
  if (top) top.textContent = String(b.maxCount);
  return true;
}

/** Updates the filter bar from `prev` to `next` in place (the counts in its menus, its summary line); `false` when it must be rebuilt. */
export function patchFilters(node: HTMLElement, ui: UiState, prev: DashboardModel, next: DashboardModel): boolean {
  const a = prev.filters;
  const b = next.filters;
  const same = (x: FilterOption[], y: FilterOption[]): boolean => x.length === y.length && x.every((o, i) => o.value === y[i]?.value && o.label === y[i]?.label);
  if (ui.customOpen || JSON.stringify([a.range, a.theme, a.moment, a.notice, a.from, a.to, a.rangeLabel]) !== JSON.stringify([b.range, b.theme, b.moment, b.notice, b.from, b.to, b.rangeLabel])) return false;
  if (!same(a.themeOptions, b.themeOptions) || !same(a.momentOptions, b.momentOptions)) return false;
  const menus: [string, typeof b.themeOptions][] = [['filter:theme', b.themeOptions], ['filter:moment', b.momentOptions]];
  for (const [key, options] of menus) {
    const select = node.querySelector(`select[data-glimmers-key="${key}"]`);
    // The first entry is "All themes" / "All moments"; the others follow the model's options.
    const entries = select ? Array.from(select.querySelectorAll('option')).slice(1) : [];
    if (entries.length !== options.length) return false;
    options.forEach((o, i) => {
      const entry = entries[i];
      if (entry && entry.textContent !== optionText(o)) entry.textContent = optionText(o);
    });
  }
  const line = node.querySelector('.glimmers-filter-summary');
  if (line && line.textContent !== filterSummaryText(next)) line.textContent = filterSummaryText(next);
  return true;
}

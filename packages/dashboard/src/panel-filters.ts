/**
 * The filter bar: range (30 days, 90 days, 12 months, all, custom), theme and moment. Changes go
 * to `handlers.changeFilters`; the host builds a new model and calls `update`.
 */
import type { DashboardFilters, DashboardModel, FilterOption, RangeOption } from './model-types.ts';
import { append, button, el } from './dom.ts';
import type { Ctx } from './panel-frame.ts';
import { call, note } from './panel-frame.ts';
import { glimmers } from './words.ts';

const RANGES: { value: string; label: string }[] = [
  { value: '30d', label: 'Last 30 days' },
  { value: '90d', label: 'Last 90 days' },
  { value: '12m', label: 'Last 12 months' },
  { value: 'all', label: 'All time' },
  { value: 'custom', label: 'Custom range' },
];

function select(doc: Document, label: string, key: string, options: { value: string; label: string }[], current: string, onChange: (value: string) => void): HTMLElement {
  const field = el(doc, 'label', 'glimmers-filter-field');
  append(field, el(doc, 'span', 'glimmers-filter-label', label));
  const s = el(doc, 'select', 'glimmers-filter-select dropdown', null, { 'data-glimmers-key': key });
  for (const o of options) {
    const option = el(doc, 'option', '', o.label, { value: o.value });
    if (o.value === current) option.selected = true;
    s.appendChild(option);
  }
  s.addEventListener('change', () => onChange(s.value));
  return append(field, s);
}

/** A menu entry's words: "Hope sparked by a client (12)". */
export function optionText(o: FilterOption): string {
  return `${o.label} (${o.count})`;
}

function withCounts(all: string, options: FilterOption[]): { value: string; label: string }[] {
  return [{ value: '', label: all }, ...options.map((o) => ({ value: o.value, label: optionText(o) }))];
}

/** The line under the filters: "12 glimmers · Last 12 months · Hope sparked by a client". */
export function filterSummaryText(model: DashboardModel): string {
  const f = model.filters;
  const scope = [f.rangeLabel];
  if (f.theme) scope.push(f.themeOptions.find((o) => o.value === f.theme)?.label ?? f.theme);
  if (f.moment) scope.push(f.momentOptions.find((o) => o.value === f.moment)?.label ?? f.moment);
  return `${glimmers(model.count)} · ${scope.join(' · ')}`;
}

/** The filter panel. */
export function filtersPanel(ctx: Ctx): HTMLElement {
  const { doc, model, handlers, ui } = ctx;
  const f = model.filters;
  const current: DashboardFilters = { range: f.range };
  if (f.theme) current.theme = f.theme;
  if (f.moment) current.moment = f.moment;
  const change = (next: Partial<DashboardFilters>): void => {
    const merged: DashboardFilters = { ...current, ...next };
    if (!merged.theme) delete merged.theme;
    if (!merged.moment) delete merged.moment;
    call(ui, () => handlers.changeFilters(merged));
  };
  const isCustom = typeof f.range === 'object';
  const section = el(doc, 'section', 'glimmers-panel glimmers-panel-filters', null, { 'aria-label': 'Filters', 'data-glimmers-panel': 'filters' });
  const row = el(doc, 'div', 'glimmers-filter-row');
  append(row,
    select(doc, 'Range', 'filter:range', RANGES, typeof f.range === 'object' || ui.customOpen ? 'custom' : String(f.range), (value) => {
      if (value === 'custom') {
        ui.customOpen = true;
        ctx.redraw('filters');
        return;
      }
      ui.customOpen = false;
      change({ range: value as RangeOption });
    }),
    select(doc, 'Theme', 'filter:theme', withCounts('All themes', f.themeOptions), f.theme ?? '', (value) => change(value ? { theme: value } : { theme: '' })),
    select(doc, 'Moment', 'filter:moment', withCounts('All moments', f.momentOptions), f.moment ?? '', (value) => change(value ? { moment: value } : { moment: '' })));
  section.appendChild(row);

  if (isCustom || ui.customOpen) {
    const custom = el(doc, 'div', 'glimmers-custom-range');
    const date = (label: string, key: string, value: string): [HTMLElement, HTMLInputElement] => {
      const input = el(doc, 'input', 'glimmers-filter-date', null, { type: 'date', value, 'data-glimmers-key': key });
      return [append(el(doc, 'label', 'glimmers-filter-field'), el(doc, 'span', 'glimmers-filter-label', label), input), input];
    };
    const [fromField, fromInput] = date('From', 'filter:from', f.from ?? f.to);
    const [toField, toInput] = date('To', 'filter:to', f.to);
    append(custom, fromField, toField, button(doc, 'glimmers-button', 'Apply', () => {
      ui.customOpen = false;
      change({ range: { from: fromInput.value, to: toInput.value } });
    }, { 'data-glimmers-key': 'filter:apply' }));
    section.appendChild(custom);
  }
  append(section, el(doc, 'p', 'glimmers-filter-summary', filterSummaryText(model), { 'aria-live': 'polite' }));
  if (f.notice) section.appendChild(note(doc, f.notice, 'glimmers-notice'));
  return section;
}

/**
 * "Where did I feel it?": the body map figure (from `@glimmers/dashboard`) with, for each region
 * pressed, one sensation to choose; or the same regions as a plain list. What it writes is plain
 * words in the glimmer's `body` list: `warm chest`, `shoulders`. Entries the map did not write
 * (a template's `tight jaw`, the person's own words) stay, shown as chips that can be let go.
 */
import { BODY_REGIONS, composeBodyEntry, MAX_WORD_LENGTH, sensationChoices, splitBodyEntry, type BodyRegionId } from '@glimmers/core';
import { createBodyMapToggles, createBodyRegionList } from '@glimmers/dashboard';
import type { Component } from 'obsidian';
import { createChipGroup } from './chips.ts';

/** What the body map field needs. */
export interface BodyMapFieldSpec {
  /** Unique DOM id prefix. */
  domId: string;
  /** The entries the form starts with. */
  body: readonly string[];
  /** The person's body words (settings); their sensations are offered. */
  bodyWords: readonly string[];
  onChange(body: string[]): void;
}

const LABEL = 'Where did I feel it?';

/**
 * Builds the field under `parent`. Returns the column beside the figure (below it on a phone),
 * where the form may put what belongs next to the body map (intensity).
 */
export function createBodyMapField(parent: HTMLElement, spec: BodyMapFieldSpec, component: Component): HTMLElement {
  const doc = parent.doc;
  const sensations = sensationChoices(spec.bodyWords);
  const chosen = new Map<BodyRegionId, string>();
  let own: string[] = [];
  for (const entry of spec.body) {
    const split = splitBodyEntry(entry, sensations);
    if (split !== null && !chosen.has(split.region)) chosen.set(split.region, split.sensation);
    else own.push(entry);
  }
  const entries = (): string[] => [
    ...BODY_REGIONS.filter((r) => chosen.has(r.id)).map((r) => composeBodyEntry(r, chosen.get(r.id))),
    ...own,
  ];

  const field = parent.createDiv({ cls: 'glimmers-field glimmers-body-field' });
  const labelId = `${spec.domId}-label`;
  const head = field.createDiv({ cls: 'glimmers-body-head' });
  head.createDiv({ cls: 'glimmers-group-label', text: LABEL, attr: { id: labelId } });
  const switcher = head.createEl('button', { cls: 'glimmers-link-button glimmers-body-switch', text: 'Show as a list', attr: { type: 'button' } });
  const layout = field.createDiv({ cls: 'glimmers-body-layout' });
  const figureWrap = layout.createDiv({ cls: 'glimmers-body-figure-wrap' });
  const listWrap = layout.createDiv({ cls: 'glimmers-body-list-wrap' });
  listWrap.hidden = true;
  const side = layout.createDiv({ cls: 'glimmers-body-side' });
  const rows = side.createDiv({ cls: 'glimmers-body-chosen' });

  const onToggle = (id: BodyRegionId, pressed: boolean): void => {
    if (pressed) chosen.set(id, chosen.get(id) ?? '');
    else chosen.delete(id);
    figure.setPressed(id, pressed);
    list.setPressed(id, pressed);
    drawRows();
    spec.onChange(entries());
  };
  const figure = createBodyMapToggles(doc, { label: LABEL, pressed: chosen.keys(), onToggle });
  figureWrap.appendChild(figure.el);
  const list = createBodyRegionList(doc, { label: LABEL, pressed: chosen.keys(), onToggle });
  listWrap.appendChild(list.el);

  function drawRows(): void {
    rows.empty();
    if (chosen.size === 0) {
      rows.createDiv({ cls: 'glimmers-hint', text: 'Tap where you felt it.' });
      return;
    }
    for (const region of BODY_REGIONS) {
      if (!chosen.has(region.id)) continue;
      const row = rows.createDiv({ cls: 'glimmers-body-row' });
      const selectId = `${spec.domId}-${region.id}`;
      row.createEl('label', { cls: 'glimmers-body-row-label', text: region.word, attr: { for: selectId } });
      const select = row.createEl('select', {
        cls: 'dropdown glimmers-select glimmers-body-sensation',
        attr: { id: selectId, 'aria-label': `How did my ${region.word} feel?` },
      });
      select.createEl('option', { text: 'Just there', attr: { value: '' } });
      const current = chosen.get(region.id) ?? '';
      const offered = current !== '' && !sensations.includes(current) ? [...sensations, current] : sensations;
      for (const s of offered) select.createEl('option', { text: s, attr: { value: s } });
      select.value = current;
      component.registerDomEvent(select, 'change', () => {
        chosen.set(region.id, select.value);
        spec.onChange(entries());
      });
    }
  }
  drawRows();

  const ownWrap = field.createDiv();
  const drawOwn = (withEntry: boolean): void => {
    ownWrap.empty();
    if (own.length === 0 && !withEntry) return;
    createChipGroup(ownWrap, {
      component, domId: `${spec.domId}-own`, label: 'Also in my body', multiple: true, selected: own,
      options: [], onChange: (values) => { own = values; spec.onChange(entries()); },
      ...(withEntry ? { freeEntry: { placeholder: 'Add your own', maxLength: MAX_WORD_LENGTH } } : {}),
    });
  };
  drawOwn(false);

  component.registerDomEvent(switcher, 'click', () => {
    const showList = !figureWrap.hidden;
    listWrap.hidden = !showList;
    figureWrap.hidden = showList;
    switcher.setText(showList ? 'Show the figure' : 'Show as a list');
    drawOwn(showList);
  });
  return side;
}

import { BODY_REGIONS, type BodyRegionId } from '@glimmers/core';
import { describe, expect, it } from 'vitest';
import { BODY_LEVELS, createBodyMapFigure, createBodyMapToggles, createBodyRegionList } from '@glimmers/dashboard';

const WORDS = BODY_REGIONS.map((r) => r.word);

function regionButtons(root: Element): Element[] {
  return [...root.querySelectorAll('[role="button"]')];
}

function press(target: Element, key: string): KeyboardEvent {
  const evt = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(evt);
  return evt;
}

describe('body map figure, toggles', () => {
  it('is a labelled group of twelve toggle buttons named by the region words, head to feet', () => {
    const figure = createBodyMapToggles(document, { label: 'Where did I feel it?', pressed: ['chest'], onToggle: () => undefined });
    expect(figure.el.tagName.toLowerCase()).toBe('svg');
    expect(figure.el.getAttribute('role')).toBe('group');
    expect(figure.el.getAttribute('aria-label')).toBe('Where did I feel it?');
    const buttons = regionButtons(figure.el);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(WORDS);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(WORDS.map((w) => (w === 'chest' ? 'true' : 'false')));
    // One Tab stop: the pressed region.
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0').map((b) => b.getAttribute('aria-label'))).toEqual(['chest']);
    // Every region has a drawn shape.
    for (const b of buttons) expect(b.getAttribute('d')).toMatch(/^M[\d.,]+[CL]/);
  });

  it('toggles a region on click (a tap) and tells who listens', () => {
    const calls: Array<[BodyRegionId, boolean]> = [];
    const figure = createBodyMapToggles(document, { label: 'Body', pressed: [], onToggle: (id, on) => calls.push([id, on]) });
    const belly = figure.el.querySelector('[aria-label="belly"]') as SVGElement;
    belly.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(belly.getAttribute('aria-pressed')).toBe('true');
    belly.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(belly.getAttribute('aria-pressed')).toBe('false');
    expect(calls).toEqual([['belly', true], ['belly', false]]);
    expect(figure.pressed()).toEqual([]);
  });

  it('moves head to feet with the arrow keys, and presses with Enter or Space, never with a composing Enter', () => {
    const calls: Array<[BodyRegionId, boolean]> = [];
    const figure = createBodyMapToggles(document, { label: 'Body', pressed: [], onToggle: (id, on) => calls.push([id, on]) });
    document.body.appendChild(figure.el);
    const head = figure.el.querySelector('[aria-label="head"]') as SVGElement;
    expect(head.getAttribute('tabindex')).toBe('0');
    (head as unknown as HTMLElement).focus();
    expect(press(head, 'ArrowDown').defaultPrevented).toBe(true);
    const face = figure.el.querySelector('[aria-label="face and jaw"]') as SVGElement;
    expect(document.activeElement).toBe(face);
    expect(face.getAttribute('tabindex')).toBe('0');
    expect(head.getAttribute('tabindex')).toBe('-1');
    press(face, 'End');
    const feet = figure.el.querySelector('[aria-label="feet"]') as SVGElement;
    expect(document.activeElement).toBe(feet);
    press(feet, 'ArrowRight');
    expect(document.activeElement).toBe(head);
    press(head, 'ArrowUp');
    expect(document.activeElement).toBe(feet);
    press(feet, ' ');
    press(feet, 'Enter');
    feet.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
    feet.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true }));
    expect(calls).toEqual([['feet', true], ['feet', false]]);
    figure.el.remove();
  });

  it('follows the list alternative without calling back', () => {
    const calls: BodyRegionId[] = [];
    const figure = createBodyMapToggles(document, { label: 'Body', pressed: [], onToggle: (id) => calls.push(id) });
    figure.setPressed('hands', true);
    figure.setPressed('back', true);
    expect(figure.pressed()).toEqual(['hands', 'back']);
    expect(figure.el.querySelector('[aria-label="hands"]')?.getAttribute('aria-pressed')).toBe('true');
    figure.setPressed('hands', false);
    expect(figure.pressed()).toEqual(['back']);
    expect(calls).toEqual([]);
  });
});

describe('body map figure, display', () => {
  it('is one labelled image whose regions are shaded by level and carry a tooltip', () => {
    const figure = createBodyMapFigure(document, {
      label: 'Where glimmers were felt: chest most often',
      levels: { chest: 4, belly: 2, feet: 99, hands: -3, legs: Number.NaN },
      describe: (id) => `${id}: some`,
    });
    expect(figure.getAttribute('role')).toBe('img');
    expect(figure.getAttribute('aria-label')).toBe('Where glimmers were felt: chest most often');
    expect(regionButtons(figure)).toEqual([]);
    expect(figure.querySelectorAll('[tabindex]')).toHaveLength(0);
    const level = (id: string): string | undefined => figure.querySelector(`[data-region="${id}"]`)?.getAttribute('class')?.match(/glimmers-body-level-(\d)/)?.[1];
    expect([level('chest'), level('belly'), level('feet'), level('hands'), level('legs'), level('head')]).toEqual(['4', '2', String(BODY_LEVELS - 1), '0', '0', '0']);
    expect(figure.querySelector('[data-region="chest"] title')?.textContent).toBe('chest: some');
  });
});

describe('body map as a list', () => {
  it('offers the twelve regions as real toggle buttons and follows the figure', () => {
    const calls: Array<[BodyRegionId, boolean]> = [];
    const list = createBodyRegionList(document, { label: 'Where did I feel it? (list)', pressed: ['throat'], onToggle: (id, on) => calls.push([id, on]) });
    expect(list.el.getAttribute('role')).toBe('group');
    const buttons = [...list.el.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(WORDS);
    expect(buttons.every((b) => b.type === 'button')).toBe(true);
    expect(buttons.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent)).toEqual(['throat']);
    buttons[0]?.click();
    expect(buttons[0]?.getAttribute('aria-pressed')).toBe('true');
    list.setPressed('throat', false);
    expect(buttons[2]?.getAttribute('aria-pressed')).toBe('false');
    expect(calls).toEqual([['head', true]]);
  });
});

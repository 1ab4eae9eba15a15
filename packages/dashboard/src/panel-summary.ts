/**
 * The summary at the top: the person's own history in a few sentences (this week, this month, a
 * notably heavier or lighter stretch, what helped before; core's `summarizeHistory`), then the
 * last 30 days as a quiet rhythm, never as a streak.
 */
import { append, el, svg } from './dom.ts';
import type { Ctx } from './panel-frame.ts';
import { frame } from './panel-frame.ts';

/** The summary panel: words first. */
export function summaryPanel(ctx: Ctx): HTMLElement {
  const { doc, model } = ctx;
  const s = model.summary;
  return frame(ctx, 'summary', 'Lately', () => {
    const words = el(doc, 'div', 'glimmers-sentences');
    for (const sentence of s.sentences) words.appendChild(el(doc, 'p', 'glimmers-sentence', sentence));
    // The strip only repeats the sentence below it, so it is hidden from screen readers.
    const strip = svg(doc, 'svg', { class: 'glimmers-rhythm', viewBox: `0 0 ${s.rhythm.length * 10} 10`, 'aria-hidden': 'true', focusable: 'false' });
    s.rhythm.forEach((d, i) => {
      strip.appendChild(svg(doc, 'circle', { class: d.count > 0 ? 'glimmers-rhythm-dot glimmers-rhythm-on' : 'glimmers-rhythm-dot', cx: i * 10 + 5, cy: 5, r: 3.5 }));
    });
    return [words, append(el(doc, 'div', 'glimmers-rhythm-wrap'), strip), el(doc, 'p', 'glimmers-rhythm-text', s.rhythmText)];
  });
}

/**
 * The `review` panel of the `glimmers` code block: this week's (or month's) review figures, live,
 * inside a note, for example a weekly note of Periodic Notes:
 *
 * ````
 * ```glimmers
 * panel: review
 * period: week        (or month; or week: 2026-W10, month: 2026-03 for a fixed one)
 * ```
 * ````
 * The figures are core's `reviewFigures` over the vault's index, the same as the review note's.
 * Reading only, except its button, which writes a review note like the command.
 */
import {
  localDate, monthPeriod, reviewFigures, reviewPeriodOf, reviewSummary, reviewTitle, themeLabel, weekPeriod,
  type GlimmersSettings, type ReviewPeriod,
} from '@glimmers/core';
import { MarkdownRenderChild } from 'obsidian';
import { showReadingStatus } from '../dashboard/host.ts';
import type { VaultIndex } from '../dashboard/vault-index.ts';

/** What a review block needs from the plugin. */
export interface ReviewBlockHost {
  vaultIndex: VaultIndex;
  getSettings(): GlimmersSettings;
  onSettingsChange(listener: () => void): () => void;
  now(): Date;
  /** Writes the review note of `period` (as "Write this week's review" does). */
  write(period: ReviewPeriod): Promise<void>;
}

/** What a block asks for: a period relative to today, or a fixed one. */
export interface ReviewBlockOptions {
  kind: ReviewPeriod['kind'];
  /** A fixed week or month (`week: 2026-W10`), or `null` for the one holding today. */
  fixed: ReviewPeriod | null;
  /** Sentences about lines that were not used. */
  problems: string[];
}

const KEYS = ['panel', 'period', 'week', 'month'];
const DAY_CHECK_MS = 60_000;

/** Reads a review block's options; pure and total (defaults: this week). */
export function parseReviewBlock(source: string): ReviewBlockOptions {
  const out: ReviewBlockOptions = { kind: 'week', fixed: null, problems: [] };
  for (const raw of source.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim().replace(/^["']|["']$/g, '') : '';
    if (!KEYS.includes(key)) {
      out.problems.push(`The review panel knows ${KEYS.join(', ')}; the line "${line.slice(0, 40)}" is left out.`);
    } else if (key === 'period') {
      if (value === 'week' || value === 'month') out.kind = value;
      else out.problems.push(`The period "${value.slice(0, 20)}" is not week or month, so this week is shown.`);
    } else if (key === 'week' || key === 'month') {
      const fixed = key === 'week' ? weekPeriod(value) : monthPeriod(value);
      if (fixed) {
        out.kind = fixed.kind;
        out.fixed = fixed;
      } else out.problems.push(`"${value.slice(0, 20)}" is not a ${key} like ${key === 'week' ? '2026-W10' : '2026-03'}, so this ${out.kind} is shown.`);
    }
  }
  return out;
}

function listLine(el: HTMLElement, label: string, record: Record<string, number>, name: (key: string) => string): void {
  const entries = Object.entries(record).slice(0, 5);
  const p = el.createEl('p', { cls: 'glimmers-review-block-line' });
  p.createSpan({ cls: 'glimmers-review-block-label', text: `${label}: ` });
  p.appendText(entries.length === 0 ? 'none noted' : entries.map(([key, n]) => `${name(key)} (${n})`).join(', '));
}

/** One rendered review block, live while its note is shown. */
export class ReviewBlock extends MarkdownRenderChild {
  private readonly options: ReviewBlockOptions;
  private shownDay = '';

  constructor(containerEl: HTMLElement, source: string, private readonly host: ReviewBlockHost) {
    super(containerEl);
    this.options = parseReviewBlock(source);
  }

  override onload(): void {
    this.register(this.host.vaultIndex.onChange(() => this.render()));
    this.register(this.host.onSettingsChange(() => this.render()));
    this.registerInterval(window.setInterval(() => {
      if (localDate(this.host.now()) !== this.shownDay) this.render();
    }, DAY_CHECK_MS));
    this.render();
  }

  private period(): ReviewPeriod | null {
    return this.options.fixed ?? reviewPeriodOf(this.options.kind, localDate(this.host.now()));
  }

  private render(): void {
    const el = this.containerEl;
    el.empty();
    el.addClass('glimmers-review-block');
    for (const problem of this.options.problems) el.createEl('p', { cls: 'glimmers-block-problem', text: problem });
    const status = el.createEl('p', { cls: 'glimmers-block-status' });
    this.shownDay = localDate(this.host.now());
    const period = this.period();
    if (period === null || !showReadingStatus(status, this.host.vaultIndex, '')) return;
    const figures = reviewFigures(this.host.vaultIndex.index, period);
    const labels = Object.fromEntries(this.host.getSettings().themes.map((t) => [t.id, t.label]));
    const section = el.createEl('section', { cls: 'glimmers-review-block-panel', attr: { 'aria-label': `Review: ${reviewTitle(period)}` } });
    section.createEl('h4', { cls: 'glimmers-review-block-title', text: reviewTitle(period) });
    section.createEl('p', { cls: 'glimmers-review-block-summary', text: reviewSummary(figures) });
    listLine(section, 'Themes', figures.byTheme, (id) => themeLabel(id, labels));
    listLine(section, 'What helped', figures.grounding, (g) => g);
    const current = this.options.fixed === null;
    const label = current ? `Write this ${period.kind}'s review` : `Write a review of ${reviewTitle(period)}`;
    const write = section.createEl('button', { cls: 'glimmers-review-block-write', text: label, attr: { type: 'button' } });
    write.addEventListener('click', () => void this.host.write(period));
  }
}

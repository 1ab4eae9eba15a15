/**
 * Revisiting in the plugin: core's one revisit rule over the vault's index, reading each note only
 * when it comes up (the index holds frontmatter; the words are in the body). Used by "Revisit a
 * glimmer" and open to the closing card after a heavy save: `new RevisitSession(...)`, then
 * `next()` for today's glimmer and again for "Show another".
 */
import { agoInWords, longDate, localDate, onThisDayEntries, revisitCandidates, type GlimmerIndex, type IndexEntry, type RevisitText } from '@glimmers/core';
import type { App } from 'obsidian';
import { loadRevisitText } from '../dashboard/host.ts';

/** A glimmer to reread, ready to show. */
export interface RevisitShown {
  path: string;
  /** "From 4 March 2025", "On this day, a year ago". */
  reason: string;
  /** For a glimmer from today's date in an earlier year or month: "a year ago", "2 years ago", "a month ago". */
  ago?: string;
  /** "4 March 2025". */
  dateLabel: string;
  title?: string;
  words: RevisitText;
}

/** What a session reads from. */
export interface RevisitSessionDeps {
  app: App;
  /** The vault's index (the dashboard's), read at each step. */
  index(): GlimmerIndex;
  now(): Date;
}

/** How many notes one step reads at most before saying there is nothing to reread (bounds the work). */
const MAX_READS = 200;

function shown(entry: IndexEntry, words: RevisitText, reason: string): RevisitShown {
  const out: RevisitShown = { path: entry.path, reason, dateLabel: longDate(entry.glimmer.day), words };
  if (typeof entry.glimmer.title === 'string' && entry.glimmer.title.trim() !== '') out.title = entry.glimmer.title;
  return out;
}

/** One person's walk through today's glimmers worth rereading. */
export class RevisitSession {
  private position = -1;
  private readonly words = new Map<string, RevisitText | null>();

  constructor(private readonly deps: RevisitSessionDeps) {}

  private async wordsOf(path: string): Promise<RevisitText | null> {
    // A note that cannot be read counts as one without words: another is offered.
    if (!this.words.has(path)) this.words.set(path, await loadRevisitText(this.deps.app, path).catch(() => null));
    return this.words.get(path) ?? null;
  }

  /** Today's glimmer on the first call, then the next one each time ("Show another"); `null` when none has words. */
  async next(): Promise<RevisitShown | null> {
    const today = localDate(this.deps.now());
    let reads = 0;
    for (const candidate of revisitCandidates(this.deps.index(), { today }, this.position)) {
      const words = await this.wordsOf(candidate.entry.path);
      if (words !== null) {
        this.position = candidate.position;
        return shown(candidate.entry, words, `From ${longDate(candidate.entry.glimmer.day)}`);
      }
      if (++reads >= MAX_READS) break;
    }
    return null;
  }

  /** A glimmer from today's date a year (or more) or a month ago that has words, or `null`. */
  async onThisDay(): Promise<RevisitShown | null> {
    for (const found of onThisDayEntries(this.deps.index(), { today: localDate(this.deps.now()) })) {
      const words = await this.wordsOf(found.entry.path);
      if (words === null) continue;
      const ago = agoInWords(found.ago);
      return { ...shown(found.entry, words, `On this day, ${ago}`), ago };
    }
    return null;
  }
}

/**
 * Finding a section by its heading: the one rule that the dashboard (pane, code block and HTML
 * export), the command line's exports and the templates share, so that they all read the same
 * section and show the same text.
 */
import { STANDARD_SECTIONS } from './vocabulary.ts';
import type { GlimmerSection } from './types.ts';

/**
 * A heading as compared: curly apostrophes as straight ones, every run of white space as one
 * space, trimmed, lower case. `## What I’m  Carrying` and `## What I'm carrying` are one section.
 *
 * @example
 * foldHeading(' What I’m  Carrying '); // "what i'm carrying"
 */
export function foldHeading(heading: string): string {
  return heading.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Where each run of backticks of a line starts, by run length, for finding a code span's end. */
function backtickRuns(line: string): { runs: { at: number; length: number }[]; byLength: Map<number, number[]> } {
  const runs: { at: number; length: number }[] = [];
  const byLength = new Map<number, number[]>();
  for (const m of line.matchAll(/`+/g)) {
    const run = { at: m.index, length: m[0].length };
    runs.push(run);
    const list = byLength.get(run.length);
    if (list) list.push(run.at);
    else byLength.set(run.length, [run.at]);
  }
  return { runs, byLength };
}

/**
 * Removes Obsidian comments from Markdown: everything from `%%` to the next `%%`, across lines;
 * a `%%` that is never closed hides the rest of the text, as Obsidian hides the rest of the note.
 * `%%` inside code (a backtick code span on one line, or a fenced code block) is text, as
 * Obsidian shows it. Linear in the length of the text.
 *
 * @example
 * removeComments('%% What do I want to remember? %%\nKeep going.'); // "\nKeep going."
 */
export function removeComments(markdown: string): string {
  if (!markdown.includes('%%')) return markdown;
  const out: string[] = [];
  let inComment = false;
  let fence: string | null = null;
  for (const line of markdown.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
    if (!inComment && fence !== null) {
      out.push(line);
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = null;
      continue;
    }
    if (!inComment) {
      const open = FENCE.exec(line);
      if (open) {
        fence = open[1] ?? '```';
        out.push(line);
        continue;
      }
    }
    const { runs, byLength } = backtickRuns(line);
    const next = new Map<number, number>();
    let run = 0;
    let i = 0;
    while (i < line.length) {
      const comment = line.indexOf('%%', i);
      if (inComment) {
        if (comment < 0) break;
        inComment = false;
        i = comment + 2;
        continue;
      }
      while (run < runs.length && (runs[run]?.at ?? 0) < i) run++;
      const span = runs[run];
      if (comment < 0 && span === undefined) {
        out.push(line.slice(i));
        break;
      }
      if (span !== undefined && (comment < 0 || span.at < comment)) {
        // A code span: the next run of exactly as many backticks closes it; without one, the run is text.
        const starts = byLength.get(span.length) ?? [];
        let k = next.get(span.length) ?? 0;
        while (k < starts.length && (starts[k] ?? 0) <= span.at) k++;
        next.set(span.length, k);
        const close = starts[k];
        const end = close === undefined ? span.at + span.length : close + span.length;
        out.push(line.slice(i, end));
        i = end;
        continue;
      }
      out.push(line.slice(i, comment));
      inComment = true;
      i = comment + 2;
    }
  }
  return out.join('');
}

/**
 * The text of a note's section with the given heading (compared by {@link foldHeading}), without
 * Obsidian comments, trimmed; sections that share the heading are joined by a blank line. `''`
 * when there is no such section or it holds only comments.
 *
 * @example
 * sectionText(parseGlimmer(note), "What I'm carrying");
 */
export function sectionText(note: { readonly sections: readonly GlimmerSection[] }, heading: string): string {
  const wanted = foldHeading(heading);
  const texts: string[] = [];
  for (const section of note.sections) {
    if (foldHeading(section.heading) !== wanted) continue;
    const text = removeComments(section.text).trim();
    if (text !== '') texts.push(text);
  }
  return texts.join('\n\n');
}

/** The standard heading of the section people write to come back to. */
export const REMEMBER_HEADING: string = STANDARD_SECTIONS[2] ?? 'What I want to remember';

/**
 * The "What I want to remember" text of a note ({@link sectionText} of {@link REMEMBER_HEADING}):
 * what the dashboard shows to revisit and what the exports quote.
 */
export function rememberText(note: { readonly sections: readonly GlimmerSection[] }): string {
  return sectionText(note, REMEMBER_HEADING);
}

/**
 * An unsaved glimmer kept as a note in the vault, so a draft survives a phone ending Obsidian in
 * the background. The note says `type: glimmer-draft`, so by the format's rule it is a plain note:
 * never a glimmer, never an attempted glimmer, never counted. Everything the form held is in its
 * frontmatter, one readable key per field (the answers as `answer-<slot>` text), and its body says
 * what the note is. Never in `data.json`: a draft is note text.
 */
import { stringifyFrontmatter } from '../format/serialize.ts';
import { readFrontmatterObject } from '../frontmatter/read-frontmatter.ts';
import { splitFrontmatter } from '../frontmatter/split-frontmatter.ts';

/** What a capture form holds; what a draft note keeps. */
export interface GlimmerDraft {
  title: string;
  /** Answers by prompt slot (`witnessed`, `felt`, …, `section-N`). */
  answers: Record<string, string>;
  themes: string[];
  /** A moment id, or `''` for none. */
  moment: string;
  intensity: number | null;
  weight: number | null;
  body: string[];
  feelings: string[];
  grounding: string[];
}

/** The `type` of a draft note. Not `glimmer`, so no reader counts it. */
export const DRAFT_NOTE_TYPE = 'glimmer-draft';

/** What a draft note holds: which form it belongs to, and the form's contents. */
export interface DraftNote {
  /** The form and template the draft belongs to (`reflection:builtin:session`). */
  key: string;
  draft: GlimmerDraft;
}

const ANSWER_PREFIX = 'answer-';

const DRAFT_BODY = `This is a glimmer you started and have not saved yet. Glimmers opens it again the next time you
start the same form, and removes this note when you save the glimmer or let the draft go. It is not
counted as a glimmer.
`;

/**
 * The text of a draft note. `updated` is when it was written (`YYYY-MM-DDTHH:mm`), for a person
 * looking at the note; empty answers and fields are left out.
 */
export function draftNoteText(note: DraftNote, updated: string): string {
  const { draft } = note;
  const entries: Array<[string, unknown]> = [['type', DRAFT_NOTE_TYPE], ['draft', note.key], ['updated', updated]];
  if (draft.title.trim() !== '') entries.push(['title', draft.title]);
  if (draft.moment !== '') entries.push(['moment', draft.moment]);
  if (draft.intensity !== null) entries.push(['intensity', draft.intensity]);
  if (draft.weight !== null) entries.push(['weight', draft.weight]);
  for (const key of ['themes', 'body', 'feelings', 'grounding'] as const) if (draft[key].length > 0) entries.push([key, [...draft[key]]]);
  for (const [slot, text] of Object.entries(draft.answers)) if (text.trim() !== '') entries.push([`${ANSWER_PREFIX}${slot}`, text]);
  return `---\n${stringifyFrontmatter(entries)}---\n${DRAFT_BODY}`;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const words = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).map(text).filter((w) => w.trim() !== '');
const scale = (value: unknown, min: number, max: number): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;

/**
 * Reads a draft note back; `null` when the text is not a draft note (no frontmatter, another
 * `type`, no `draft` key). Values of the wrong kind are dropped, never guessed. Never throws.
 */
export function readDraftNote(markdown: string): DraftNote | null {
  const split = splitFrontmatter(markdown);
  if (split.raw === null) return null;
  const read = readFrontmatterObject(split.raw);
  if (!read.ok) return null;
  const fm = read.data;
  if (fm['type'] !== DRAFT_NOTE_TYPE || typeof fm['draft'] !== 'string' || fm['draft'] === '') return null;
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(fm)) {
    if (key.startsWith(ANSWER_PREFIX) && key.length > ANSWER_PREFIX.length && text(value) !== '') answers[key.slice(ANSWER_PREFIX.length)] = text(value);
  }
  return {
    key: fm['draft'],
    draft: {
      title: text(fm['title']),
      answers,
      themes: words(fm['themes']),
      moment: text(fm['moment']),
      intensity: scale(fm['intensity'], 1, 5),
      weight: scale(fm['weight'], 0, 5),
      body: words(fm['body']),
      feelings: words(fm['feelings']),
      grounding: words(fm['grounding']),
    },
  };
}

/**
 * The words of the two scales, in one place for the form, the dashboard and `glimmer list`: how
 * much a moment filled you up (`intensity`, 1-5) and how heavy the work felt (`weight`, 0-5).
 */

/** One of the two scales of a glimmer. */
export interface ScaleDefinition {
  /** The frontmatter key. */
  readonly key: 'intensity' | 'weight';
  /** The question the form asks. */
  readonly question: string;
  readonly min: number;
  readonly max: number;
  /** A word for every value, from `min` to `max`. */
  readonly words: readonly string[];
  /** The words at the two ends (the first and last of `words`). */
  readonly low: string;
  readonly high: string;
}

function scale(key: ScaleDefinition['key'], question: string, min: number, words: readonly string[]): ScaleDefinition {
  return Object.freeze({
    key, question, min, max: min + words.length - 1,
    words: Object.freeze([...words]), low: words[0] ?? '', high: words[words.length - 1] ?? '',
  });
}

/** `intensity`: 1 "a flicker" to 5 "filled me up". */
export const INTENSITY_SCALE: ScaleDefinition = scale('intensity', 'How much did it fill me up?', 1, [
  'a flicker', 'a glow', 'warmed me', 'lifted me', 'filled me up',
]);

/** `weight`: 0 "light" to 5 "very heavy". */
export const WEIGHT_SCALE: ScaleDefinition = scale('weight', 'How heavy did the work feel?', 0, [
  'light', 'a little weight', 'some weight', 'heavy', 'weighing on me', 'very heavy',
]);

/** The word for a value of a scale (`scaleWord(INTENSITY_SCALE, 5)` is "filled me up"), or `undefined` outside it. */
export function scaleWord(scale: ScaleDefinition, value: number): string | undefined {
  return Number.isInteger(value) ? scale.words[value - scale.min] : undefined;
}

/**
 * A value with its word and the scale's range, as a list or a table shows it: `4/5 lifted me`,
 * `0/5 light`. A value outside the scale is shown as its number alone.
 */
export function scaleText(scale: ScaleDefinition, value: number): string {
  const word = scaleWord(scale, value);
  return word === undefined ? String(value) : `${value}/${scale.max} ${word}`;
}

/**
 * The word lists a new vault starts with (Settings → the lists): feelings that hold light and weight
 * side by side, sensations for the body map, and a first grounding toolkit. A migration never
 * changes a list someone already has; these are only the defaults.
 */
import { DEFAULT_SENSATIONS } from '../body/sensations.ts';

/** Feelings, light ones first, then heavy ones: a glimmer can hold both. */
export const DEFAULT_FEELINGS: readonly string[] = Object.freeze([
  'relief', 'hope', 'tenderness', 'awe', 'pride', 'calm', 'gratitude', 'joy',
  'heaviness', 'sadness', 'tiredness', 'numbness', 'anger', 'fear', 'grief', 'unease',
]);

/** The body list: sensation words (the body map supplies the places). */
export const DEFAULT_BODY_WORDS: readonly string[] = DEFAULT_SENSATIONS;

/** "What helps me get back to basics": small, ordinary things that ground. */
export const DEFAULT_GROUNDING: readonly string[] = Object.freeze([
  'a slow breath', 'feet on the floor', 'a short walk', 'a glass of water', 'stretching',
  'time outside', 'a warm drink', 'music', 'talking with a colleague',
]);

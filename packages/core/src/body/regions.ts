/**
 * The body map's regions: the one vocabulary of places in the body that the form's body map, the
 * dashboard's body map and {@link bodyRegionsOf} share. A region's `word` is what people read and
 * what the form writes into a note's `body` list; its `names` are the other words people use for
 * the same place, so entries written by hand (`stomach`, `jaw loosened`) land on the map too.
 */

/** The id of one region, stable across versions (the figure and the dashboard key on it). */
export type BodyRegionId =
  | 'head' | 'face-jaw' | 'throat' | 'shoulders' | 'chest' | 'arms'
  | 'hands' | 'belly' | 'back' | 'hips' | 'legs' | 'feet';

/** One region of the body map. */
export interface BodyRegion {
  readonly id: BodyRegionId;
  /** The region's word, in the words the form writes: `face and jaw`, `chest`. */
  readonly word: string;
  /**
   * Every lower-case word or phrase that names this region in a body entry, the region's word
   * included. Phrases of several words (`lower back`, `shoulder blades`) win over their parts.
   */
  readonly names: readonly string[];
}

const region = (id: BodyRegionId, word: string, names: string[]): BodyRegion =>
  Object.freeze({ id, word, names: Object.freeze([word, ...names]) });

/**
 * The twelve regions, from head to feet (the order of the form's list and the dashboard's table).
 * `back` is drawn on the front-view figure as a band behind the waist, since a front view cannot
 * show it; the list alternative names it like every other region.
 */
export const BODY_REGIONS: readonly BodyRegion[] = Object.freeze([
  region('head', 'head', ['heads', 'scalp', 'skull', 'temple', 'temples', 'crown', 'ear', 'ears', 'headache']),
  region('face-jaw', 'face and jaw', [
    'face', 'faces', 'jaw', 'jaws', 'jawline', 'cheek', 'cheeks', 'eye', 'eyes', 'eyelids', 'forehead', 'brow', 'brows',
    'mouth', 'lip', 'lips', 'smile', 'tongue', 'teeth', 'nose', 'chin', 'tears', 'tear',
  ]),
  region('throat', 'throat', ['throats', 'neck', 'voice', 'larynx']),
  region('shoulders', 'shoulders', ['shoulder', 'traps']),
  region('chest', 'chest', [
    'chests', 'heart', 'hearts', 'heartbeat', 'breast', 'breasts', 'breastbone', 'sternum', 'rib', 'ribs', 'ribcage', 'rib cage',
    'lung', 'lungs', 'breath', 'breathing', 'breaths',
  ]),
  region('arms', 'arms', ['arm', 'elbow', 'elbows', 'forearm', 'forearms', 'upper arm', 'upper arms', 'biceps']),
  region('hands', 'hands', [
    'hand', 'palm', 'palms', 'finger', 'fingers', 'fingertips', 'thumb', 'thumbs', 'fist', 'fists', 'knuckles', 'wrist', 'wrists',
  ]),
  region('belly', 'belly', [
    'bellies', 'stomach', 'stomachs', 'tummy', 'gut', 'guts', 'abdomen', 'abdominal', 'abs', 'navel', 'solar plexus',
  ]),
  region('back', 'back', ['spine', 'lower back', 'upper back', 'shoulder blade', 'shoulder blades', 'backbone']),
  region('hips', 'hips', ['hip', 'pelvis', 'pelvic', 'pelvic floor', 'groin', 'glutes', 'buttocks', 'sacrum', 'tailbone']),
  region('legs', 'legs', ['leg', 'thigh', 'thighs', 'knee', 'knees', 'calf', 'calves', 'shin', 'shins', 'hamstrings']),
  region('feet', 'feet', ['foot', 'toe', 'toes', 'ankle', 'ankles', 'heel', 'heels', 'sole', 'soles']),
]);

/** The region with this id, or `undefined`. */
export function bodyRegion(id: string): BodyRegion | undefined {
  return BODY_REGIONS.find((r) => r.id === id);
}

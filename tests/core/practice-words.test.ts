import { describe, expect, it } from 'vitest';
import {
  bodyRegionsOf, DEFAULT_BODY_WORDS, DEFAULT_FEELINGS, DEFAULT_GROUNDING, defaultSettings, INTENSITY_SCALE, migrateSettings,
  scaleText, scaleWord, suggestGrounding, WEIGHT_SCALE, type GroundingHistoryItem,
} from '@glimmers/core';

describe('scale words', () => {
  it('has a word for every value of both scales, with the ends named', () => {
    expect([INTENSITY_SCALE.min, INTENSITY_SCALE.max, INTENSITY_SCALE.low, INTENSITY_SCALE.high]).toEqual([1, 5, 'a flicker', 'filled me up']);
    expect([WEIGHT_SCALE.min, WEIGHT_SCALE.max, WEIGHT_SCALE.low, WEIGHT_SCALE.high]).toEqual([0, 5, 'light', 'very heavy']);
    expect(INTENSITY_SCALE.words).toHaveLength(5);
    expect(WEIGHT_SCALE.words).toHaveLength(6);
    for (const scale of [INTENSITY_SCALE, WEIGHT_SCALE]) {
      expect(new Set(scale.words).size, `${scale.key} words are all different`).toBe(scale.words.length);
    }
  });

  it('names a value, and nothing outside the scale', () => {
    expect(scaleWord(INTENSITY_SCALE, 1)).toBe('a flicker');
    expect(scaleWord(INTENSITY_SCALE, 5)).toBe('filled me up');
    expect(scaleWord(WEIGHT_SCALE, 0)).toBe('light');
    expect(scaleWord(WEIGHT_SCALE, 5)).toBe('very heavy');
    expect(scaleWord(INTENSITY_SCALE, 0)).toBeUndefined();
    expect(scaleWord(WEIGHT_SCALE, 6)).toBeUndefined();
    expect(scaleWord(WEIGHT_SCALE, 2.5)).toBeUndefined();
    expect(scaleText(INTENSITY_SCALE, 4)).toBe('4/5 lifted me');
    expect(scaleText(WEIGHT_SCALE, 0)).toBe('0/5 light');
    expect(scaleText(WEIGHT_SCALE, 9)).toBe('9');
  });
});

describe('default words', () => {
  it('offers feelings for light and for weight', () => {
    for (const light of ['relief', 'hope', 'tenderness', 'awe', 'pride', 'calm', 'gratitude', 'joy']) expect(DEFAULT_FEELINGS).toContain(light);
    for (const heavy of ['heaviness', 'sadness', 'tiredness', 'numbness', 'anger', 'fear', 'grief', 'unease']) expect(DEFAULT_FEELINGS).toContain(heavy);
  });

  it('offers sensations, not places, for the body', () => {
    expect(DEFAULT_BODY_WORDS).toEqual(expect.arrayContaining(['warm', 'tight', 'loose', 'heavy', 'open', 'buzzing', 'tingling']));
    for (const word of DEFAULT_BODY_WORDS) expect(bodyRegionsOf(word), word).toEqual([]);
  });

  it('starts a new vault with these lists, "open after saving" off and the form\'s memory empty', () => {
    const s = defaultSettings();
    expect(s.feelings).toEqual([...DEFAULT_FEELINGS]);
    expect(s.body).toEqual([...DEFAULT_BODY_WORDS]);
    expect(s.grounding).toEqual([...DEFAULT_GROUNDING]);
    expect(s.openAfterCreate).toBe(false);
    expect(s.practice).toEqual({ detailsOpen: false, firstRunSeen: false });
    expect(migrateSettings(null)).toEqual(s);
    expect(migrateSettings({})).toEqual(s);
  });

  it('never changes the lists or the choice a person already has', () => {
    const old = {
      version: 1, openAfterCreate: true,
      body: ['chest', 'breath', 'shoulders', 'belly', 'throat', 'face', 'hands'],
      feelings: ['warmth', 'hope', 'calm', 'gratitude', 'tenderness', 'awe', 'relief', 'joy'],
      grounding: ['a slow breath'],
    };
    const s = migrateSettings(old);
    expect(s.body).toEqual(old.body);
    expect(s.feelings).toEqual(old.feelings);
    expect(s.grounding).toEqual(old.grounding);
    expect(s.openAfterCreate).toBe(true);
    expect(migrateSettings({ feelings: [] }).feelings).toEqual([]);
  });

  it('reads the form\'s memory, and defaults anything malformed', () => {
    expect(migrateSettings({ practice: { detailsOpen: true, firstRunSeen: true } }).practice).toEqual({ detailsOpen: true, firstRunSeen: true });
    expect(migrateSettings({ practice: { detailsOpen: 'yes', firstRunSeen: 1 } }).practice).toEqual({ detailsOpen: false, firstRunSeen: false });
    expect(migrateSettings({ practice: [true] }).practice).toEqual({ detailsOpen: false, firstRunSeen: false });
  });
});

describe('suggestGrounding', () => {
  const toolkit = ['a slow breath', 'feet on the floor', 'a short walk', 'a glass of water', 'music'];
  const day = (d: number, weight: number | undefined, grounding: string[]): GroundingHistoryItem =>
    ({ day: `2026-03-${String(d).padStart(2, '0')}`, ...(weight === undefined ? {} : { weight }), grounding });

  it('with no history, suggests the first three of the toolkit in its order', () => {
    expect(suggestGrounding({ toolkit, history: [] })).toEqual(['a slow breath', 'feet on the floor', 'a short walk']);
    expect(suggestGrounding({ toolkit, history: [], limit: 5 })).toEqual(toolkit);
    expect(suggestGrounding({ toolkit: [], history: [day(1, 3, ['music'])] })).toEqual([]);
  });

  it('puts first what was chosen after days of a similar weight', () => {
    const history = [
      day(1, 1, ['a glass of water']), day(2, 1, ['a glass of water']), day(3, 1, ['a glass of water']),
      day(4, 4, ['music']), day(5, 5, ['music', 'a short walk']), day(6, 2, ['a short walk']),
    ];
    expect(suggestGrounding({ toolkit, history, weight: 4 })).toEqual(['music', 'a short walk', 'a glass of water']);
    // Then what was chosen most at all, the latest first when as often.
    expect(suggestGrounding({ toolkit, history, weight: 0 })).toEqual(['a glass of water', 'a short walk', 'music']);
    // Without a weight every day counts alike.
    expect(suggestGrounding({ toolkit, history })).toEqual(['a glass of water', 'a short walk', 'music']);
  });

  it('breaks ties by the most recent choice, then by the toolkit order', () => {
    const history = [day(1, 2, ['a slow breath']), day(9, 2, ['music'])];
    expect(suggestGrounding({ toolkit, history, weight: 2 })).toEqual(['music', 'a slow breath', 'feet on the floor']);
  });

  it('matches words whatever their case or spacing, counts a glimmer once, and suggests only the toolkit', () => {
    const history = [day(1, 3, ['Music', 'music ', 'a  short walk', 'knitting']), day(2, 3, ['knitting'])];
    expect(suggestGrounding({ toolkit, history, weight: 3 })).toEqual(['a short walk', 'music', 'a slow breath']);
  });

  it('leaves out what the glimmer already names', () => {
    expect(suggestGrounding({ toolkit, history: [], chosen: ['A slow breath', 'music'] })).toEqual(['feet on the floor', 'a short walk', 'a glass of water']);
  });

  it('keeps the toolkit\'s own spelling and skips its duplicates', () => {
    expect(suggestGrounding({ toolkit: ['Tea', 'tea', ' ', 'Walk'], history: [day(1, 1, ['walk'])], weight: 1 })).toEqual(['Walk', 'Tea']);
  });
});

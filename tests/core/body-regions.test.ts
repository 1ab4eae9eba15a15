import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_REGIONS, bodyRegion, bodyRegionsOf, composeBodyEntry, DEFAULT_SENSATIONS, sensationChoices, splitBodyEntry } from '@glimmers/core';

/** The fixture table: `entry<TAB>regions` per line, `#` lines are comments. */
function fixtureRows(): Array<[string, string[]]> {
  const text = readFileSync(join(import.meta.dirname, 'body', 'region-entries.tsv'), 'utf8');
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) throw new Error(`fixture line without a tab: ${JSON.stringify(line)}`);
    const regions = line.slice(tab + 1).trim();
    return [line.slice(0, tab), regions === '-' ? [] : regions.split(',').map((r) => r.trim())];
  });
}

describe('bodyRegionsOf (fixture table)', () => {
  const rows = fixtureRows();

  it('reads a table with enough rows to mean something', () => {
    expect(rows.length).toBeGreaterThan(50);
    const named = new Set(rows.flatMap(([, regions]) => regions));
    // Every region is reached by some phrasing, and every expected id is a real region.
    expect([...named].sort()).toEqual(BODY_REGIONS.map((r) => r.id).sort());
  });

  it.each(rows)('%j → %j', (entry, expected) => {
    expect(bodyRegionsOf(entry)).toEqual(expected);
  });
});

describe('body regions', () => {
  it('has the twelve regions of the body map, head to feet, each named by its own word', () => {
    expect(BODY_REGIONS.map((r) => [r.id, r.word])).toEqual([
      ['head', 'head'], ['face-jaw', 'face and jaw'], ['throat', 'throat'], ['shoulders', 'shoulders'], ['chest', 'chest'],
      ['arms', 'arms'], ['hands', 'hands'], ['belly', 'belly'], ['back', 'back'], ['hips', 'hips'], ['legs', 'legs'], ['feet', 'feet'],
    ]);
    for (const r of BODY_REGIONS) expect(bodyRegionsOf(r.word)).toEqual([r.id]);
  });

  it('gives each name to one region only', () => {
    const owner = new Map<string, string>();
    for (const r of BODY_REGIONS) {
      for (const name of r.names) {
        expect(owner.get(name), `"${name}" named by ${owner.get(name)} and ${r.id}`).toBeUndefined();
        owner.set(name, r.id);
      }
    }
  });

  it('finds a region by id', () => {
    expect(bodyRegion('face-jaw')?.word).toBe('face and jaw');
    expect(bodyRegion('tail')).toBeUndefined();
  });
});

describe('body map entries', () => {
  const chest = bodyRegion('chest')!;
  const back = bodyRegion('back')!;

  it('writes a region alone, or a sensation before it', () => {
    expect(composeBodyEntry(chest)).toBe('chest');
    expect(composeBodyEntry(chest, 'warm')).toBe('warm chest');
    expect(composeBodyEntry(chest, '  very   warm ')).toBe('very warm chest');
    expect(composeBodyEntry(chest, '   ')).toBe('chest');
  });

  it('reads its own entries back, and nothing else', () => {
    for (const region of BODY_REGIONS) {
      expect(splitBodyEntry(composeBodyEntry(region), DEFAULT_SENSATIONS)).toEqual({ region: region.id, sensation: '' });
      for (const sensation of DEFAULT_SENSATIONS) {
        const entry = composeBodyEntry(region, sensation);
        expect(splitBodyEntry(entry, DEFAULT_SENSATIONS)).toEqual({ region: region.id, sensation });
        // The dashboard reads the same entry onto the same region.
        expect(bodyRegionsOf(entry)).toEqual([region.id]);
      }
    }
    const mine = ['warm', 'pins and needles', 'Fizzy'];
    expect(splitBodyEntry('warm back', mine)).toEqual({ region: back.id, sensation: 'warm' });
    expect(splitBodyEntry('pins  and needles chest', mine)).toEqual({ region: chest.id, sensation: 'pins and needles' });
    expect(splitBodyEntry('fizzy chest', mine)).toEqual({ region: chest.id, sensation: 'Fizzy' });
    expect(splitBodyEntry('lower back', mine)).toBeNull();
    expect(splitBodyEntry('upper arms', mine)).toBeNull();
    expect(splitBodyEntry('tight jaw', mine)).toBeNull();
    expect(splitBodyEntry('tight chest', mine)).toBeNull();
    expect(splitBodyEntry('a lump in my throat', mine)).toBeNull();
    expect(splitBodyEntry('chest and shoulders', mine)).toBeNull();
    expect(splitBodyEntry('', mine)).toBeNull();
  });

  it('offers the person\'s sensation words, setting aside words that name a place', () => {
    expect(sensationChoices(['warm', 'chest', 'fizzy', 'breath'])).toEqual(['warm', 'fizzy']);
    // The lists of vaults made before the body map held only places: the default sensations instead.
    expect(sensationChoices(['chest', 'breath', 'shoulders', 'belly', 'throat', 'face', 'hands'])).toEqual([...DEFAULT_SENSATIONS]);
    expect(sensationChoices([])).toEqual([...DEFAULT_SENSATIONS]);
  });

  it('has sensation words that name no place', () => {
    for (const s of DEFAULT_SENSATIONS) expect(bodyRegionsOf(s), s).toEqual([]);
  });
});

/**
 * `glimmer.schema.json` must describe exactly what the code accepts: a small evaluator for the
 * JSON Schema keywords the file uses checks it against `validateFrontmatter` on generated data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidCreated, validateFrontmatter } from '@glimmers/core';

type Schema = boolean | Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../packages/core/glimmer.schema.json'), 'utf8')) as Record<string, unknown>;

const KNOWN_KEYWORDS = new Set([
  '$schema', '$id', 'title', 'description', 'examples', 'type', 'required', 'properties', 'additionalProperties',
  'const', 'enum', 'anyOf', 'pattern', 'minimum', 'maximum', 'items',
]);

function typeMatches(type: string, v: unknown): boolean {
  switch (type) {
    case 'null': return v === null;
    case 'string': return typeof v === 'string';
    case 'boolean': return typeof v === 'boolean';
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'array': return Array.isArray(v);
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    default: throw new Error(`type ${type} not supported by this evaluator`);
  }
}

/** JSON Schema 2020-12, restricted to the keywords above (the test fails if the file uses others). */
function valid(s: Schema, v: unknown): boolean {
  if (typeof s === 'boolean') return s;
  for (const k of Object.keys(s)) if (!KNOWN_KEYWORDS.has(k)) throw new Error(`keyword ${k} not supported by this evaluator`);
  if (s['type'] !== undefined) {
    const types = Array.isArray(s['type']) ? (s['type'] as string[]) : [s['type'] as string];
    if (!types.some((t) => typeMatches(t, v))) return false;
  }
  if ('const' in s && JSON.stringify(s['const']) !== JSON.stringify(v)) return false;
  if (Array.isArray(s['enum']) && !s['enum'].some((e) => JSON.stringify(e) === JSON.stringify(v))) return false;
  if (Array.isArray(s['anyOf']) && !(s['anyOf'] as Schema[]).some((sub) => valid(sub, v))) return false;
  if (typeof v === 'string' && typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(v)) return false;
  if (typeof v === 'number' && typeof s['minimum'] === 'number' && !(v >= s['minimum'])) return false;
  if (typeof v === 'number' && typeof s['maximum'] === 'number' && !(v <= s['maximum'])) return false;
  if (Array.isArray(v) && s['items'] !== undefined && !v.every((item) => valid(s['items'] as Schema, item))) return false;
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(s['required']) && !(s['required'] as string[]).every((k) => Object.prototype.hasOwnProperty.call(o, k))) return false;
    const props = (s['properties'] ?? {}) as Record<string, Schema>;
    for (const [k, value] of Object.entries(o)) {
      const sub = Object.prototype.hasOwnProperty.call(props, k) ? props[k] : (s['additionalProperties'] as Schema | undefined) ?? true;
      if (sub !== undefined && !valid(sub, value)) return false;
    }
  }
  return true;
}

const props = schema['properties'] as Record<string, Schema>;

// Values close to the edges of every rule, plus arbitrary ones.
const scalarish = fc.oneof(
  fc.constantFrom(null, '', true, false, 0, -0, 1, 2.5, 3, 3.0, 5, 6, 9, -1, Number.NaN, Infinity, '3', ' 3 ', '3.0', '+3', '03', '-0', '-0.0', '2.5', '3.', '.5', 'lots', '0x3', '1e0', '５'),
  fc.integer({ min: -3, max: 8 }),
  fc.double(),
  fc.string({ maxLength: 4 }),
  fc.stringMatching(/^\s?[+-]?\d{1,3}(\.\d{1,2})?\s?$/),
);
const anyValue = fc.oneof(scalarish, fc.array(scalarish, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 3 }), scalarish, { maxKeys: 2 }));

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const createdish = fc.oneof(
  fc.record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }), h: fc.integer({ min: 0, max: 25 }), mi: fc.integer({ min: 0, max: 61 }), s: fc.integer({ min: 0, max: 61 }), form: fc.nat(6), zone: fc.constantFrom('', 'Z', '+05:30', '-24:00', '+23:59', '+1:00', 'z') })
    .map(({ y, m, d, h, mi, s, form, zone }) => {
      const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      return [day, `${day}T${pad(h, 2)}:${pad(mi, 2)}${zone}`, `${day}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${zone}`, `${day}${zone}`, `${day} ${pad(h, 2)}:${pad(mi, 2)}`, `${day}T${pad(h, 2)}`, ` ${day}`][form] ?? day;
    }),
  fc.constantFrom('2024-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '2100-02-29', '2026-02-29', '2026-04-31', '2026-12-31'),
  fc.string({ maxLength: 12 }),
);

describe('glimmer.schema.json', () => {
  it('is a JSON Schema 2020-12 document', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['required']).toEqual(['type', 'created']);
  });

  it('accepts exactly the created values the code accepts', { timeout: 120_000 }, () => {
    fc.assert(fc.property(createdish, (c) => {
      expect(valid(props['created'] as Schema, c)).toBe(isValidCreated(c));
    }), { numRuns: 5000 });
  });

  it('accepts exactly the intensity and weight values the code accepts', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom('intensity', 'weight'), anyValue, (field, value) => {
        const code = validateFrontmatter({ type: 'glimmer', created: '2026-02-03', [field]: value }).glimmer !== null;
        expect(valid(props[field] as Schema, value)).toBe(code);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts a frontmatter object exactly when the code reads it as a glimmer', { timeout: 120_000 }, () => {
    const key = fc.constantFrom('type', 'created', 'moment', 'themes', 'intensity', 'weight', 'body', 'feelings', 'grounding', 'tags', 'other');
    const data = fc.tuple(
      fc.constantFrom<unknown>('glimmer', 'glimmer', 'glimmer', 'Glimmer', undefined),
      fc.oneof(createdish, fc.constant(undefined), anyValue),
      fc.dictionary(key, anyValue, { maxKeys: 5 }),
    ).map(([type, created, rest]) => {
      const o: Record<string, unknown> = { ...rest };
      if (type !== undefined) o['type'] = type;
      if (created !== undefined) o['created'] = created;
      return o;
    });
    fc.assert(
      fc.property(data, (o) => {
        expect(valid(schema, o)).toBe(validateFrontmatter(o).glimmer !== null);
      }),
      { numRuns: 5000 },
    );
  });
});

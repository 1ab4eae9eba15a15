import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { couldBeGlimmer, parseGlimmer } from '@glimmers/core';

// Frontmatter-shaped text built from pieces that come close to `type: glimmer` without the word.
const piece = fc.constantFrom(
  '---\n', 'type: ', 'type: glimmer', 'type: Glimmer', 'type: "glimmer"', "type: 'gl' ", 'type: !!str ', 'type: >-\n  ',
  'created: 2026-03-04\n', 'intensity: 4\n', 'themes: [client-hope]\n', '"t\\x79pe": ', '"gl\\x69mmer"', 'GLIMMER', 'glimme', 'r\n',
  '\n', '# x\n', '\uFEFF', '\r\n', '&a ', '*a', '[', ']', ': ', '- ',
);
const note = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 24 }).map((parts) => parts.join(''));

describe('couldBeGlimmer', () => {
  it('never turns away a note that parseGlimmer would read as a glimmer or an attempted one', () => {
    fc.assert(
      fc.property(note, (text) => {
        if (couldBeGlimmer(text)) return;
        const parsed = parseGlimmer(text, { sections: false });
        expect(parsed.attempted).toBe(false);
        expect(parsed.glimmer).toBeNull();
        expect(parsed.issues).toEqual([]);
      }),
      { numRuns: 5_000 },
    );
  });

  it('lets through every spelling of type: glimmer, including escaped ones', () => {
    for (const text of ['---\ntype: glimmer\ncreated: 2026-03-04\n---\n', '---\ntype: "gl\\x69mmer"\ncreated: 2026-03-04\n---\n']) {
      expect(parseGlimmer(text).glimmer).not.toBeNull();
      expect(couldBeGlimmer(text)).toBe(true);
    }
    expect(couldBeGlimmer('---\ntitle: Groceries\n---\nMilk.\n')).toBe(false);
  });
});

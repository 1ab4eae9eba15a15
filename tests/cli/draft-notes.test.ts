// A draft note the plugin keeps while a glimmer is written (`type: glimmer-draft`) is a plain note
// for the command line too: never linted, listed, counted or exported.
import { draftNoteText } from '@glimmers/core';
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, json, makeVault } from './helpers.ts';

describe('draft notes on the command line', () => {
  const draft = draftNoteText({
    key: 'reflection:builtin:session',
    draft: {
      title: '', answers: { witnessed: 'Half a thought about 555-201-7788' }, themes: ['sunshine'], moment: 'after-session',
      intensity: 4, weight: null, body: ['warm chest'], feelings: [], grounding: [],
    },
  }, '2026-03-04T18:05');
  const vault = makeVault({
    'Glimmers/a.md': glimmerNote({ created: '2026-03-03' }),
    'Glimmers/Drafts/Unsaved glimmer.md': draft,
  });

  it('is never reported by lint, even with words that look like an identifier', () => {
    const result = glimmer(['lint', vault, '--json']);
    expect(json<{ files: unknown[] }>(result).files).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('is never listed or counted', () => {
    const rows = json<Array<{ path: string }>>(glimmer(['list', vault, '--json']));
    expect(rows.map((r) => r.path)).toEqual(['Glimmers/a.md']);
    expect(json<{ glimmers: number }>(glimmer(['stats', vault, '--json'])).glimmers).toBe(1);
  });
});

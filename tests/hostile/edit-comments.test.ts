// Item 5 of issue #17: edits keep every comment that is not part of the removed or changed value.
// Before the fix, deleting a key also deleted the comment line after it (usually about the next
// key), and changing a block value dropped the comment on its key line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmer, makeVault } from './support/cli.ts';

const NOTE = [
  '---',
  'type: glimmer',
  'created: 2026-03-03',
  'weight: 2 # heavy day',
  '# how much it filled me up',
  'intensity: 4',
  'themes: # my themes',
  '  - client-hope',
  '  # the second one',
  '  - presence',
  '# what I noticed in my body',
  'body: [shoulders]',
  'tags: work   # my tags',
  '---',
  '',
  'A small step.',
  '',
].join('\n');

function setOn(pairs: string[]): string {
  const dir = makeVault({ 'n.md': NOTE });
  const file = join(dir, 'n.md');
  const result = glimmer(['set', file, ...pairs]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return readFileSync(file, 'utf8');
}

describe('glimmer set keeps comments', () => {
  it('deleting a key keeps the comment line after it', () => {
    expect(setOn(['weight='])).toBe(NOTE.replace('weight: 2 # heavy day\n', ''));
  });

  it('deleting a block value keeps the comment line after it, and takes its own comments', () => {
    expect(setOn(['themes='])).toBe(NOTE.replace('themes: # my themes\n  - client-hope\n  # the second one\n  - presence\n', ''));
  });

  it('changing a block value keeps the comment on its key line', () => {
    expect(setOn(['themes=[meaning]'])).toBe(NOTE.replace('themes: # my themes\n  - client-hope\n  # the second one\n  - presence\n', 'themes: # my themes\n  - meaning\n'));
    expect(setOn(['themes=meaning'])).toBe(NOTE.replace('themes: # my themes\n  - client-hope\n  # the second one\n  - presence\n', 'themes: meaning # my themes\n'));
  });

  it('a one-line value keeps its comment as written; one that becomes a block list takes it to the key line', () => {
    expect(setOn(['weight=3'])).toBe(NOTE.replace('weight: 2 # heavy day', 'weight: 3 # heavy day'));
    expect(setOn(['body=[shoulders, jaw]'])).toBe(NOTE.replace('body: [shoulders]', 'body: [shoulders, jaw]'));
    expect(setOn(['tags=[work, rest]'])).toBe(NOTE.replace('tags: work   # my tags', 'tags:   # my tags\n  - work\n  - rest'));
  });
});

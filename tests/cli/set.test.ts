import { readFileSync, readdirSync, statSync, symlinkSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { parseGlimmer } from '@glimmers/core';
import { describe, expect, it } from 'vitest';
import { glimmer, makeVault, tempLeftovers, unprivileged } from './helpers.ts';

const NOTE = [
  '---',
  'type: glimmer',
  '# written by hand',
  "created: '2026-05-04T10:20'",
  'moment: after-session',
  'themes: [client-hope]   # keep this comment',
  'intensity: 3',
  'weight: 2',
  'tags:',
  '  - glimmer',
  '---',
  '',
  '## What I witnessed',
  '',
  'She called her sister.',
  '',
].join('\r\n');

function vaultWith(text: string) {
  const dir = makeVault({ 'note.md': text });
  return { dir, file: join(dir, 'note.md') };
}

describe('glimmer set', () => {
  it('changes only the bytes of the keys it sets', () => {
    const { dir, file } = vaultWith(NOTE);
    const result = glimmer(['set', file, 'intensity=5']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('updated intensity');
    expect(readFileSync(file, 'utf8')).toBe(NOTE.replace('intensity: 3', 'intensity: 5'));
    expect(tempLeftovers(dir)).toEqual([]);
  });

  it('reads lists, numbers and text as YAML scalars, and key= deletes', () => {
    const { file } = vaultWith(NOTE);
    const result = glimmer(['set', file, 'themes=[client-hope, presence]', 'weight=', 'feelings=[calm]', 'privacy-reviewed=true', 'note=Note: about the session']);
    expect(result.status).toBe(0);
    const parsed = parseGlimmer(readFileSync(file, 'utf8'));
    expect(parsed.glimmer?.themes).toEqual(['client-hope', 'presence']);
    expect(parsed.glimmer?.weight).toBeUndefined();
    expect(parsed.glimmer?.feelings).toEqual(['calm']);
    expect(parsed.frontmatter?.['privacy-reviewed']).toBe(true);
    expect(parsed.frontmatter?.note).toBe('Note: about the session');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# written by hand');
    expect(text).toContain('themes: [client-hope, presence]   # keep this comment');
    expect(text).toContain('She called her sister.');
    expect(text.includes('\r\n')).toBe(true);
  });

  it('refuses a note with errors, says why, and leaves every byte as it was', () => {
    const broken = NOTE.replace("created: '2026-05-04T10:20'", 'created: 2026-02-30');
    const { file } = vaultWith(broken);
    const before = readFileSync(file);
    const result = glimmer(['set', file, 'intensity=4']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('not changed');
    expect(result.stderr).toContain('created');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an edit that would give the glimmer an error', () => {
    const { file } = vaultWith(NOTE);
    const result = glimmer(['set', file, 'intensity=9']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('intensity');
    expect(readFileSync(file, 'utf8')).toBe(NOTE);
  });

  it('refuses broken YAML frontmatter even in a plain note', () => {
    const { file } = vaultWith('---\ntitle: [unclosed\n---\nbody\n');
    const result = glimmer(['set', file, 'a=1']);
    expect(result.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('---\ntitle: [unclosed\n---\nbody\n');
  });

  it('reports usage errors with exit 2: no pairs, a pair without =, a bad list, a missing file', () => {
    const { dir, file } = vaultWith(NOTE);
    for (const args of [['set', file], ['set', file, 'intensity'], ['set', file, 'themes=[a, b'], ['set', join(dir, 'missing.md'), 'a=1']]) {
      const result = glimmer(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(glimmer(['set', join(dir, 'missing.md'), 'a=1']).stderr).toContain('missing.md');
    expect(readFileSync(file, 'utf8')).toBe(NOTE);
  });

  it('edits the note a symbolic link points to, and keeps the link', () => {
    const { dir, file } = vaultWith(NOTE);
    symlinkSync(file, join(dir, 'link.md'));
    expect(glimmer(['set', join(dir, 'link.md'), 'intensity=4']).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('intensity: 4');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'note.md']);
  });

  it('keeps the file mode', () => {
    const { file } = vaultWith(NOTE);
    chmodSync(file, 0o600);
    expect(glimmer(['set', file, 'intensity=4']).status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a write that fails halfway leaves the original intact and no temp file behind', () => {
    // `ulimit -f 2` caps files at 1 KiB, so writing the new (longer) version fails with EFBIG
    // after part of it is written: a real partial write, caught before it can replace the note.
    const long = NOTE.replace('She called her sister.', 'She called her sister. '.repeat(80));
    const { dir, file } = vaultWith(long);
    const result = glimmer(['set', file, 'intensity=5'], { shellPrefix: 'ulimit -f 2;' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unchanged');
    expect(readFileSync(file, 'utf8')).toBe(long);
    expect(readdirSync(dir)).toEqual(['note.md']);
  });

  it('a folder it cannot write to leaves the note intact (permission denied)', () => {
    const { dir, file } = vaultWith(NOTE);
    chmodSync(dir, 0o555);
    chmodSync(file, 0o666);
    const result = glimmer(['set', file, 'intensity=5'], unprivileged);
    chmodSync(dir, 0o755);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('permission denied');
    expect(readFileSync(file, 'utf8')).toBe(NOTE);
    expect(readdirSync(dir)).toEqual(['note.md']);
  });
});

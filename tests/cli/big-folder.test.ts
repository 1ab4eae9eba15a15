import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmer, json, tempDir } from './helpers.ts';

describe('a folder of 100,000 files', () => {
  it('is scanned completely with only 64 file handles allowed', () => {
    const dir = tempDir();
    // 1,000 glimmers among 99,000 plain notes, all in one folder.
    for (let i = 0; i < 100_000; i++) {
      const n = String(i).padStart(6, '0');
      const text = i % 100 === 0
        ? `---\ntype: glimmer\ncreated: 2026-0${1 + (i % 9)}-1${i % 10}\nintensity: ${1 + (i % 5)}\n---\nA glimmer.\n`
        : `# Note ${n}\n\nPlain.\n`;
      writeFileSync(join(dir, `note ${n}.md`), text);
    }
    // `ulimit -n 64`: a scan that opened files concurrently without a bound would fail with EMFILE.
    const result = glimmer(['stats', dir, '--json'], { shellPrefix: 'ulimit -n 64;' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const stats = json<{ glimmers: number; intensity: { mean: number; count: number }; files: Record<string, number> }>(result);
    expect(stats.files).toEqual({ scanned: 100_000, glimmers: 1000, invalid: 0, skipped: 0 });
    // i % 5 over multiples of 100 is always 0, so every intensity is 1.
    expect(stats.intensity).toEqual({ mean: 1, count: 1000 });
  }, 180_000);
});

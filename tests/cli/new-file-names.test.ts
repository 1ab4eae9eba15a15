// File names carry no words of the note by default: they show in search, tabs, sync logs and screen
// shares. A --title goes into the name only when the identifier check finds nothing in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmer, tempDir } from './helpers.ts';

const LADEN = 'Maria Alvarez set a boundary with her mother; call 555-867-5309 or write to maria@example.com at 42 Elm Street.';

describe('glimmer new: file names', () => {
  it('carry no words of the note by default, whatever the text holds', () => {
    const cwd = tempDir();
    const result = glimmer(['new', '--text', LADEN, '--created', '2026-03-14T16:40'], { cwd });
    expect(result.status).toBe(0);
    const path = result.stdout.trim();
    expect(path).toMatch(/^Glimmers\/2026-03-14 164000 glimmer [a-z2-9]{4}\.md$/);
    for (const word of ['maria', 'alvarez', 'boundary', '555', '867', 'elm']) expect(path.toLowerCase()).not.toContain(word);
    // The note itself keeps every word.
    expect(readFileSync(join(cwd, path), 'utf8')).toContain(LADEN);
  });

  it('put a clean --title into the name', () => {
    const result = glimmer(['new', '--title', 'A small step', '--text', 'She stayed.', '--created', '2026-03-14T16:40'], { cwd: tempDir() });
    expect(result.stdout.trim()).toMatch(/^Glimmers\/2026-03-14 164000 a-small-step [a-z2-9]{4}\.md$/);
    expect(result.stderr).toBe('');
  });

  it('keep a --title with a name or a number out of the name, and say so', () => {
    for (const title of ['Kwame set a boundary', 'Call from 07700 900123', 'Mrs. Okonkwo stood tall']) {
      const cwd = tempDir();
      const result = glimmer(['new', '--title', title, '--text', 'She stayed.', '--created', '2026-03-14T16:40'], { cwd });
      expect(result.status).toBe(0);
      const path = result.stdout.trim();
      expect(path).toMatch(/^Glimmers\/2026-03-14 164000 glimmer [a-z2-9]{4}\.md$/);
      expect(result.stderr).toContain('The title was kept out of the file name because it may identify someone.');
      expect(result.stderr).not.toContain(title);
      expect(readFileSync(join(cwd, path), 'utf8')).toContain(`# ${title}`);
    }
  });
});

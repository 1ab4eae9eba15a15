// "Check for identifiers": lists each glimmer with findings (skipping plain notes and notes
// marked privacy-reviewed), and opens the note with the found text selected.
import { WorkspaceLeaf, MarkdownView } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUp, click, runCommand, settle, startPlugin, type Harness } from './support/harness.ts';

const glimmer = (extra: string, body: string): string => `---\ntype: glimmer\ncreated: 2026-03-04T14:15${extra}\n---\n\n${body}\n`;

const FILES: Record<string, string> = {
  'Glimmers/a phone.md': glimmer('', '# A call\n\n## What I witnessed\n\nShe gave me her new number, 555-867-5309, with pride.'),
  'Glimmers/b clean.md': glimmer('', '# Quiet\n\n## What I witnessed\n\nWe sat for 45 minutes and she smiled at 9:15.'),
  'Glimmers/c reviewed.md': glimmer('\nprivacy-reviewed: true', 'Her email is ana@example.com.'),
  'Notes/plain.md': 'Not a glimmer: bob@example.com',
  'Glimmers/d many.md': glimmer('\nclient: MRN 4471932', 'Born 07/04/1950, she is 92.'),
};

let h: Harness;

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

function checkModal(): HTMLElement {
  const modal = activeDocument.querySelector<HTMLElement>('.glimmers-privacy-check');
  if (!modal) throw new Error('the check is not open');
  return modal;
}

async function runCheck(): Promise<HTMLElement> {
  await runCommand(h, 'check-identifiers');
  // The check waits for the name check's language library (loaded on first use), then reads the vault.
  await vi.waitFor(() => expect(checkModal().querySelector('.glimmers-privacy-status')?.textContent).toMatch(/^Checked /), { timeout: 20_000 });
  await settle();
  return checkModal();
}

describe('Check for identifiers', () => {
  it('lists glimmers with findings, skips clean, plain and reviewed notes, and says what it did', async () => {
    h = await startPlugin({ files: FILES });
    const modal = await runCheck();
    expect(modal.querySelector('.glimmers-privacy-status')?.textContent).toBe(
      'Checked 3 glimmers: 2 have details that may identify someone. 1 glimmer marked privacy-reviewed was skipped.',
    );
    const notes = [...modal.querySelectorAll('.glimmers-privacy-note')].map((note) => [
      note.querySelector('.glimmers-privacy-note-name')?.textContent,
      [...note.querySelectorAll('.glimmers-privacy-finding')].map((f) => `${f.querySelector('.glimmers-privacy-line')?.textContent}: ${f.querySelector('mark')?.textContent} (${f.getAttribute('data-category')})`),
    ]);
    expect(notes).toEqual([
      ['a phone', ['Line 10: 555-867-5309 (phone)']],
      ['d many', ['Line 4: 4471932 (id-number)', 'Line 7: 07/04/1950 (date)', 'Line 7: 92 (age)']],
    ]);
  });

  it('says so calmly when nothing is found', async () => {
    h = await startPlugin({ files: { 'Glimmers/b clean.md': FILES['Glimmers/b clean.md'] ?? '' } });
    const modal = await runCheck();
    expect(modal.querySelector('.glimmers-privacy-status')?.textContent).toBe('Checked 1 glimmer: no likely identifiers found by the name and pattern checks.');
    expect(modal.querySelectorAll('.glimmers-privacy-finding')).toHaveLength(0);
  });

  it('opens the note at the finding with the found text selected, and closes the list', async () => {
    h = await startPlugin({ files: FILES });
    const opened: string[] = [];
    vi.spyOn(WorkspaceLeaf.prototype, 'openFile').mockImplementation(async function (this: WorkspaceLeaf, file) {
      opened.push(file.path);
      const view = MarkdownView.create2__(this);
      view.editor.setValue(await h.app.vault.read(h.app.vault.getFileByPath(file.path)!));
      (this as unknown as { view: unknown }).view = view;
    });
    const modal = await runCheck();
    const open = modal.querySelector<HTMLButtonElement>('.glimmers-privacy-open');
    expect(open?.getAttribute('aria-label')).toBe('Open a phone at line 10');
    await click(open!);
    expect(opened).toEqual(['Glimmers/a phone.md']);
    const leaf = h.app.workspace.getLeaf(false) as unknown as { view: MarkdownView };
    expect(leaf.view.editor.getSelection()).toBe('555-867-5309');
    expect(activeDocument.querySelector('.glimmers-privacy-check')).toBeNull();
  });

  it('still selects the text when the note changed after the check', async () => {
    h = await startPlugin({ files: FILES });
    vi.spyOn(WorkspaceLeaf.prototype, 'openFile').mockImplementation(async function (this: WorkspaceLeaf) {
      const view = MarkdownView.create2__(this);
      view.editor.setValue('A new first line.\n' + (FILES['Glimmers/a phone.md'] ?? ''));
      (this as unknown as { view: unknown }).view = view;
    });
    const modal = await runCheck();
    await click(modal.querySelector<HTMLButtonElement>('.glimmers-privacy-open')!);
    const leaf = h.app.workspace.getLeaf(false) as unknown as { view: MarkdownView };
    expect(leaf.view.editor.getSelection()).toBe('555-867-5309');
  });

  it('never changes a note', async () => {
    h = await startPlugin({ files: FILES });
    const modify = vi.spyOn(h.app.vault, 'modify');
    const process = vi.spyOn(h.app.vault, 'process');
    await runCheck();
    expect(modify).not.toHaveBeenCalled();
    expect(process).not.toHaveBeenCalled();
    for (const [path, text] of Object.entries(FILES)) expect(await h.app.vault.read(h.app.vault.getFileByPath(path)!)).toBe(text);
  });
});

describe('Check for identifiers: hostile note text', () => {
  it('shows note text as text, never as markup', async () => {
    h = await startPlugin({ files: { 'Glimmers/<b onclick=x>name.md': glimmer('', '<img src=x onerror="window.__pwnedCheck=1"><b onmouseover=x>555-867-5309</b><script>window.__pwnedCheck=2</script>') } });
    const modal = await runCheck();
    const list = modal.querySelector('.glimmers-privacy-notes');
    expect(list?.querySelectorAll('img, script, b').length).toBe(0);
    expect(list?.querySelector('mark')?.textContent).toBe('555-867-5309');
    expect(list?.textContent).toContain('onmouseover=x>555-867-5309</b>');
    expect(list?.querySelector('.glimmers-privacy-note-name')?.textContent).toBe('<b onclick=x>name');
    expect((window as unknown as Record<string, unknown>)['__pwnedCheck']).toBeUndefined();
  });
});

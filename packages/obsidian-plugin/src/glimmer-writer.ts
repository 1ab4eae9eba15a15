/**
 * The one way the plugin creates notes: a narrow port over the vault that never overwrites a path.
 */
import { TFolder, type TFile, type Vault } from 'obsidian';
import { folderPath, notePath } from './vault-paths.ts';

/** Creates new notes; the only write the capture features need. */
export interface GlimmerWriter {
  /**
   * Creates `<folder>/<baseName>.md` with `text`, or `<baseName> 2.md`, `<baseName> 3.md`, … when
   * the name is taken. Creates the folder when it is missing. Never overwrites anything.
   */
  create(folder: string, baseName: string, text: string): Promise<TFile>;
}

/** Why a note could not be written, in words for people. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
}

const MAX_ATTEMPTS = 50;

const alreadyExists = (error: unknown): boolean => error instanceof Error && /already exists/i.test(error.message);

/**
 * The folder's path as the vault spells it: each part matched exactly, or else a folder whose name
 * differs only in capitals. On macOS, Windows and iOS the disk does not tell `Glimmers` from
 * `glimmers`, so creating the setting's spelling beside an existing folder fails and every save
 * with it; using the existing folder is what the person meant. Parts not found are kept as written.
 */
export function existingFolderPath(vault: Vault, folder: string): string {
  if (folder === '') return '';
  const parts = folder.split('/');
  const found: string[] = [];
  let current: TFolder | null = vault.getRoot();
  for (const part of parts) {
    const folders: TFolder[] = (current?.children ?? []).filter((child): child is TFolder => child instanceof TFolder);
    const lower = part.toLowerCase();
    const match: TFolder | null = folders.find((f) => f.name === part) ?? folders.find((f) => f.name.toLowerCase() === lower) ?? null;
    found.push(match ? match.name : part);
    current = match;
  }
  return found.join('/');
}

async function ensureFolder(vault: Vault, folder: string): Promise<void> {
  if (folder === '') return;
  const existing = vault.getAbstractFileByPath(folder);
  if (existing instanceof TFolder) return;
  if (existing !== null) throw new WriteError(`"${folder}" is a file, so it can't hold glimmers. Choose another glimmer folder in settings.`);
  try {
    await vault.createFolder(folder);
  } catch (error) {
    // Another save (or a sync) may have made it a moment ago; that is fine.
    if (!(vault.getAbstractFileByPath(folder) instanceof TFolder)) throw error;
  }
}

/**
 * The vault-backed writer. Creates run one after another, so two saves on this device can never
 * race for the same name; `vault.create` rejecting "already exists" (another device, a sync, a
 * case-insensitive disk) moves on to the next free name.
 */
export function createVaultWriter(vault: Vault): GlimmerWriter {
  let queue: Promise<unknown> = Promise.resolve();

  const createNow = async (folder: string, baseName: string, text: string): Promise<TFile> => {
    const dir = existingFolderPath(vault, folderPath(folder));
    await ensureFolder(vault, dir);
    for (let n = 1; n <= MAX_ATTEMPTS; n++) {
      const name = n === 1 ? baseName : `${baseName} ${n}`;
      const path = notePath(dir, name);
      if (vault.getAbstractFileByPath(path) !== null) continue;
      try {
        return await vault.create(path, text);
      } catch (error) {
        if (alreadyExists(error) || vault.getAbstractFileByPath(path) !== null) continue;
        throw error;
      }
    }
    throw new WriteError('Every file name tried is already taken. Change the file name pattern in settings.');
  };

  return {
    create(folder, baseName, text) {
      const result = queue.then(() => createNow(folder, baseName, text));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

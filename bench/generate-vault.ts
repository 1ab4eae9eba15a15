/**
 * A deterministic (seeded) synthetic vault for the bench: glimmers written several per working day
 * over years, in the canonical style (`serializeGlimmer`) and in hand-written styles (comments,
 * flow lists, quoted values, blank lines, CRLF, other key orders, a few YAML shapes only `yaml` reads,
 * a few invalid ones), plus non-glimmer notes (plain, Obsidian properties, daily notes, long notes).
 * All text is invented; nothing here resembles a real person.
 *
 * Written under `bench/out/vault-g<glimmers>-n<others>-v<version>/`; a finished vault has a
 * `.complete` manifest and is reused as is.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_THEME_IDS, MOMENTS, STANDARD_SECTIONS, serializeGlimmer } from '@glimmers/core';
import type { Glimmer } from '@glimmers/core';

/** Bump when the generator's output changes, so old vaults are not reused. */
const GENERATOR_VERSION = 2;

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out');

export interface VaultSpec {
  glimmers: number;
  others: number;
  seed: number;
}

export interface VaultManifest extends VaultSpec {
  root: string;
  version: number;
  files: number;
  bytes: number;
  /** How many glimmer files of each style were written. */
  styles: Record<string, number>;
  firstDay: string;
  lastDay: string;
}

/** mulberry32: small, fast, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
function some<T>(r: Rand, xs: readonly T[], max: number): T[] {
  const n = int(r, 0, max);
  const out = new Set<T>();
  for (let i = 0; i < n; i++) out.add(pick(r, xs));
  return [...out];
}

const BODY = ['warmth in chest', 'shoulders dropped', 'jaw softened', 'slower breath', 'tears close', 'lighter', 'grounded feet', 'open throat', 'tight stomach eased', 'buzzing hands'];
const FEELINGS = ['hope', 'tenderness', 'awe', 'relief', 'gratitude', 'pride', 'sadness', 'calm', 'joy', 'humility'];
const GROUNDING = ['walk outside', 'cup of tea', 'three breaths', 'stretch', 'music on the drive', 'wrote it down', 'called a friend', 'cold water'];
const WORDS = 'the a and she he they said small step again today laughed quiet chair window rain plan letter sister garden morning late sat looked back remembered name promise first time hands slowly kept going still there'.split(' ');
const TITLES = ['A plan for Saturday', 'She said it out loud', 'Noticing I needed to stop', 'The letter', 'Laughing again', 'First time back', 'The garden', 'Small step', 'Still there', 'A quiet yes'];

function sentence(r: Rand, min: number, max: number): string {
  const n = int(r, min, max);
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(pick(r, WORDS));
  const s = w.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}
const paragraph = (r: Rand, sentences: number): string => Array.from({ length: sentences }, () => sentence(r, 6, 16)).join(' ');

function randomGlimmer(r: Rand, created: string): Glimmer {
  const g: Glimmer = {
    created, day: created.slice(0, 10), themes: some(r, DEFAULT_THEME_IDS, 3), body: some(r, BODY, 2),
    feelings: some(r, FEELINGS, 3), grounding: some(r, GROUNDING, 2), extra: r() < 0.5 ? { tags: ['glimmer'] } : {}, sections: [],
  };
  if (r() < 0.9) g.moment = pick(r, MOMENTS).id;
  if (r() < 0.85) g.intensity = int(r, 1, 5);
  if (r() < 0.7) g.weight = int(r, 0, 5);
  if (r() < 0.8) g.title = pick(r, TITLES);
  for (const heading of STANDARD_SECTIONS) if (r() < 0.7) g.sections.push({ heading, text: paragraph(r, int(r, 1, 4)) });
  return g;
}

const quoteMaybe = (r: Rand, s: string): string => (r() < 0.3 ? `"${s}"` : r() < 0.15 ? `'${s}'` : s);
function list(r: Rand, key: string, xs: string[]): string[] {
  if (xs.length === 0) return r() < 0.3 ? [`${key}: []`] : [];
  if (r() < 0.5) return [`${key}: [${xs.map((x) => quoteMaybe(r, x)).join(', ')}]`];
  const indent = r() < 0.5 ? '  ' : '';
  return [`${key}:`, ...xs.map((x) => `${indent}- ${quoteMaybe(r, x)}`)];
}

/** A glimmer as a person might type it: comments, flow lists, quotes, blank lines, another key order. */
function handWritten(r: Rand, g: Glimmer): string {
  const groups: string[][] = [
    [`type: ${quoteMaybe(r, 'glimmer')}${r() < 0.2 ? '  # keep this line' : ''}`],
    [`created: ${quoteMaybe(r, r() < 0.5 ? g.day : g.created)}`],
  ];
  if (g.moment) groups.push([`moment: ${quoteMaybe(r, g.moment)}`]);
  groups.push(list(r, 'themes', g.themes));
  if (g.intensity !== undefined) groups.push([`intensity: ${g.intensity}${r() < 0.3 ? ' # how much it filled me up' : ''}`]);
  if (g.weight !== undefined) groups.push([`weight: ${r() < 0.1 ? `"${g.weight}"` : g.weight}`]);
  groups.push(list(r, 'body', g.body), list(r, 'feelings', g.feelings), list(r, 'grounding', g.grounding));
  if (r() < 0.4) groups.push(list(r, 'tags', ['glimmer', 'work']));
  if (r() < 0.2) groups.push(['aliases:']);
  // Shuffle everything after `type`.
  for (let i = groups.length - 1; i > 1; i--) {
    const j = 1 + Math.floor(r() * i);
    [groups[i], groups[j]] = [groups[j] as string[], groups[i] as string[]];
  }
  const lines: string[] = r() < 0.3 ? ['# written after the last session'] : [];
  for (const g2 of groups) {
    lines.push(...g2);
    if (r() < 0.1) lines.push('');
  }
  const body = [`# ${g.title ?? 'Glimmer'}`, '', '## What I witnessed', '', paragraph(r, int(r, 1, 5)), '', '## How it felt in my body', '', paragraph(r, int(r, 1, 3))];
  return ['---', ...lines, '---', '', ...body, ''].join('\n');
}

/** Shapes only the full YAML reader handles: block scalars, nested maps, anchors. */
function complexYaml(r: Rand, g: Glimmer): string {
  const extra = pick(r, [
    ['note: |', '  Two lines I want', '  to keep together.'],
    ['source:', '  kind: supervision', '  with: group'],
    [`themes: &t [${g.themes.join(', ') || 'presence'}]`, 'also: *t'],
    ['summary: >-', '  folded text that', '  goes on'],
  ]);
  const lines = ['type: glimmer', `created: ${g.created}`, ...(extra[0]?.startsWith('themes') ? [] : list(r, 'themes', g.themes)), ...extra];
  if (g.intensity !== undefined) lines.push(`intensity: ${g.intensity}`);
  return ['---', ...lines, '---', '', paragraph(r, 3), ''].join('\n');
}

/** An attempted glimmer with an error (impossible date, intensity out of range, broken YAML). */
function invalid(r: Rand, g: Glimmer): string {
  const fm = pick(r, [
    ['type: glimmer', `created: ${g.day.slice(0, 8)}31`, 'intensity: 3'],
    ['type: glimmer', `created: ${g.day}`, 'intensity: 9'],
    ['type: glimmer', `created: ${g.day}`, 'themes: [a, b', 'weight: 2'],
  ]);
  return ['---', ...fm, '---', '', paragraph(r, 2), ''].join('\n');
}

function otherNote(r: Rand, i: number, day: string): { path: string; text: string } {
  const kind = r();
  const folder = pick(r, ['Projects', 'Reading', 'Clients admin', 'Inbox', 'Archive/Old', 'Archive/Older']);
  if (kind < 0.25) return { path: `Daily/${day.slice(0, 4)}/${day}-${i}.md`, text: `---\ndate: ${day}\ntags: [daily]\n---\n\n## Tasks\n\n- [ ] ${sentence(r, 3, 8)}\n- [x] ${sentence(r, 3, 8)}\n\n## Notes\n\n${paragraph(r, int(r, 2, 8))}\n` };
  if (kind < 0.55) {
    const props = [`tags:`, `  - ${pick(r, ['reading', 'project', 'idea', 'admin'])}`, `aliases: [${pick(r, WORDS)}]`, `created: ${day}`, `status: ${pick(r, ['draft', 'done', 'someday'])}`];
    if (r() < 0.2) props.push('related:', '  - "[[Another note]]"', 'meta:', '  source: book', '  pages: 12');
    return { path: `${folder}/note-${i}.md`, text: `---\n${props.join('\n')}\n---\n\n# ${sentence(r, 2, 5)}\n\n${paragraph(r, int(r, 3, 20))}\n` };
  }
  const paras = r() < 0.05 ? 60 : int(r, 1, 12);
  return { path: `${folder}/plain-${i}.md`, text: `# ${sentence(r, 2, 5)}\n\n${Array.from({ length: paras }, () => paragraph(r, int(r, 2, 6))).join('\n\n')}\n` };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
function dayString(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Where the vault for `spec` lives. */
export function vaultRoot(spec: VaultSpec): string {
  return join(OUT_DIR, `vault-g${spec.glimmers}-n${spec.others}-s${spec.seed}-v${GENERATOR_VERSION}`);
}

/** Generates the vault for `spec`, or reuses a finished one. Returns its manifest. */
export function ensureVault(spec: VaultSpec): VaultManifest {
  const root = vaultRoot(spec);
  const manifestPath = join(root, '.complete');
  if (existsSync(manifestPath)) return { ...(JSON.parse(readFileSync(manifestPath, 'utf8')) as VaultManifest), root };
  const tmp = `${root}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const r = rng(spec.seed);
  const perDay = spec.glimmers <= 10_000 ? 5 : 10;
  const styles: Record<string, number> = { canonical: 0, handWritten: 0, handWrittenCrlf: 0, complexYaml: 0, invalid: 0 };
  const made = new Set<string>();
  let bytes = 0;
  let files = 0;
  const write = (path: string, text: string): void => {
    const full = join(tmp, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    bytes += Buffer.byteLength(text);
    files++;
  };
  // Walk back from a fixed last day over working days, several glimmers a day.
  const date = new Date(Date.UTC(2026, 5, 30));
  const lastDay = dayString(date);
  let written = 0;
  let firstDay = lastDay;
  while (written < spec.glimmers) {
    const dow = date.getUTCDay();
    const today = dow === 0 || dow === 6 ? int(r, 0, 1) : int(r, 0, perDay * 2);
    const day = dayString(date);
    for (let k = 0; k < today && written < spec.glimmers; k++) {
      const created = `${day}T${pad(int(r, 8, 20))}:${pad(int(r, 0, 59))}`;
      const g = randomGlimmer(r, created);
      const style = r();
      let text: string;
      if (style < 0.6) {
        text = serializeGlimmer(g);
        styles.canonical = (styles.canonical ?? 0) + 1;
      } else if (style < 0.95) {
        text = handWritten(r, g);
        if (r() < 0.25) {
          text = text.replace(/\n/g, '\r\n');
          styles.handWrittenCrlf = (styles.handWrittenCrlf ?? 0) + 1;
        } else styles.handWritten = (styles.handWritten ?? 0) + 1;
      } else if (style < 0.99) {
        text = complexYaml(r, g);
        styles.complexYaml = (styles.complexYaml ?? 0) + 1;
      } else {
        text = invalid(r, g);
        styles.invalid = (styles.invalid ?? 0) + 1;
      }
      let name = `Glimmers/${day.slice(0, 4)}/${day} ${created.slice(11, 13)}${created.slice(14, 16)}`;
      while (made.has(name)) name += 'b';
      made.add(name);
      write(`${name}.md`, text);
      written++;
      firstDay = day;
    }
    date.setUTCDate(date.getUTCDate() - 1);
  }
  // Other notes, spread over the same years.
  const first = Date.parse(`${firstDay}T00:00:00Z`);
  const span = Date.parse(`${lastDay}T00:00:00Z`) - first;
  for (let i = 0; i < spec.others; i++) {
    const note = otherNote(r, i, dayString(new Date(first + Math.floor(r() * span / 86_400_000) * 86_400_000)));
    write(note.path, note.text);
  }
  const manifest: VaultManifest = { ...spec, root, version: GENERATOR_VERSION, files, bytes, styles, firstDay, lastDay };
  writeFileSync(join(tmp, '.complete'), JSON.stringify(manifest, null, 2));
  rmSync(root, { recursive: true, force: true });
  renameSync(tmp, root);
  return manifest;
}

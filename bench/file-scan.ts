/**
 * File scan (the CLI path): read + parse + validate + index every note of a vault, exactly as
 * `glimmer stats` does, beside references run on the same files in the same process:
 * (a) only reading them (the floor), (b) gray-matter, (c) `yaml.parse` of each frontmatter,
 * (d) the full unified/remark parse, (e) the same scan with `yaml` in place of the fast scanner.
 * Every variant reads the files the same way (the CLI's walker: sorted, one synchronous read at a time).
 */
import matter from 'gray-matter';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as yamlParse, parseDocument } from 'yaml';
import { GlimmerIndex, splitFrontmatter, validateFrontmatter } from '@glimmers/core';
import { scanVault } from '../packages/cli/src/scan.ts';
import { walkNotes } from '../packages/cli/src/walk.ts';
import { aggregate } from '../packages/cli/src/commands/stats.ts';
import { scanFrontmatter } from '../packages/core/src/frontmatter/fast-frontmatter.ts';
import { YAML_PARSE_OPTIONS, YAML_TOJS_OPTIONS } from '../packages/core/src/frontmatter/yaml-options.ts';
import { interleaved, type Sample } from './timing.ts';

export interface FileScanResult {
  files: number;
  glimmers: number;
  /** Share of notes with frontmatter that the fast scanner read (the rest went to `yaml`). */
  fastPath: { glimmerFiles: number; glimmerAccepted: number; otherWithFrontmatter: number; otherAccepted: number };
  grayMatterErrors: number;
  samples: Record<string, Sample>;
}

type Sink = { n: number };

/** The variants, each a full pass over the vault. Keys are the names used in results.json. */
function variants(root: string, sink: Sink): Record<string, () => Promise<unknown>> {
  const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
  return {
    read: () => walkNotes(root, (item) => { if (item.kind === 'note') sink.n += item.text.length; }),
    scan: async () => {
      const result = await scanVault(root, { sections: false });
      sink.n += aggregate(result.glimmers, {}).count;
    },
    grayMatter: () => {
      // Options object given: gray-matter then neither reads nor fills its content cache (`matter.cache`).
      return walkNotes(root, (item) => {
        if (item.kind !== 'note') return;
        try {
          sink.n += Object.keys(matter(item.text, {}).data).length;
        } catch {
          sink.n += 1;
        }
      });
    },
    yamlParse: () => walkNotes(root, (item) => {
      if (item.kind !== 'note') return;
      const raw = splitFrontmatter(item.text).raw;
      if (raw === null) return;
      try {
        sink.n += yamlParse(raw, YAML_PARSE_OPTIONS) ? 1 : 0;
      } catch {
        sink.n += 2;
      }
    }),
    remark: () => walkNotes(root, (item) => {
      if (item.kind === 'note') sink.n += remark.parse(item.text).children.length;
    }),
    scanYamlOnly: async () => {
      const index = new GlimmerIndex();
      await walkNotes(root, (item) => {
        if (item.kind !== 'note') return;
        const raw = splitFrontmatter(item.text).raw;
        if (raw === null) return;
        const doc = parseDocument(raw, YAML_PARSE_OPTIONS);
        if (doc.errors.length > 0) return;
        const { glimmer } = validateFrontmatter(doc.toJS(YAML_TOJS_OPTIONS));
        if (glimmer) index.set(item.path, glimmer);
      });
      sink.n += index.query({ recentLimit: 0 }).count;
    },
  };
}

/** How much of the vault the fast scanner reads by itself (not timed). */
async function fastPathShare(root: string): Promise<FileScanResult['fastPath']> {
  const share = { glimmerFiles: 0, glimmerAccepted: 0, otherWithFrontmatter: 0, otherAccepted: 0 };
  await walkNotes(root, (item) => {
    if (item.kind !== 'note') return;
    const raw = splitFrontmatter(item.text).raw;
    if (raw === null) return;
    const glimmer = /^type: *["']?glimmer/m.test(raw);
    const ok = scanFrontmatter(raw).ok;
    if (glimmer) {
      share.glimmerFiles++;
      if (ok) share.glimmerAccepted++;
    } else {
      share.otherWithFrontmatter++;
      if (ok) share.otherAccepted++;
    }
  });
  return share;
}

/**
 * Runs the file-scan figures for one vault: `runs` rounds; the full Markdown parse is timed only
 * `slowRuns` times and the two `yaml` references `yamlRuns` times (they take many seconds at 50k).
 */
export async function benchFileScan(root: string, runs: number, slowRuns: number, yamlRuns: number): Promise<FileScanResult> {
  const sink: Sink = { n: 0 };
  (matter as unknown as { clearCache?: () => void }).clearCache?.();
  const fns = variants(root, sink);
  const samples = await interleaved(fns, runs, { remark: slowRuns, scanYamlOnly: yamlRuns, yamlParse: yamlRuns });
  const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;
  if (Object.keys(cache).length !== 0) throw new Error('gray-matter cached results: the comparison would not be fair');
  let grayMatterErrors = 0;
  await walkNotes(root, (item) => {
    if (item.kind !== 'note') return;
    try {
      matter(item.text, {});
    } catch {
      grayMatterErrors++;
    }
  });
  const result = await scanVault(root, { sections: false });
  return { files: result.files.scanned, glimmers: result.files.glimmers, fastPath: await fastPathShare(root), grayMatterErrors, samples };
}

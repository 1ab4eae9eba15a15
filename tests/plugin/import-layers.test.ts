// The plugin's imports never run back up (#15): no module imports itself through others (no cycle,
// type imports included), nothing imports main.ts, and the ports at the bottom (vault paths, the
// writer, the template list, the settings store, drafts) import only each other. Read from the
// source text, so a new upward import fails here before it is reviewed.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../packages/obsidian-plugin/src');
const BOTTOM = ['vault-paths.ts', 'glimmer-writer.ts', 'templates.ts', 'settings-store.ts', 'drafts.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Each module (path relative to src) and the plugin modules it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)].map((m) => relative(SRC, resolve(dirname(file), m[1] ?? '')));
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

/** A cycle through the graph, as a list of modules, or `null`. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the plugin\'s import layers', () => {
  const graph = importGraph();

  it('reads every module and its imports', () => {
    expect(graph.get('main.ts')?.length).toBeGreaterThan(3);
    for (const targets of graph.values()) for (const target of targets) expect(graph.has(target), target).toBe(true);
  });

  it('has no import cycle, type imports included', () => {
    expect(findCycle(graph)).toBeNull();
    // The check itself finds one when there is one.
    expect(findCycle(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]))).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });

  it('imports main.ts from nowhere, and keeps the ports at the bottom', () => {
    for (const [module, targets] of graph) {
      expect(targets, module).not.toContain('main.ts');
      if (BOTTOM.includes(module)) for (const target of targets) expect(BOTTOM, `${module} imports ${target}`).toContain(target);
    }
  });
});

// The plugin's stylesheet follows Obsidian's rules: its own `.glimmers-` classes only (never
// restyling Obsidian or other plugins), colours only through Obsidian's CSS variables (so light,
// dark and community themes apply), no !important.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../packages/obsidian-plugin/styles.css'), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '');

const NAMED_COLOURS = /(?<![\w-])(white|black|red|green|blue|gray|grey|orange|yellow|purple|pink|silver|navy|teal)(?![\w-])/i;

describe('packages/obsidian-plugin/styles.css', () => {
  it('should only style its own .glimmers- classes', () => {
    const selectors = [...css.matchAll(/([^{}]+)\{/g)]
      .map((m) => (m[1] ?? '').trim())
      .filter((s) => !s.startsWith('@'));
    expect(selectors.length).toBeGreaterThan(10);
    for (const group of selectors) {
      for (const selector of group.split(',')) expect(selector.trim(), group).toMatch(/^\.glimmers-/);
    }
  });

  it('should take every colour from an Obsidian variable', () => {
    const declarations = [...css.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)].map((m) => ({ property: m[1] ?? '', value: m[2] ?? '' }));
    for (const { property, value } of declarations) {
      const literal = value.replace(/var\([^)]*\)/g, '');
      expect(literal, `${property}: ${value}`).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
      expect(literal, `${property}: ${value}`).not.toMatch(NAMED_COLOURS);
    }
    expect(css).not.toMatch(/!important/);
  });
});

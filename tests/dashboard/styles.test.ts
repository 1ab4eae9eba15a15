import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const styles = readFileSync(join(ROOT, 'packages/dashboard/styles.css'), 'utf8');
const standin = readFileSync(join(ROOT, 'packages/dashboard/theme-standin.css'), 'utf8');

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Every `selector { declarations }` rule of a flat stylesheet (no at-rules are used). */
function rules(css: string): { selector: string; body: string }[] {
  const out: { selector: string; body: string }[] = [];
  const re = /([^{}]+)\{([^{}]*)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(withoutComments(css))) !== null) out.push({ selector: (m[1] ?? '').trim(), body: m[2] ?? '' });
  return out;
}

describe('dashboard styles', () => {
  it('scopes every selector to glimmers- classes, so nothing leaks into Obsidian or other plugins', () => {
    const list = rules(styles);
    expect(list.length).toBeGreaterThan(50);
    for (const { selector } of list) {
      for (const part of selector.split(',')) expect(part.trim(), part).toMatch(/^\.glimmers-(dashboard|standalone)\b/);
    }
  });

  it('takes every colour from a CSS variable: no hex, rgb, hsl or named colours', () => {
    const colourProps = /(^|;|\s)(color|background(-color)?|border(-left|-top|-bottom|-right)?(-color)?|fill|stroke|outline(-color)?|box-shadow)\s*:\s*([^;]+)/g;
    for (const { selector, body } of rules(styles)) {
      let m: RegExpExecArray | null;
      while ((m = colourProps.exec(body)) !== null) {
        const value = (m[7] ?? '').replace(/var\(--[a-z0-9-]+(,[^)]*)?\)/g, '');
        expect(value, `${selector}: ${m[2]}`).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|\b(white|black|red|green|blue|gray|grey|purple|orange)\b/i);
      }
    }
    expect(withoutComments(styles)).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
  });

  it('the stand-in theme defines every variable the styles use, in light and in dark', () => {
    const used = new Set([...withoutComments(styles).matchAll(/var\((--[a-z0-9-]+)(,[^)]*)?\)/g)].filter((m) => m[2] === undefined).map((m) => m[1] as string));
    const shared = rules(standin).find((r) => r.selector.includes('.theme-light') && r.selector.includes('.theme-dark'))!.body;
    for (const theme of ['.theme-light', '.theme-dark']) {
      const own = rules(standin).find((r) => r.selector === theme)!.body;
      for (const name of used) expect(`${shared}${own}`, `${theme} ${name}`).toContain(`${name}:`);
    }
  });
});

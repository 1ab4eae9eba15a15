// Guarantee: main.js loads on the oldest device Glimmers supports (Obsidian on iOS 15, whose WebKit
// rejects the whole file over one regex lookbehind literal) and carries nothing a reviewer refuses
// (HTML from strings, eval, new Function). Checked on the real build, and shown to catch each
// construct when it is planted, so a pass means something.
import { beforeAll, describe, expect, it } from 'vitest';
import { findCompatProblems } from './bundle-compat.ts';
import { builtPluginBundle } from './plugin-bundle.ts';

let bundle = '';

beforeAll(() => {
  bundle = builtPluginBundle();
}, 120_000);

const rules = (code: string): string[] => findCompatProblems(code).map((finding) => finding.rule);

describe('main.js on the oldest supported engine', () => {
  it('is the real plugin', () => {
    expect(bundle).toContain('require("obsidian")');
    expect(bundle.length).toBeGreaterThan(10_000);
  });

  it('holds no syntax, regular expression or built-in that iOS 15 lacks, and no innerHTML, outerHTML, eval or new Function', () => {
    const findings = findCompatProblems(bundle);
    expect(findings.map((f) => `${f.rule}: …${f.excerpt}…`)).toEqual([]);
  });

  it('keeps lookbehind only where a library falls back when it is missing (new RegExp inside try)', () => {
    // The yaml package tries a lookbehind pattern and catches the SyntaxError on old Safari.
    expect(bundle).toMatch(/new RegExp\("\(\?<!/);
  });
});

describe('the check itself', () => {
  it('refuses a planted lookbehind literal in the real bundle', () => {
    expect(rules(`${bundle}\nvar planted = /(?<![\\ud800-\\udbff])[\\udc00-\\udfff]/;`)).toEqual(['a regular-expression lookbehind (Safari 16.4) in a literal']);
    expect(rules('var a = /(?<=x)y/g;')).toEqual(['a regular-expression lookbehind (Safari 16.4) in a literal']);
  });

  it('refuses lookbehind in new RegExp outside a try block, and allows it inside one', () => {
    expect(rules('var r = new RegExp("(?<!a)b", "g");')).toEqual(['a regular-expression lookbehind (Safari 16.4) in new RegExp outside a try block']);
    expect(rules('var r; try { r = new RegExp("(?<!a)b"); } catch { r = /b/; }')).toEqual([]);
  });

  it('allows what iOS 15 has: lookahead, named groups, unicode property escapes, the d flag', () => {
    expect(rules('var a = /x(?!y)(?<name>z)\\p{L}/du; var b = new RegExp("\\\\p{P}", "u");')).toEqual([]);
  });

  it('refuses newer built-ins, syntax and flags', () => {
    expect(rules('Object.hasOwn(a, "b")')).toEqual(['Object.hasOwn (Safari 15.4)']);
    expect(rules('structuredClone(x)')).toEqual(['structuredClone (Safari 15.4)']);
    expect(rules('list.findLast((x) => x)')).toEqual(['Array#findLast (Safari 15.4)']);
    expect(rules('var a = /[\\p{L}--a]/v;')[0]).toMatch(/does not parse/);
    expect(rules('var r = new RegExp("[a]", "v");')).toEqual(['the regular-expression v flag (Safari 17) in new RegExp outside a try block']);
    expect(rules('class A { static { init(); } }')).toEqual(['a class static block (Safari 16.4)']);
  });

  it('refuses HTML from strings, eval and new Function, however they are reached', () => {
    expect(rules('el.innerHTML = s')).toEqual(['innerHTML']);
    expect(rules('el.outerHTML')).toEqual(['outerHTML']);
    expect(rules('el.insertAdjacentHTML("beforeend", s)')).toEqual(['insertAdjacentHTML']);
    expect(rules('eval("1")')).toEqual(['eval']);
    expect(rules('var g = (0, eval)("this");')).toEqual(['eval']);
    expect(rules('window.eval("1")')).toContain('eval');
    expect(rules('var f = new Function("return 1");')).toEqual(['new Function']);
  });
});

/**
 * Checks a built bundle against the oldest engine it must load in (iOS 15 WebKit, see
 * esbuild.config.mjs) and against what reviewers refuse. Works on the real file: it is parsed, every
 * regular expression is parsed too, and each finding names the construct and shows where it is.
 */
import { parse as parseJs, type Node } from 'acorn';
import { ancestor } from 'acorn-walk';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';

/** One construct the bundle may not hold, with a short excerpt of where it is. */
export interface CompatFinding {
  rule: string;
  excerpt: string;
}

/**
 * Built-ins older WebKit lacks, as `object.member` calls or bare globals. iOS 15.0 has none of these
 * (Safari version that added each in brackets).
 */
const REFUSED_STATIC = new Map<string, string>([
  ['Object.hasOwn', 'Object.hasOwn (Safari 15.4)'],
  ['Object.groupBy', 'Object.groupBy (Safari 17.4)'],
  ['Map.groupBy', 'Map.groupBy (Safari 17.4)'],
  ['Array.fromAsync', 'Array.fromAsync (Safari 16.4)'],
  ['Promise.withResolvers', 'Promise.withResolvers (Safari 17.4)'],
]);
const REFUSED_GLOBALS = new Map<string, string>([
  ['structuredClone', 'structuredClone (Safari 15.4)'],
  ['requestIdleCallback', 'requestIdleCallback (no Safari)'],
]);
/** Prototype methods: refused when called as `x.name(...)` on anything (a bundle has no types to tell). */
const REFUSED_METHODS = new Map<string, string>([
  ['findLast', 'Array#findLast (Safari 15.4)'],
  ['findLastIndex', 'Array#findLastIndex (Safari 15.4)'],
  ['toSorted', 'Array#toSorted (Safari 16)'],
  ['toReversed', 'Array#toReversed (Safari 16)'],
  ['toSpliced', 'Array#toSpliced (Safari 16)'],
  ['isWellFormed', 'String#isWellFormed (Safari 16.4)'],
  ['toWellFormed', 'String#toWellFormed (Safari 16.4)'],
]);
/** What reviewers refuse in any bundle: HTML from strings and code from strings. */
const REFUSED_MEMBERS = new Map<string, string>([
  ['innerHTML', 'innerHTML'],
  ['outerHTML', 'outerHTML'],
  ['insertAdjacentHTML', 'insertAdjacentHTML'],
]);

function excerpt(code: string, start: number, end: number): string {
  return code.slice(Math.max(0, start - 40), Math.min(code.length, end + 40)).replace(/\s+/g, ' ');
}

/** Regex features newer than iOS 15: lookbehind (16.4) and the `v` flag (17). */
function regexProblems(pattern: string, flags: string): string[] {
  const problems: string[] = [];
  if (flags.includes('v')) problems.push('the regular-expression v flag (Safari 17)');
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${pattern}/${flags}`);
  } catch {
    return ['a regular expression that does not parse'];
  }
  visitRegExpAST(ast, {
    onAssertionEnter(node) {
      if (node.kind === 'lookbehind') problems.push('a regular-expression lookbehind (Safari 16.4)');
    },
  });
  return problems;
}

type Ancestors = Node[];

/**
 * Every refused construct in `code`. Syntax newer than ES2022 (and the `v` flag) fails the parse
 * itself and is reported as one finding; class static blocks, which parse, are found by the walk. A lookbehind in a regex *literal* is always
 * refused (the whole file fails to load); in `new RegExp("...")` it is allowed only inside a `try`
 * block, where the library has a fallback (the `yaml` package does this for Safari).
 */
export function findCompatProblems(code: string): CompatFinding[] {
  const findings: CompatFinding[] = [];
  let program: Node;
  try {
    // ES2021 plus class fields and private methods, which Safari 15 has; static blocks it lacks.
    program = parseJs(code, { ecmaVersion: 2022, sourceType: 'script', allowHashBang: true });
  } catch (error) {
    return [{ rule: `does not parse as the engines it targets: ${(error as Error).message}`, excerpt: '' }];
  }
  const add = (rule: string, node: Node): void => {
    findings.push({ rule, excerpt: excerpt(code, node.start, node.end) });
  };
  const insideTry = (ancestors: Ancestors): boolean =>
    ancestors.some((node, i) => node.type === 'TryStatement' && (node as unknown as { block: Node }).block === ancestors[i + 1]);
  ancestor(program, {
    StaticBlock(node) {
      add('a class static block (Safari 16.4)', node);
    },
    Literal(node) {
      const regex = (node as unknown as { regex?: { pattern: string; flags: string } }).regex;
      if (regex) for (const problem of regexProblems(regex.pattern, regex.flags)) add(`${problem} in a literal`, node);
    },
    NewExpression(node, _state, ancestors) {
      const n = node as unknown as { callee: Node & { name?: string }; arguments: Array<Node & { value?: unknown }> };
      if (n.callee.type === 'Identifier' && n.callee.name === 'Function') add('new Function', node);
      const [pattern, flags] = n.arguments;
      if (n.callee.type !== 'Identifier' || n.callee.name !== 'RegExp' || pattern?.type !== 'Literal' || typeof pattern.value !== 'string') return;
      const flagText = flags?.type === 'Literal' && typeof flags.value === 'string' ? flags.value : '';
      if (insideTry(ancestors as Ancestors)) return;
      for (const problem of regexProblems(pattern.value, flagText)) add(`${problem} in new RegExp outside a try block`, node);
    },
    CallExpression(node) {
      const callee = (node as unknown as { callee: Node & { name?: string; object?: Node & { name?: string }; property?: Node & { name?: string }; computed?: boolean } }).callee;
      if (callee.type === 'Identifier' && callee.name === 'eval') add('eval', node);
      if (callee.type === 'Identifier' && callee.name !== undefined && REFUSED_GLOBALS.has(callee.name)) add(REFUSED_GLOBALS.get(callee.name) as string, node);
      if (callee.type !== 'MemberExpression' || callee.computed === true || callee.property?.name === undefined) return;
      const name = callee.property.name;
      if (callee.object?.type === 'Identifier' && REFUSED_STATIC.has(`${callee.object.name}.${name}`)) add(REFUSED_STATIC.get(`${callee.object.name}.${name}`) as string, node);
      if (REFUSED_METHODS.has(name)) add(REFUSED_METHODS.get(name) as string, node);
      if (name === 'insertAdjacentHTML') add('insertAdjacentHTML', node);
    },
    MemberExpression(node) {
      const n = node as unknown as { computed: boolean; property: Node & { name?: string }; object: Node & { name?: string } };
      if (n.computed) return;
      if (n.property.name !== undefined && REFUSED_MEMBERS.has(n.property.name) && n.property.name !== 'insertAdjacentHTML') add(REFUSED_MEMBERS.get(n.property.name) as string, node);
      // `(0, eval)("this")` and `window.eval` reach eval without calling it by name.
      if (n.property.name === 'eval' && n.object.type === 'Identifier' && ['window', 'globalThis', 'self'].includes(n.object.name ?? '')) add('eval', node);
    },
    Identifier(node, _state, ancestors) {
      const name = (node as unknown as { name: string }).name;
      const parent = (ancestors as Ancestors)[(ancestors as Ancestors).length - 2] as (Node & { callee?: Node; property?: Node; key?: Node }) | undefined;
      if (name !== 'eval' || parent === undefined) return;
      // A bare `eval` in a sequence (`(0, eval)`) or passed around is an indirect eval.
      if (parent.type === 'SequenceExpression') add('eval', parent);
    },
  });
  return findings;
}

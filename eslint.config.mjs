import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import obsidianmd from 'eslint-plugin-obsidianmd';

// Product code may never reach the network or write HTML from strings.
const forbidden = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Set note text as text (textContent / createEl), never as HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Set note text as text, never as HTML.' },
  { selector: "CallExpression[callee.name='fetch']", message: 'Glimmers makes no network requests.' },
  { selector: "NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource)$/]", message: 'Glimmers makes no network requests.' },
  { selector: "CallExpression[callee.property.name='sendBeacon']", message: 'Glimmers makes no network requests.' },
  { selector: "CallExpression[callee.name='requestUrl']", message: 'Glimmers makes no network requests.' },
];

// Code that ships to Obsidian (desktop and phone) may not use Node.
const noNode = {
  patterns: [
    { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'electron'], message: 'Core, dashboard and plugin run on Obsidian mobile: no Node or Electron APIs.' },
  ],
};

// Everything that ships inside the plugin's main.js.
const SHIPPED = ['packages/obsidian-plugin/src/**/*.ts', 'packages/core/src/**/*.ts', 'packages/dashboard/src/**/*.ts'];

export default defineConfig([
  globalIgnores(['**/node_modules/**', 'main.js', '**/dist/**', 'examples/**', 'coverage/**', 'bench/out/**', '.cache/**', 'docs/api/**']),
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { ...noNode, paths: [{ name: 'obsidian', message: 'Core is pure: no Obsidian imports.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
      'no-restricted-syntax': ['error', ...forbidden],
      'no-console': 'error',
    },
  },
  {
    files: ['packages/dashboard/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { ...noNode, paths: [{ name: 'obsidian', message: 'The dashboard renders in the plugin and in a plain HTML file: no Obsidian imports.' }] }],
      'no-restricted-syntax': ['error', ...forbidden],
      'no-console': 'error',
    },
  },
  // Obsidian's review rules, over all the TypeScript that ships in main.js: the plugin, and the core
  // and dashboard it bundles (their JS-only and package.json blocks are left out).
  ...obsidianmd.configs.recommended
    .filter((c) => !c.files || JSON.stringify(c.files).includes('ts'))
    .map((c) => ({ ...c, files: SHIPPED })),
  {
    files: SHIPPED,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['packages/obsidian-plugin/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', noNode],
      'no-restricted-syntax': ['error', ...forbidden],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...forbidden],
    },
  },
]);

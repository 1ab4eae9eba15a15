/**
 * The three templates that come with Glimmers. They are ordinary template Markdown (see
 * `template.ts`), so a user can copy one into their templates folder and change it.
 */

/** A template that ships with Glimmers. */
export interface BuiltInTemplate {
  /** Stable id, stored in settings as the default template. */
  readonly id: 'session' | 'end-of-day' | 'quick';
  /** The name people see, in sentence case. */
  readonly name: string;
  /** The template Markdown. */
  readonly markdown: string;
}

const OPTIONAL_SECTIONS = `## What I'm carrying
%% What am I carrying? (optional) %%
{{carrying}}

## Getting back to basics
%% What will help me get back to basics? (optional) %%
{{basics}}
`;

/**
 * "Session glimmer" (right after a session), "End-of-day reflection" and "Quick glimmer" (one line).
 * The first is the default template.
 */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = Object.freeze([
  Object.freeze({
    id: 'session',
    name: 'Session glimmer',
    markdown: `---
moment: after-session
---
# {{title}}

## What I witnessed
%% What moment of resilience did I witness? %%
{{witnessed}}

## How it felt in my body
%% How did it feel in my body? %%
{{felt}}

## What I want to remember
%% What do I want to remember? %%
{{remember}}

${OPTIONAL_SECTIONS}`,
  } as const),
  Object.freeze({
    id: 'end-of-day',
    name: 'End-of-day reflection',
    markdown: `---
moment: end-of-day
---
# {{title}}

## What I witnessed
%% Looking back on today, what moment of resilience did I witness? %%
{{witnessed}}

## How it felt in my body
%% How did it feel in my body, then and now? %%
{{felt}}

## What I want to remember
%% What do I want to remember from today? %%
{{remember}}

${OPTIONAL_SECTIONS}`,
  } as const),
  Object.freeze({
    id: 'quick',
    name: 'Quick glimmer',
    markdown: `# {{title}}

## What I witnessed
%% What did I notice? %%
{{witnessed}}
`,
  } as const),
]);

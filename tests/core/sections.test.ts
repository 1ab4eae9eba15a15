/**
 * The one rule for finding a section by its heading and reading its text: folding, Obsidian
 * comments, code, and sections that share a heading.
 */
import { describe, expect, it } from 'vitest';
import { foldHeading, parseGlimmer, rememberText, removeComments, sectionText } from '@glimmers/core';

const note = (body: string): string => `---\ntype: glimmer\ncreated: 2026-02-03\n---\n${body}`;

describe('foldHeading', () => {
  it.each([
    ['What I’m carrying', "what i'm carrying"],
    ['  What   I want\tto remember ', 'what i want to remember'],
    ['WHAT I WITNESSED', 'what i witnessed'],
    ['‘Getting’ back', "'getting' back"],
  ])('folds %j to %j', (heading, folded) => {
    expect(foldHeading(heading)).toBe(folded);
  });
});

describe('removeComments', () => {
  it.each([
    ['%% a prompt %%\nKept.', '\nKept.'],
    ['Before %%inline%% after', 'Before  after'],
    ['Line one %% a comment\nacross lines %% line two', 'Line one  line two'],
    ['Kept. %% never closed\nhidden too', 'Kept. '],
    ['Code `%%` stays, %%this goes%% and ``a %% b`` too', 'Code `%%` stays,  and ``a %% b`` too'],
    ['An unmatched ` backtick %%gone%%', 'An unmatched ` backtick '],
    ['```\n%% in a fence %%\n```\n%%out%%x', '```\n%% in a fence %%\n```\nx'],
    ['No comments at all', 'No comments at all'],
  ])('reads %j as %j', (text, expected) => {
    expect(removeComments(text)).toBe(expected);
  });

  it('takes linear time on many unmatched backtick runs and comment marks', () => {
    const hostile = '`a``b```c'.repeat(20_000) + '%%'.repeat(20_000);
    expect(removeComments(hostile).length).toBeLessThanOrEqual(hostile.length);
  });
});

describe('sectionText', () => {
  const parsed = parseGlimmer(note([
    '## What I witnessed', '', 'First part.', '',
    '## what  i WITNESSED', '', 'Second part.', '',
    '## What I’m carrying', '', '%% What am I carrying? (optional) %%', '',
    '## What I want to remember', '', '%% What do I want to remember? %%', 'Hope is a practice. %%private aside%%', '',
  ].join('\n')));

  it('finds sections by their folded heading and joins those that share one', () => {
    expect(sectionText(parsed, 'What I witnessed')).toBe('First part.\n\nSecond part.');
  });

  it('leaves Obsidian comments out, so a section of prompts only is empty', () => {
    expect(sectionText(parsed, "What I'm carrying")).toBe('');
    expect(rememberText(parsed)).toBe('Hope is a practice.');
  });

  it('gives empty text for a section the note does not have', () => {
    expect(sectionText(parsed, 'Getting back to basics')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { createWatchList, findIdentifiersInNote, loadWatchList, parseGlimmer, privacyIssues, watchListFromPluginData } from '@glimmers/core';

const note = (frontmatter: string, body: string): string => `---\n${frontmatter}\n---\n${body}`;

describe('privacyIssues', () => {
  it('reports body findings as privacy/<category> warnings with file line and column', () => {
    const source = note('type: glimmer\ncreated: 2024-05-01', '# A glimmer\n\nShe laughed.\nCall me at 555-867-5309, she said.\n');
    const issues = privacyIssues(parseGlimmer(source), { source });
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'privacy/phone',
        message: 'Looks like a phone number. Consider leaving it out or changing it.',
        line: 8,
        column: 12,
      },
    ]);
    const lines = source.split('\n');
    expect(lines[7]?.slice(11, 23)).toBe('555-867-5309');
  });

  it('never repeats the found text in the message', () => {
    const source = note('type: glimmer\ncreated: 2024-05-01', 'Her email is ana@example.com.');
    const [issue] = privacyIssues(parseGlimmer(source), { source });
    expect(issue?.code).toBe('privacy/email');
    expect(issue?.message).not.toContain('ana@example.com');
  });

  it('skips a note marked privacy-reviewed: true, but not the string "true"', () => {
    const body = 'She is 92 and laughing.';
    const reviewed = note('type: glimmer\ncreated: 2024-05-01\nprivacy-reviewed: true', body);
    expect(privacyIssues(parseGlimmer(reviewed), { source: reviewed })).toEqual([]);
    const quoted = note('type: glimmer\ncreated: 2024-05-01\nprivacy-reviewed: "yes"', body);
    expect(privacyIssues(parseGlimmer(quoted), { source: quoted }).map((i) => i.code)).toEqual(['privacy/age']);
  });

  it('scans frontmatter values but not the note’s own created date or structural keys', () => {
    const source = note(
      'type: glimmer\ncreated: 2024-05-01T09:15:00+02:00\nthemes:\n  - hope\n  - Maria\nsession-date: 2024-04-30\nclient: reached on 555-867-5309',
      'Quiet and warm.',
    );
    const watchList = loadWatchList(createWatchList(['Maria'], 's'));
    const issues = privacyIssues(parseGlimmer(source), { source, watchList });
    expect(issues.map((i) => [i.code, i.field, i.line, i.column])).toEqual([
      ['privacy/watch-list', 'themes', 6, 5],
      ['privacy/phone', 'client', 8, 20],
    ]);
  });

  it('uses the watch list and the chosen categories', () => {
    const source = note('type: glimmer\ncreated: 2024-05-01', 'Dmitri read his letter on July 4th.');
    const watchList = createWatchList(['Dmitri'], 's');
    expect(privacyIssues(parseGlimmer(source), { source, watchList }).map((i) => i.code)).toEqual(['privacy/watch-list', 'privacy/date']);
    expect(privacyIssues(parseGlimmer(source), { source, watchList, categories: ['date'] }).map((i) => i.code)).toEqual(['privacy/date']);
  });

  it('works without the source (no positions) and with CRLF line endings', () => {
    const crlf = note('type: glimmer\r\ncreated: 2024-05-01', 'Line one\r\nZIP 90210\r\n').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    const parsed = parseGlimmer(crlf);
    expect(privacyIssues(parsed).map((i) => [i.code, i.line])).toEqual([['privacy/postcode', undefined]]);
    expect(privacyIssues(parsed, { source: crlf }).map((i) => [i.code, i.line, i.column])).toEqual([['privacy/postcode', 6, 5]]);
  });
});

describe('findIdentifiersInNote', () => {
  it('gives offsets into the whole file, so an editor can select the text', () => {
    const source = note('type: glimmer\ncreated: 2024-05-01\nclient: MRN 4471932', 'Quiet.\n\nShe emailed ana@example.com today.\n');
    const found = findIdentifiersInNote(parseGlimmer(source), source);
    expect(found.map((f) => [f.category, f.field, f.line, f.column, source.slice(f.start, f.end)])).toEqual([
      ['id-number', 'client', 4, 13, '4471932'],
      ['email', undefined, 8, 13, 'ana@example.com'],
    ]);
  });

  it('finds nothing in a note marked privacy-reviewed: true', () => {
    const source = note('type: glimmer\ncreated: 2024-05-01\nprivacy-reviewed: true', 'ana@example.com');
    expect(findIdentifiersInNote(parseGlimmer(source), source)).toEqual([]);
  });
});

describe('watchListFromPluginData', () => {
  it('reads the watch list the plugin stores under privacy.watchList, and nothing else', () => {
    const list = createWatchList(['Maria'], 's');
    expect(watchListFromPluginData({ version: 1, privacy: { watchList: list } })).toEqual(list);
    expect(watchListFromPluginData({ privacy: { watchList: { version: 1, salt: 's', hashes: ['Maria'], maxWords: 1 } } })).toBeNull();
    expect(watchListFromPluginData({ privacy: {} })).toBeNull();
    expect(watchListFromPluginData(null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { GlimmerIndex } from '@glimmers/core';
import {
  STANDALONE_CSP, dashboardDataFromIndex, indexFromDashboardData, mountStandalone, parseDashboardData, serializeDashboardData, standalonePageHtml,
} from '@glimmers/dashboard';
import type { DashboardData } from '@glimmers/dashboard';
import { glimmer } from '../core/support/glimmers.ts';
import { HOSTILE, TODAY } from './support/fixture.ts';

function sampleIndex(): GlimmerIndex {
  const index = new GlimmerIndex();
  index.set('a.md', glimmer('2026-03-04T09:00', {
    title: 'Private title', themes: ['meaning'], moment: 'after-session', intensity: 4, weight: 1, body: ['chest'], feelings: ['warm'], grounding: ['tea'],
    extra: { tags: ['client-x'], note: 'private' },
    sections: [{ heading: 'What I witnessed', text: 'Seen today' }, { heading: 'How it felt in my body', text: 'Private story' }, { heading: 'What I want to remember', text: 'Keep going.' }],
  }));
  index.setAttempted('b.md', [{ severity: 'error', code: 'created-missing', message: 'No created date.', line: 2 }]);
  return index;
}

describe('static page data', () => {
  it('carries no note text unless asked, and then only titles and the sections the dashboard shows', () => {
    const bare = dashboardDataFromIndex(sampleIndex(), { range: '12m', today: TODAY, weekStart: 1 });
    const json = JSON.stringify(bare);
    for (const secret of ['Private title', 'Private story', 'Seen today', 'Keep going.', 'client-x', 'private']) expect(json).not.toContain(secret);
    expect(bare.entries[0]!.glimmer).toEqual({ created: '2026-03-04T09:00', day: '2026-03-04', moment: 'after-session', themes: ['meaning'], intensity: 4, weight: 1, body: ['chest'], feelings: ['warm'], grounding: ['tea'], extra: {}, sections: [] });
    expect(bare.attempted).toEqual([{ path: 'b.md', issues: [{ severity: 'error', code: 'created-missing', message: 'No created date.', line: 2 }] }]);

    const withText = JSON.stringify(dashboardDataFromIndex(sampleIndex(), { range: '12m', today: TODAY, weekStart: 1 }, { includeText: true }));
    expect(withText).toContain('Private title');
    expect(withText).toContain('Keep going.');
    // What a selected day lists ("What I witnessed") travels too; other sections never do.
    expect(withText).toContain('Seen today');
    expect(withText).not.toContain('Private story');
    expect(withText).not.toContain('client-x');
  });

  it('writes JSON that cannot close its script element, and reads it back', () => {
    const index = new GlimmerIndex();
    index.set('x.md', glimmer('2026-03-04', { title: HOSTILE.message, feelings: ['a\u2028b'] }));
    const data = dashboardDataFromIndex(index, { range: '30d', today: TODAY, weekStart: 0 }, { includeText: true });
    const text = serializeDashboardData(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(parseDashboardData(text)).toEqual(data);
  });

  it('reads a damaged payload without failing, keeping only well-formed parts', () => {
    expect(parseDashboardData('not json')).toBeNull();
    expect(parseDashboardData('{"format":"something-else","options":{}}')).toBeNull();
    const parsed = parseDashboardData(JSON.stringify({
      format: 'glimmers-dashboard',
      options: { range: 'forever', today: 42, weekStart: 3, privacy: 'yes', themeLabels: { a: 'A', b: 7 } },
      entries: [
        { path: 'ok.md', glimmer: { created: '2026-01-01', day: '2026-01-01', themes: [], body: [], feelings: [], grounding: [], intensity: 'x' } },
        { path: 'bad.md', glimmer: { created: '2026-01-01', day: 'soon', themes: [], body: [], feelings: [], grounding: [] } },
        { path: 7, glimmer: {} },
      ],
      attempted: [{ path: 'c.md', issues: [{ code: 'x', message: 'm', severity: 'odd' }, { nope: true }] }],
    }))!;
    expect(parsed.options).toEqual({ range: '12m', today: '', weekStart: 3, themeLabels: { a: 'A' } });
    expect(parsed.entries.map((e) => e.path)).toEqual(['ok.md']);
    expect(parsed.entries[0]!.glimmer).not.toHaveProperty('intensity');
    expect(parsed.attempted).toEqual([{ path: 'c.md', issues: [{ severity: 'error', code: 'x', message: 'm' }] }]);
    expect(indexFromDashboardData(parsed).size).toBe(1);
  });

  it('builds a page that forbids every network request and escapes its inline script', () => {
    const data: DashboardData = dashboardDataFromIndex(sampleIndex(), { range: '12m', today: TODAY, weekStart: 1 });
    const html = standalonePageHtml({ script: 'var s = "</script><script>alert(1)</script>";', css: '.x{} </style>', data, title: '<Glimmers & me>' });
    expect(html).toContain(`content="${STANDALONE_CSP}"`);
    expect(STANDALONE_CSP).toMatch(/default-src 'none'/);
    expect(STANDALONE_CSP).not.toMatch(/https?:|connect-src|\*/);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('<title>&lt;Glimmers &amp; me&gt;</title>');
  });
});

describe('mountStandalone', () => {
  it('draws the dashboard from the page payload, and "opening" a note selects it', () => {
    const data = dashboardDataFromIndex(sampleIndex(), { range: '12m', today: TODAY, weekStart: 1 });
    document.body.replaceChildren();
    const script = document.createElement('script');
    script.setAttribute('type', 'application/json');
    script.id = 'glimmers-data';
    script.textContent = serializeDashboardData(data);
    document.body.appendChild(script);
    const mounted = mountStandalone(document);
    expect(mounted.live).not.toBeNull();
    expect(document.body.classList.contains('theme-light') || document.body.classList.contains('theme-dark')).toBe(true);
    const item = document.querySelector<HTMLButtonElement>('.glimmers-panel-recent .glimmers-list-item')!;
    item.click();
    expect(document.querySelector('.glimmers-panel-recent .glimmers-list-item')!.getAttribute('aria-current')).toBe('true');
    const range = document.querySelector<HTMLSelectElement>('[data-glimmers-key="filter:range"]')!;
    range.value = '30d';
    range.dispatchEvent(new Event('change'));
    expect(document.querySelector('.glimmers-filter-summary')!.textContent).toBe('1 glimmer · Last 30 days');
  });

  it('says so when the page has no payload', () => {
    document.body.replaceChildren();
    expect(mountStandalone(document).live).toBeNull();
    expect(document.body.textContent).toContain('This page has no glimmer data to show.');
  });
});

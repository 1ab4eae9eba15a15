/**
 * The cost of the privacy checks (issue #12 item 2), beside same-run references:
 * - in headless Chromium with the CPU throttled 4x through the DevTools protocol
 *   (`Emulation.setCPUThrottlingRate`), as a phone would be: loading the name check's library, and
 *   checking a 2,000-character answer just pasted and while typing, against the check without names;
 * - `glimmer lint` over the bench vault with people's names on and off (the vault's plugin settings).
 * A harness, not a test: budgets are reported as met or not.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { BUNDLE_CONDITIONS } from '../scripts/bundle-conditions.mjs';
import { OUT_DIR } from './generate-vault.ts';
import type { PrivacyTimes } from './privacy-page.ts';
import { median, round, type Sample } from './timing.ts';

const ROOT = join(OUT_DIR, '..', '..');
export const THROTTLE = 4;

/** A therapist's answer of about 2,000 characters, with names, a phone number and ordinary prose. */
export const ANSWER = [
  'Today Amara came in quieter than usual, and for the first ten minutes we just sat with it.',
  'She talked about her brother Kofi, who drove four hours last weekend to help her move.',
  'When she described carrying the boxes up the stairs, her shoulders dropped and she laughed.',
  'I noticed warmth in my own chest, and my breathing slowed without my trying.',
  'We used a little of the EMDR resourcing from last month, the calm place by the river.',
  'She said the new flat feels like hers, the first place in years that does.',
  'Her caseworker, Mrs. Okonkwo, had called to say the housing letter finally came through.',
  'She read it to me twice, and the second time her voice did not shake at all.',
  'There was a moment when she looked out of the window and said that she is proud of herself.',
  'I wanted to hold that for both of us, so I asked her to say it again, slowly.',
  'She did, and then she asked if she could write it on the card she keeps in her purse.',
  'We talked about Sunday dinners with her aunt, and about the church choir she might join in March.',
  'Her phone buzzed twice and she let it ring, which she could not do a few months ago.',
  'At the end she told me that Grandma Esi used to say that storms do not last forever.',
  'I left the session lighter than I came in, with a picture of her on the stairs, laughing.',
  'Later I walked around the block and let the day settle before writing this.',
  'What I want to remember is how her laugh filled the room when she talked about the boxes.',
  'She wants to bring photos next week, of the flat and of the small balcony where she drinks her tea.',
  'I suggested she notice, this week, one moment each day when her body feels safe in the new place.',
  'She smiled and said she already has one: the click of the lock when she comes home at night.',
  'It reminded me why I do this work, and how much the people I sit with teach me about courage.',
  'Before I left, I drank a glass of water and stood by the window.',
  'And Amara said that hope can be as ordinary as a key that fits a door.',
].join(' ');

export interface PrivacyBenchResult {
  latency: { chars: number; throttle: number; runs: number; library: number; paste: Sample; typing: Sample; patternsOnly: Sample; findings: number } | null;
  lint: { glimmers: number; runs: number; namesOn: Sample; namesOff: Sample } | null;
}

const sample = (xs: number[]): Sample => ({ median: median(xs), runs: xs.map((x) => round(x)) });

async function pageScript(): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [join(ROOT, 'bench/privacy-page.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2020',
    minify: true, write: false, conditions: BUNDLE_CONDITIONS, logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** The warning's cost in a throttled Chromium page (nothing is loaded from the network). */
export async function benchPrivacyLatency(browser: Browser, runs: number): Promise<PrivacyBenchResult['latency']> {
  const file = join(OUT_DIR, 'privacy-latency.html');
  const script = (await pageScript()).replace(/<\/(script)/gi, '<\\/$1');
  writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'"></head><body><script>${script}</script></body></html>`);
  const context = await browser.newContext();
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(`file://${file}`);
  // The sentence being typed names someone, so the name check has work to do on it.
  const lastSentence = ANSWER.lastIndexOf('And Amara said');
  const times = await page.evaluate(([text, before, n]) => (window as unknown as { glimmersPrivacyBench: { run: (t: string, b: string, n: number) => Promise<PrivacyTimes> } }).glimmersPrivacyBench.run(text, before, n), [ANSWER, ANSWER.slice(0, lastSentence), runs] as const);
  await context.close();
  return { chars: ANSWER.length, throttle: THROTTLE, runs, library: round(times.libraryMs), paste: sample(times.pasteMs), typing: sample(times.typingMs), patternsOnly: sample(times.patternsOnlyMs), findings: times.findings };
}

function timeLint(root: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'packages/cli/dist/glimmer.mjs'), 'lint', root, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`glimmer lint failed: ${r.stderr}`);
  return performance.now() - t0;
}

/** `glimmer lint` over the vault with people's names on, then off (interleaved, medians). */
export function benchLintNames(root: string, glimmers: number, runs: number): PrivacyBenchResult['lint'] {
  const dataDir = join(root, '.obsidian', 'plugins', 'glimmers');
  const set = (personNames: boolean): void => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'data.json'), JSON.stringify({ privacy: { personNames } }));
  };
  const on: number[] = [];
  const off: number[] = [];
  try {
    set(true);
    timeLint(root); // warm-up: the CLI's bundle cache and the file cache
    for (let i = 0; i < runs; i++) {
      set(true);
      on.push(timeLint(root));
      set(false);
      off.push(timeLint(root));
    }
  } finally {
    rmSync(join(root, '.obsidian'), { recursive: true, force: true });
  }
  return { glimmers, runs, namesOn: sample(on), namesOff: sample(off) };
}

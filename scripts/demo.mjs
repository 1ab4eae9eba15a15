// `npm run demo`: the whole product in one command, on the sample vault in examples/vault.
// 1. builds the Obsidian plugin (npm run build: main.js + styles.css beside manifest.json);
// 2. installs it into examples/vault/.obsidian/plugins/glimmers/ (git-ignored), so opening the
//    folder in Obsidian shows the plugin working;
// 3. prints `glimmer stats` for the sample glimmers;
// 4. writes examples/dashboard.html (git-ignored) with `glimmer dashboard`, and says where;
// 5. writes one weekly review note with `glimmer review`, into a temporary copy of the sample
//    vault (so no tracked file changes), and says where.
// Nothing is downloaded and nothing leaves the machine.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vault = join(root, 'examples', 'vault');
const pluginDir = join(vault, '.obsidian', 'plugins', 'glimmers');
const dashboard = join(root, 'examples', 'dashboard.html');
const glimmerBin = join(root, 'packages', 'cli', 'bin', 'glimmer.mjs');
// The sample glimmers run from January to 25 June 2026: the page treats 26 June as "today",
// so its "last 30 days" and "this week" panels show them whatever the clock says.
const sampleToday = '2026-06-26';

function step(title) {
  process.stdout.write(`\n== ${title}\n`);
}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status}`;
    process.stderr.write(`demo: ${what} failed (${why}).\n`);
    process.exit(1);
  }
}

step('Building the plugin (npm run build)');
run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], 'the plugin build');

step('Installing it into the sample vault');
mkdirSync(pluginDir, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) {
  copyFileSync(join(root, file), join(pluginDir, file));
}
process.stdout.write(`Copied main.js, manifest.json and styles.css to ${relative(root, pluginDir)}/\n`);

step('glimmer stats examples/vault');
run(process.execPath, [glimmerBin, 'stats', relative(root, vault)], 'glimmer stats');

step('glimmer dashboard examples/vault --out examples/dashboard.html');
// --force: the demo's own git-ignored page, which an older version wrote without the mark that lets
// `glimmer dashboard` recognise and replace it.
run(process.execPath, [glimmerBin, 'dashboard', relative(root, vault), '--out', relative(root, dashboard), '--include-text', '--today', sampleToday, '--title', 'Glimmers: sample vault', '--force'], 'glimmer dashboard');

// The review of the sample's last week (26 June is the page's "today"), in a copy of the vault.
const reviewVault = join(mkdtempSync(join(tmpdir(), 'glimmers-demo-')), 'vault');
cpSync(vault, reviewVault, { recursive: true });
step(`glimmer review <a temporary copy of ${relative(root, vault)}> --week 2026-W26`);
const review = spawnSync(process.execPath, [glimmerBin, 'review', reviewVault, '--week', '2026-W26'], { cwd: root, encoding: 'utf8' });
if (review.error || review.status !== 0) {
  process.stderr.write(`demo: glimmer review failed (${review.error ? review.error.message : review.stderr.trim()}).\n`);
  process.exit(1);
}
const reviewPath = review.stdout.trim();
process.stdout.write(`${reviewPath}\n\n${readFileSync(reviewPath, 'utf8').split('\n').slice(0, 14).join('\n')}\n...\n`);

process.stdout.write(`
Done.
  Dashboard:  ${pathToFileURL(dashboard).href}
              (one self-contained file; open it in any browser, it makes no network requests)
  Review:     ${reviewPath}
              (in a temporary copy of the sample vault; open that folder in Obsidian to follow its links)
  Obsidian:   open the folder ${relative(root, vault)} as a vault ("Open folder as vault"), choose
              "Trust author and enable plugins", and the Glimmers plugin is on: try the
              "New glimmer" command from the command palette.
  Terminal:   npx glimmer --help   (list, lint, set, export, new ...)
`);

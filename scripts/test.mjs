// `npm test`: type-check, script tests (node --test), then every browser test in headless Chromium and,
// when it is installed, Firefox ESR (always in CI), ending with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, findFirefox, NO_CHROMIUM_MESSAGE } from './find-browsers.mjs';

if (!findChromium()) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

console.log('> custom-elements manifest (feeds Storybook docs and the docs tests)');
if (run('npm', ['run', '--silent', 'analyze']) !== 0) process.exit(1);
console.log('> type-check');
if (run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) {
  console.error('Type-check failed: fix the errors above.');
  process.exit(1);
}
const scriptTests = readdirSync('test', { recursive: true })
  .filter((f) => f.endsWith('.node-test.mjs'))
  .sort()
  .map((f) => `test/${f}`);
if (scriptTests.length) {
  console.log('> script tests (node --test: the bench budget check)');
  if (run(process.execPath, ['--test', ...scriptTests]) !== 0) {
    console.error('Script tests failed: see above.');
    process.exit(1);
  }
}
// The second engine: Firefox runs whenever it is installed (web-test-runner.config.mjs reads PLC_BROWSERS;
// in CI it asks for both itself and fails without Firefox).
if (!process.env.PLC_BROWSERS && process.env.CI !== 'true') {
  process.env.PLC_BROWSERS = findFirefox() ? 'chromium,firefox' : 'chromium';
  if (!findFirefox()) console.log('(Firefox not found: browser tests run in Chromium only. Debian: sudo apt-get install -y firefox-esr)');
}
const engines = (process.env.PLC_BROWSERS ?? 'chromium,firefox').split(',').map((e) => e.trim()).filter(Boolean);
// One engine at a time: two browsers at once on a two-core machine starve each other into time-outs.
const extra = process.argv.slice(2);
const summaryDir = mkdtempSync(join(tmpdir(), 'plc-kit-test-'));
let passed = 0;
let failed = 0;
let status = 0;
// Firefox gets one test file per run: in one long run a tab can end up in the background, where Firefox
// gives it neither key focus nor animation frames, and a later file's keyboard tests then fail.
const allFiles = readdirSync('test', { recursive: true })
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => `test/${f}`);
const batches = (engine) => (engine === 'firefox' && extra.length === 0 ? allFiles.map((f) => ['--files', f]) : [extra]);
let batch = 0;
for (const engine of engines) {
  console.log(`> browser tests in ${engine === 'firefox' ? 'Firefox ESR, one file at a time' : 'Chromium'} (web-test-runner)`);
  for (const args of batches(engine)) {
    const summaryFile = join(summaryDir, `${engine}-${batch++}.json`);
    const code =
      spawnSync('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...args], {
        stdio: 'inherit',
        env: { ...process.env, PLC_BROWSERS: engine, PLC_WTR_SUMMARY: summaryFile },
      }).status ?? 1;
    if (code !== 0) status = code;
    try {
      const counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
      passed += counts.passed;
      failed += counts.failed;
    } catch {
      failed += 1; // The run ended before reporting: count it as a failure, never as a pass.
    }
  }
}
rmSync(summaryDir, { recursive: true, force: true });
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(status || (failed ? 1 : 0));

// `npm test`: type-check, script tests (node --test), then every browser test in headless Chromium and,
// when it is installed, Firefox ESR (always in CI), ending with one summary line.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
const engines = process.env.PLC_BROWSERS ?? 'chromium,firefox';
console.log(`> browser tests (web-test-runner, headless ${engines.includes('firefox') ? 'Chromium and Firefox ESR' : 'Chromium'})`);
const extra = process.argv.slice(2);
const status = run('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...extra]);
process.exit(status);

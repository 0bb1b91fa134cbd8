// `npm test`: type-check, then every browser test in headless Chromium, ending with one summary line.
import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-browsers.mjs';

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
console.log('> browser tests (web-test-runner, headless Chromium)');
const extra = process.argv.slice(2);
const status = run('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...extra]);
process.exit(status);

// The second engine: which browsers a test run uses (scripts/find-browsers.mjs, read by
// web-test-runner.config.mjs), and that CI installs Firefox and cannot run without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { selectBrowsers, NO_FIREFOX_MESSAGE, NO_CHROMIUM_MESSAGE } from '../../scripts/find-browsers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const both = { chromium: () => '/usr/bin/chromium', firefox: () => '/usr/bin/firefox-esr' };
const noFirefox = { chromium: () => '/usr/bin/chromium', firefox: () => null };

test('CI always runs Firefox beside Chromium', () => {
  assert.deepEqual(selectBrowsers({ CI: 'true' }, both), { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr', problems: [] });
});

test('CI without Firefox is an error, not a silent Chromium-only run', () => {
  const chosen = selectBrowsers({ CI: 'true' }, noFirefox);
  assert.deepEqual(chosen.problems, [NO_FIREFOX_MESSAGE]);
});

test('PLC_BROWSERS picks the engines; unset outside CI means Chromium only', () => {
  assert.equal(selectBrowsers({}, both).firefox, null);
  assert.equal(selectBrowsers({ PLC_BROWSERS: 'firefox' }, both).chromium, null);
  assert.equal(selectBrowsers({ PLC_BROWSERS: 'firefox' }, both).firefox, '/usr/bin/firefox-esr');
  assert.deepEqual(selectBrowsers({ PLC_BROWSERS: 'chromium, Firefox' }, both).problems, []);
  assert.deepEqual(selectBrowsers({ PLC_BROWSERS: 'chromium' }, { chromium: () => null, firefox: () => null }).problems, [NO_CHROMIUM_MESSAGE]);
  assert.match(selectBrowsers({ PLC_BROWSERS: 'webkit' }, both).problems[0], /"webkit"/);
});

test('npm test asks for Firefox whenever it is installed, and .ci/run installs it when missing', () => {
  const testScript = readFileSync(`${root}scripts/test.mjs`, 'utf8');
  assert.match(testScript, /PLC_BROWSERS = findFirefox\(\) \? 'chromium,firefox' : 'chromium'/);
  const ci = readFileSync(`${root}.ci/run`, 'utf8');
  assert.match(ci, /command -v firefox-esr >\/dev\/null 2>&1 \|\| need_apt\+=\(firefox-esr\)/);
  assert.match(ci, /apt-get install -y -qq "\$\{need_apt\[@\]\}"/);
  const puppeteerrc = readFileSync(`${root}.puppeteerrc.cjs`, 'utf8');
  assert.match(puppeteerrc, /skipDownload: true/, 'Puppeteer must never try to download a browser');
});

// Finds the browsers the tests drive, without ever downloading one (this machine cannot), and says
// which of them a run uses: PLC_BROWSERS=chromium,firefox (either or both); unset, Chromium only —
// except in CI (CI=true), where both run and a missing Firefox is an error. `npm test` sets both
// when Firefox is installed (scripts/test.mjs).
import { existsSync } from 'node:fs';

const chromeCandidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const firefoxCandidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findChromium() {
  return chromeCandidates.find((p) => p && existsSync(p)) ?? null;
}

export function findFirefox() {
  return firefoxCandidates.find((p) => p && existsSync(p)) ?? null;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.';

export const NO_FIREFOX_MESSAGE =
  'No Firefox found but the run asks for it (PLC_BROWSERS or CI): install one (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.';

export const BROWSER_NAMES = ['chromium', 'firefox'];

/**
 * The browsers a test run uses: `{ chromium, firefox }` (executable paths, or null when not used)
 * and `problems` (messages; non-empty means the run cannot go ahead).
 */
export function selectBrowsers(env = process.env, find = { chromium: findChromium, firefox: findFirefox }) {
  const wanted = (env.PLC_BROWSERS || (env.CI === 'true' ? 'chromium,firefox' : 'chromium'))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const problems = [];
  for (const name of wanted) {
    if (!BROWSER_NAMES.includes(name)) problems.push(`PLC_BROWSERS names "${name}"; it can name ${BROWSER_NAMES.join(' and ')}.`);
  }
  const chromium = wanted.includes('chromium') ? find.chromium() : null;
  const firefox = wanted.includes('firefox') ? find.firefox() : null;
  if (wanted.includes('chromium') && !chromium) problems.push(NO_CHROMIUM_MESSAGE);
  if (wanted.includes('firefox') && !firefox) problems.push(NO_FIREFOX_MESSAGE);
  if (!wanted.length) problems.push('PLC_BROWSERS is empty: name chromium, firefox or both.');
  return { chromium, firefox, problems };
}

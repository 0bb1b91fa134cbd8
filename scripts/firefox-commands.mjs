// Makes web-test-runner's browser commands work the same in Firefox ESR as in Chromium, so one test
// suite runs in both engines (web-test-runner plugin, used by web-test-runner.config.mjs).
//
// - `emulateMedia()`: @web/test-runner-commands emulates media through the Chrome DevTools Protocol,
//   which Firefox does not speak (over WebDriver BiDi Puppeteer has no media emulation, and Firefox
//   153 ESR lacks BiDi's `emulation.setMediaFeaturesOverride`). Firefox's own per-tab overrides do
//   the same job — the ones its DevTools use: `BrowsingContext.mediumOverride` (print / screen),
//   `prefersColorSchemeOverride`, `prefersReducedMotionOverride`, `forcedColorsOverride` — set from
//   the browser's chrome context over BiDi (Firefox is started with `--remote-allow-system-access`).
//   Only the test's own tab changes, so parallel test files do not disturb each other.
// - `sendKeys()`: Puppeteer's BiDi keyboard does not know the key name "Space" (Playwright's);
//   it is sent as " ", the same key.
//
// Chromium sessions go to the original commands untouched.

/** Launch arguments Firefox needs for the media emulation above. */
export const FIREFOX_ARGS = ['--remote-allow-system-access'];

const isFirefox = (session) => session?.browser?.type === 'puppeteer' && /firefox/i.test(session.browser.name ?? '');

const COLOR_SCHEME = { light: 'light', dark: 'dark', 'no-preference': 'none' };
const REDUCED_MOTION = { reduce: 'reduce', 'no-preference': 'no-preference' };
const FORCED_COLORS = { active: 'active', none: 'none' };

/** What to set on the tab's BrowsingContext for an `emulateMedia()` payload (`null` resets). */
export function firefoxOverrides(payload) {
  const out = {};
  if ('media' in payload) out.mediumOverride = payload.media ?? '';
  if ('colorScheme' in payload) out.prefersColorSchemeOverride = COLOR_SCHEME[payload.colorScheme] ?? 'none';
  if ('reducedMotion' in payload) out.prefersReducedMotionOverride = REDUCED_MOTION[payload.reducedMotion] ?? 'none';
  if ('forcedColors' in payload) out.forcedColorsOverride = FORCED_COLORS[payload.forcedColors] ?? 'none';
  return out;
}

async function emulateInFirefox(session, payload) {
  const page = session.browser.getPage(session.id);
  const connection = page.browser().connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = tree.result.contexts[0]?.context;
  if (!chrome) throw new Error('Firefox media emulation needs --remote-allow-system-access (no chrome context found).');
  const overrides = firefoxOverrides(payload);
  const marker = `wtr-session-id=${session.id}`;
  const expression = `(() => {
    const overrides = ${JSON.stringify(overrides)};
    for (const win of Services.wm.getEnumerator('navigator:browser')) {
      for (const browser of win.gBrowser.browsers) {
        if (!browser.currentURI.spec.includes(${JSON.stringify(marker)})) continue;
        for (const [name, value] of Object.entries(overrides)) browser.browsingContext[name] = value;
        return 'ok';
      }
    }
    return 'no tab';
  })()`;
  const result = await connection.send('script.evaluate', { expression, target: { context: chrome }, awaitPromise: false });
  const value = result.result?.result?.value;
  if (value !== 'ok') throw new Error(`Firefox media emulation failed: ${value ?? JSON.stringify(result.result)}`);
  return true;
}

function normaliseKeys(payload) {
  if (!payload || typeof payload !== 'object') return payload;
  const fix = (key) => (key === 'Space' ? ' ' : key);
  const out = { ...payload };
  if (typeof out.press === 'string') out.press = fix(out.press);
  if (typeof out.down === 'string') out.down = fix(out.down);
  if (typeof out.up === 'string') out.up = fix(out.up);
  return out;
}

export function firefoxCommands() {
  return {
    name: 'firefox-commands',
    serverStart({ config }) {
      for (const plugin of config.plugins ?? []) {
        const original = plugin.executeCommand?.bind(plugin);
        if (!original) continue;
        if (plugin.name === 'emulate-media-command') {
          plugin.executeCommand = (args) =>
            args.command === 'emulate-media' && isFirefox(args.session) ? emulateInFirefox(args.session, args.payload ?? {}) : original(args);
        } else if (plugin.name === 'send-keys-command') {
          plugin.executeCommand = (args) =>
            args.command === 'send-keys' && isFirefox(args.session) ? original({ ...args, payload: normaliseKeys(args.payload) }) : original(args);
        }
      }
    },
  };
}

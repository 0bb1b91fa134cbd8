import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { selectBrowsers } from './scripts/find-browsers.mjs';
import { embedMiddleware } from './test/embed/server.mjs';
import { securityMiddleware } from './test/security/server.mjs';
import { FIREFOX_ARGS, firefoxCommands } from './scripts/firefox-commands.mjs';

// Chromium, and Firefox ESR too when PLC_BROWSERS names it (npm test does when it is installed; CI always).
const browsers = selectBrowsers();
if (browsers.problems.length) {
  for (const problem of browsers.problems) console.error(problem);
  process.exit(1);
}
const executablePath = browsers.chromium;

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // Embed tests: in-memory bundles at /__embed/, a checking xAPI statement receiver at /__lrs/, SCORM packages at /__scorm/.
  // Security tests: pages under a strict CSP at /__sec/csp/, the same without one at /__sec/open/ (test/security/server.mjs).
  middleware: [embedMiddleware, securityMiddleware],
  plugins: [
    // emulateMedia and sendKeys in Firefox as in Chromium (scripts/firefox-commands.mjs).
    firefoxCommands(),
    {
      // papaparse ships only as UMD; Vite and esbuild convert it, the test server does not. Wrap it as ESM.
      name: 'papaparse-as-esm',
      transform(context) {
        if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
        return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;` };
      },
    },
    {
      // Lists every story file, so test/stories.test.ts runs each story as a test without a hand-kept list.
      name: 'story-index',
      serve(context) {
        if (context.path !== '/__story-index.js') return undefined;
        const files = readdirSync(new URL('./stories/', import.meta.url))
          .filter((f) => f.endsWith('.stories.ts'))
          .sort()
          .map((f) => `/stories/${f}`);
        return { body: `export const files = ${JSON.stringify(files)};`, type: 'js' };
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    ...(executablePath ? [playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    })] : []),
    // Debian's firefox-esr over WebDriver BiDi; Puppeteer never downloads a browser (.puppeteerrc.cjs).
    // One page at a time: Firefox pauses animation frames and withholds focus events in a background tab.
    ...(browsers.firefox ? [puppeteerLauncher({ concurrency: 1, launchOptions: { browser: 'firefox', executablePath: browsers.firefox, headless: true, args: FIREFOX_ARGS } })] : []),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 2,
  // Lit's dev-mode banner says nothing about the code under test.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 1200000,
  // Two engines on two shared cores: a browser can take longer than the default 30 s to open a page.
  browserStartTimeout: 120000,
};

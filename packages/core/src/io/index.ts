export * from './workspace-json.js';
export * from './sample.js';
export { ioMessages } from './messages.js';
// CSV import/export (./csv.js) uses papaparse, which ships only as UMD/CommonJS. Bundlers (Vite,
// esbuild) convert it, but the web-test-runner dev server serves it raw, so re-exporting it here
// would stop every test that imports @plc-kit/core from loading. Until web-test-runner.config.mjs
// wraps papaparse as ESM, import CSV helpers from 'packages/core/src/io/csv.js' (the tests do), and
// then add: export * from './csv.js';

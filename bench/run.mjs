// `npm run bench`: prints bundle sizes and timings against design.md's budgets and writes bench/results.json.
// A bundle's size is its initial download (entry + static chunks); its lazy chunks are listed beside it.
// It prints; it does not fail (timings on a shared 2-core machine are noisy). `--check-bundles` makes
// an over-budget bundle exit non-zero, which CI uses.
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as budgetTable from './budgets.mjs';
const { bundleBudgets } = budgetTable;
// CI fails a bundle over its ceiling; where no ceiling is set, the ceiling is the budget itself.
const bundleCeilings = budgetTable.bundleCeilings ?? {};
import { bundleSize, entries } from './bundles.mjs';
import { floorSizes } from './floor.mjs';
import { findChromium } from '../scripts/find-browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const checkBundles = args.includes('--check-bundles');
const only = args.find((a) => !a.startsWith('--'));
const rows = [];
/** Benches that threw: their figures are missing, which CI must not take for a pass. */
const failedBenches = [];

const round = (n) => Number(n.toFixed(2));

function row(group, name, value, unit, budget, ceiling, extra = {}) {
  const over = budget !== undefined && value > budget;
  const limit = ceiling ?? budget;
  const overCeiling = limit !== undefined && value > limit;
  rows.push({ group, name, value: round(value), unit, budget: budget ?? null, over, ceiling: ceiling ?? null, overCeiling, ...extra });
}

// 1. Bundle sizes. The budget and the CI ceiling apply to the initial download (bench/bundles.mjs):
// the entry and the chunks it imports statically. Chunks behind `import()` are listed as lazy.
const BUNDLES = 'bundle (min+gzip; initial = entry + static chunks, checked against the budget; lazy = loaded on demand)';
if (!only || only === 'bundles') {
  for (const entry of entries()) {
    const size = await bundleSize(entry.file, entry.name);
    row(BUNDLES, entry.name, size.initial.gzip, 'kB', bundleBudgets[entry.name], bundleCeilings[entry.name], {
      initialFiles: size.initial.files,
      lazy: round(size.total.gzip - size.initial.gzip),
      total: round(size.total.gzip),
      lazyChunks: size.lazy.map((l) => ({ label: l.label, file: l.file, value: round(l.gzip) })),
    });
  }
}

// 1b. The floor under each budget: what the stack and the required text weigh before any element's
// own code (bench/floor.mjs). Printed beside the budgets so the gap can be read as what is left.
const FLOOR = 'floor (min+gzip): the libraries and the required text alone, before any code of the kit';
if (!only || only === 'bundles') {
  const { parts, floors } = await floorSizes();
  for (const p of parts) row(FLOOR, p.name, p.value, 'kB');
  for (const [name, value] of Object.entries(floors)) {
    const budget = bundleBudgets[name.replace(/,.*$/, '')];
    row(FLOOR, `under ${name}`, value, 'kB', undefined, undefined, budget === undefined ? {} : { leaves: round(budget - value), of: budget });
  }
}

// 2. Timings in a real Chromium page: each bench/*.bench.ts default-exports `bench(report)`.
const benchFiles = readdirSync(`${root}bench`)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || only === 'bundles' ? !only : f.startsWith(only));
if (benchFiles.length) {
  const executablePath = findChromium();
  if (!executablePath) console.error('No Chromium found: timing benches skipped (set CHROME_PATH).');
  else {
    const out = mkdtempSync(join(tmpdir(), 'plc-bench-'));
    const server = createServer((req, res) => {
      const path = join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!existsSync(path)) return res.writeHead(404).end();
      const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const port = server.address().port;
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      for (const file of benchFiles) {
        const name = file.replace('.bench.ts', '');
        const entry = join(out, `${name}-entry.ts`);
        writeFileSync(
          entry,
          `import bench from ${JSON.stringify(`${root}bench/${file}`)};
           const rows = [];
           bench((r) => rows.push(r)).then(() => { window.__done = { rows }; }, (e) => { window.__done = { rows, error: String(e && e.stack || e) }; });`,
        );
        await build({
          entryPoints: [entry],
          bundle: true,
          format: 'esm',
          splitting: true,
          outdir: out,
          entryNames: `${name}`,
          minify: true,
          target: 'es2022',
          conditions: ['source', 'browser', 'production'],
          tsconfig: `${root}tsconfig.json`,
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'error',
          loader: { '.worker.ts': 'ts' },
        });
        writeFileSync(join(out, `${name}.html`), `<!doctype html><html lang="en"><body><script type="module" src="./${name}.js"></script></body></html>`);
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        page.on('pageerror', (e) => console.error(`[${name}] page error:`, e.message));
        await page.goto(`http://127.0.0.1:${port}/${name}.html`);
        const done = await page.waitForFunction(() => window.__done, null, { timeout: 300000 }).then((h) => h.jsonValue());
        for (const r of done.rows) row(name, r.name, r.value, r.unit, r.budget);
        if (done.error) {
          console.error(`[${name}] bench failed: ${done.error}`);
          failedBenches.push(name);
        }
        await page.close();
      }
    } finally {
      await browser.close();
      server.close();
      rmSync(out, { recursive: true, force: true });
    }
  }
}

// 3. Print and record.
const width = Math.max(...rows.map((r) => r.name.length), 10);
let group = '';
console.log('\nPLC Kit bench (budgets from design.md)\n');
for (const r of rows) {
  if (r.group !== group) console.log(`\n${(group = r.group)}`);
  const budget = r.budget === null ? '' : `budget ${r.budget} ${r.unit}`;
  const flag = r.budget === null ? '' : r.over ? '  OVER BUDGET' : '  ok';
  const ceiling = r.ceiling === null ? '' : `  (CI ceiling ${r.ceiling} ${r.unit}${r.overCeiling ? ', OVER' : ''})`;
  if (r.lazyChunks) {
    const files = r.initialFiles.length > 1 ? ` in ${r.initialFiles.length} files` : '';
    console.log(`  ${r.name.padEnd(width)}  ${String(r.value).padStart(10)} ${r.unit} initial${files}  + ${r.lazy} ${r.unit} lazy  ${budget}${flag}${ceiling}`);
    for (const chunk of r.lazyChunks) console.log(`  ${''.padEnd(width)}      lazy ${String(chunk.value).padStart(6)} ${r.unit}  ${chunk.label} (${chunk.file})`);
  } else if (r.leaves !== undefined) {
    console.log(`  ${r.name.padEnd(width)}  ${String(r.value).padStart(10)} ${r.unit.padEnd(5)} of a ${r.of} ${r.unit} budget, leaving ${r.leaves} ${r.unit}`);
  } else console.log(`  ${r.name.padEnd(width)}  ${String(r.value).padStart(10)} ${r.unit.padEnd(5)} ${budget}${flag}${ceiling}`);
}
// A partial run (`npm run bench -- bundles`) replaces only the groups it measured and keeps the rest.
const resultsFile = `${root}bench/results.json`;
const measured = new Set(rows.map((r) => (r.group.startsWith('bundle') ? 'bundle' : r.group)));
let kept = [];
if (only && existsSync(resultsFile)) {
  try {
    kept = JSON.parse(readFileSync(resultsFile, 'utf8')).rows.filter((r) => !measured.has(r.group.startsWith('bundle') ? 'bundle' : r.group));
  } catch {
    kept = [];
  }
}
writeFileSync(resultsFile, JSON.stringify({ when: new Date().toISOString(), rows: [...rows, ...kept] }, null, 2));
console.log('\nFigures written to bench/results.json');

const overBundles = rows.filter((r) => r.group.startsWith('bundle') && r.overCeiling);
// A bench that crashed is a broken measurement, not a noisy one: with --check-bundles (CI) it fails.
if (checkBundles && failedBenches.length) {
  console.error(`Benches that failed, so their figures are missing: ${failedBenches.join(', ')} (see the errors above)`);
  process.exitCode = 1;
}
if (checkBundles && overBundles.length) {
  for (const r of overBundles)
    console.error(
      r.ceiling === null
        ? `Bundle over budget: ${r.name} is ${r.value} kB min+gzip, budget ${r.budget} kB, as its initial download (the entry and its static chunks)`
        : `Bundle over its CI ceiling: ${r.name} is ${r.value} kB min+gzip, ceiling ${r.ceiling} kB (${r.budget === null ? 'no design budget' : `design budget ${r.budget} kB`}), as its initial download (the entry and its static chunks)`,
    );
  process.exit(1);
}

// Budgets that hold: `npm run bench -- --check-bundles` (what .ci/run calls) must fail on a bundle over
// its budget, naming the figure and the budget, and must only print and record timings, never fail on
// them. The real bench/run.mjs runs here unchanged, in a sandbox copy of the repository whose
// bench/budgets.mjs is fake, so the check is proved without making any real bundle bigger.
// Run by `npm test` (scripts/test.mjs) with `node --test`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/find-browsers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let sandbox;

/** A copy of the bench harness beside links to the real sources, with budgets of our choosing. */
function writeBudgets(budgets, ceilings) {
  const text = `export const bundleBudgets = ${JSON.stringify(budgets)};\n` + (ceilings ? `export const bundleCeilings = ${JSON.stringify(ceilings)};\n` : '');
  writeFileSync(join(sandbox, 'bench', 'budgets.mjs'), text);
}

function bench(...args) {
  const result = spawnSync(process.execPath, [join(sandbox, 'bench', 'run.mjs'), ...args], { cwd: sandbox, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, out: `${result.stdout}\n${result.stderr}` };
}

before(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'plc-bench-check-'));
  mkdirSync(join(sandbox, 'bench'));
  mkdirSync(join(sandbox, 'scripts'));
  for (const file of ['run.mjs', 'bundles.mjs', 'floor.mjs']) cpSync(join(root, 'bench', file), join(sandbox, 'bench', file));
  cpSync(join(root, 'scripts', 'find-browsers.mjs'), join(sandbox, 'scripts', 'find-browsers.mjs'));
  for (const link of ['packages', 'node_modules', 'tsconfig.json', 'package.json']) symlinkSync(join(root, link), join(sandbox, link));
});

after(() => {
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

test('a bundle over its budget fails the check, printing the figure and the budget', () => {
  writeBudgets({ 'plc-kit.js': 0.01 });
  const run = bench('bundles', '--check-bundles');
  assert.equal(run.status, 1, `expected exit 1, got ${run.status}\n${run.out}`);
  const line = /Bundle over budget: plc-kit\.js is (\d+(?:\.\d+)?) kB min\+gzip, budget 0\.01 kB/.exec(run.stderr);
  assert.ok(line, `no over-budget line naming the figure and budget in:\n${run.stderr}`);
  assert.ok(Number(line[1]) > 0.01, 'the figure printed is the measured size');
  assert.match(run.stdout, /plc-kit\.js\s+\d+(\.\d+)? kB initial\b.*\+ \d+(\.\d+)? kB lazy\s+budget 0\.01 kB\s+OVER BUDGET/);
});

test('where a CI ceiling is set, a bundle over it fails and one under it passes, the design budget still printed', () => {
  writeBudgets({ 'plc-kit.js': 0.01, 'plc-checklist': 0.01 }, { 'plc-kit.js': 0.02, 'plc-checklist': 100_000 });
  const run = bench('bundles', '--check-bundles');
  assert.equal(run.status, 1, run.out);
  assert.match(run.stderr, /Bundle over its CI ceiling: plc-kit\.js is \d+(\.\d+)? kB min\+gzip, ceiling 0\.02 kB \(design budget 0\.01 kB\)/);
  assert.doesNotMatch(run.stderr, /plc-checklist/);
  assert.match(run.stdout, /plc-checklist\s+\d+(\.\d+)? kB initial\b.*kB lazy\s+budget 0\.01 kB\s+OVER BUDGET\s+\(CI ceiling 100000 kB\)/);
});

test('bundles within budget pass the check', () => {
  writeBudgets({ 'plc-kit.js': 100_000, 'plc-checklist': 100_000, 'plc-conditions-radar': 100_000, 'plc-network-map': 100_000 });
  const run = bench('bundles', '--check-bundles');
  assert.equal(run.status, 0, run.out);
  assert.doesNotMatch(run.out, /OVER BUDGET|Bundle over budget/);
  const recorded = JSON.parse(readFileSync(join(sandbox, 'bench', 'results.json'), 'utf8'));
  const kit = recorded.rows.find((r) => r.name === 'plc-kit.js');
  assert.ok(kit && kit.unit === 'kB' && kit.value > 0 && kit.budget === 100_000 && kit.over === false, JSON.stringify(kit));
  // The initial figure is the entry and its static chunks; the lazy chunks are recorded beside it, each by name.
  assert.equal(kit.initialFiles[0], 'plc-kit.js');
  // …and the layout worker, which a page showing a map fetches at once (bench/bundles.mjs, fetchedInDefaultUse).
  assert.ok(kit.initialFiles.slice(1).every((f) => f.startsWith('chunks/') || f === 'layout.worker.js'), JSON.stringify(kit.initialFiles));
  assert.ok(kit.initialFiles.includes('layout.worker.js'), JSON.stringify(kit.initialFiles));
  const lazySum = kit.lazyChunks.reduce((n, c) => n + c.value, 0);
  assert.ok(Math.abs(kit.lazy - lazySum) < 0.05, `lazy ${kit.lazy} is the sum of its chunks ${lazySum}`);
  assert.ok(Math.abs(kit.total - (kit.value + kit.lazy)) < 0.02, `total ${kit.total} = initial ${kit.value} + lazy ${kit.lazy}`);
  for (const chunk of kit.lazyChunks) assert.ok(chunk.file.startsWith('chunks/') && chunk.label && chunk.value > 0, JSON.stringify(chunk));
});

test('the budget is checked against the initial download: lazy chunks do not count, and are listed by what they hold', () => {
  writeBudgets({ 'plc-checklist': 100_000 });
  const measured = bench('bundles');
  assert.equal(measured.status, 0, measured.out);
  const checklist = JSON.parse(readFileSync(join(sandbox, 'bench', 'results.json'), 'utf8')).rows.find((r) => r.name === 'plc-checklist');
  // The custom-framework parser is behind import() in the checklist (packages/elements/src/base/framework-controller.ts).
  const parser = checklist.lazyChunks.find((c) => c.label.includes('frameworks/parse'));
  assert.ok(parser, `the parser is a lazy chunk of plc-checklist: ${JSON.stringify(checklist.lazyChunks)}`);
  assert.match(measured.stdout, new RegExp(`lazy\\s+${parser.value} kB\\s+core/frameworks/parse \\(${parser.file.replace(/[.]/g, '\\.')}\\)`));
  // A ceiling between the initial figure and initial + lazy passes; just under the initial figure fails.
  const between = Number((checklist.value + checklist.lazy / 2).toFixed(2));
  writeBudgets({ 'plc-checklist': 0.01 }, { 'plc-checklist': between });
  const passes = bench('bundles', '--check-bundles');
  assert.equal(passes.status, 0, `initial ${checklist.value} kB, ceiling ${between} kB, total ${checklist.total} kB\n${passes.out}`);
  writeBudgets({ 'plc-checklist': 0.01 }, { 'plc-checklist': Number((checklist.value - 0.05).toFixed(2)) });
  const fails = bench('bundles', '--check-bundles');
  assert.equal(fails.status, 1, fails.out);
  assert.match(fails.stderr, /Bundle over its CI ceiling: plc-checklist is \d+(\.\d+)? kB min\+gzip.*initial download/);
});

test('without --check-bundles an over-budget bundle is printed but does not fail', () => {
  writeBudgets({ 'plc-kit.js': 0.01 });
  const run = bench('bundles');
  assert.equal(run.status, 0, run.out);
  assert.match(run.stdout, /plc-kit\.js.*OVER BUDGET/);
});

test('a timing over its budget is printed and recorded, never failed on, even with --check-bundles', () => {
  assert.ok(findChromium(), 'timing benches run in Chromium (npm test needs it anyway)');
  writeBudgets({});
  writeFileSync(
    join(sandbox, 'bench', 'slowpoke.bench.ts'),
    `export default async function bench(report: (row: { name: string; value: number; unit: 'ms'; budget?: number }) => void): Promise<void> {
       const start = performance.now();
       while (performance.now() - start < 30) { /* a deliberately slow step */ }
       report({ name: 'deliberately slow step', value: performance.now() - start, unit: 'ms', budget: 1 });
     }\n`,
  );
  const run = bench('slowpoke', '--check-bundles');
  assert.equal(run.status, 0, run.out);
  assert.match(run.stdout, /deliberately slow step\s+\d+(\.\d+)? ms\s+budget 1 ms\s+OVER BUDGET/);
  const recorded = JSON.parse(readFileSync(join(sandbox, 'bench', 'results.json'), 'utf8'));
  const row = recorded.rows.find((r) => r.name === 'deliberately slow step');
  assert.ok(row && row.value >= 30 && row.budget === 1 && row.over === true, JSON.stringify(row));
  assert.ok(!Number.isNaN(Date.parse(recorded.when)), 'results.json says when it was measured');
});

test('a bench that crashes fails the check (its figures would be missing), and only prints without it', () => {
  writeBudgets({});
  writeFileSync(
    join(sandbox, 'bench', 'crashes.bench.ts'),
    `export default async function bench(): Promise<void> {
       throw new Error('the element under test did not render');
     }\n`,
  );
  const checked = bench('crashes', '--check-bundles');
  assert.equal(checked.status, 1, checked.out);
  assert.match(checked.stderr, /\[crashes\] bench failed: Error: the element under test did not render/);
  assert.match(checked.stderr, /Benches that failed, so their figures are missing: crashes/);
  const printed = bench('crashes');
  assert.equal(printed.status, 0, printed.out);
  assert.match(printed.stderr, /\[crashes\] bench failed/);
});

test('the real budgets are design.md’s, and CI runs the check so that a failure stops it', () => {
  const budgets = readFileSync(join(root, 'bench', 'budgets.mjs'), 'utf8');
  // design.md, "Performance budgets": checklist 25 kB, radar 75 kB, network map 45 kB, whole kit 130 kB.
  for (const [name, kB] of [['plc-checklist', 25], ['plc-conditions-radar', 75], ['plc-network-map', 45], ['plc-kit.js', 130]]) {
    assert.match(budgets, new RegExp(`'${name.replace('.', '\\.')}':\\s*${kB},`), `${name} budget ${kB} kB`);
  }
  const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
  assert.match(ci, /^set -euo pipefail$/m, '.ci/run stops at the first failing step');
  assert.match(ci, /^npm run bench -- --check-bundles$/m, '.ci/run runs the bundle check as a step of its own');
  assert.ok(existsSync(join(root, 'bench', 'run.mjs')));
});

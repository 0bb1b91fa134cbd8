// The build marks chart.js's static property reads pure so esbuild can drop the scales the kit never
// registers (packages/embed/lib/chartjs-pure.mjs). If chart.js changes those lines, this fails rather
// than the radar's bundle silently growing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { build } from 'esbuild';
import { PURE_READS, chartjsPureReads, markPureReads } from '../../packages/embed/lib/chartjs-pure.mjs';

const require = createRequire(import.meta.url);
// chart.js exports no package.json; its CommonJS entry sits beside the ESM file esbuild bundles.
const chartFile = join(dirname(require.resolve('chart.js')), 'chart.js');

test('every static read the plugin expects is in the installed chart.js', () => {
  const { found } = markPureReads(readFileSync(chartFile, 'utf8'));
  assert.deepEqual(found, PURE_READS.map((r) => r.expected));
});

test('a radar-only bundle keeps the radial scale and drops the linear, logarithmic and time scales', async () => {
  const entry = `import { Chart, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';
    Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);
    export const make = (canvas) => new Chart(canvas, { type: 'radar', data: { labels: [], datasets: [] } });`;
  const bundle = async (plugins) =>
    (await build({ stdin: { contents: entry, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', write: false, plugins, logLevel: 'silent' }))
      .outputFiles[0].text;
  const plain = await bundle([]);
  const pure = await bundle([chartjsPureReads]);
  for (const id of ['"logarithmic"', '"timeseries"']) {
    assert.ok(plain.includes(id), `without the plugin esbuild keeps ${id} (else the plugin is no longer needed)`);
    assert.ok(!pure.includes(id), `with the plugin ${id} is dropped`);
  }
  assert.ok(pure.includes('"radialLinear"'), 'the registered radial scale stays');
  assert.ok(pure.length < plain.length - 10_000, `about 11 kB min smaller (${plain.length} → ${pure.length})`);
});

// <plc-conditions-radar>: aggregate 100,000 rating responses and draw them (budget 100 ms, design.md),
// plus the parts on their own. The bundle-size row (budget 75 kB) is measured by bench/run.mjs itself.
import { aggregateRatings, type RatingResponse } from '@plc-kit/core';
import { ratingFrameworks } from '@plc-kit/core/frameworks';
import type { PlcConditionsRadar } from '@plc-kit/elements';
import '@plc-kit/elements/conditions-radar/define.js';

type Report = (row: { name: string; value: number; unit: 'ms' | 'kB' | 'fps' | 'count'; budget?: number }) => void;

const framework = ratingFrameworks['conditions-for-success']!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** 100,000 responses from 6 PLCs at 2 time points, 1 answer in 9 missing: workspace-shaped, already typed. */
function responses(count: number, salt: number): RatingResponse[] {
  const ids = framework.axes.map((a) => a.id);
  return Array.from({ length: count }, (_, i) => ({
    id: `r${salt}-${i}`,
    framework: framework.id,
    plc: `plc-${i % 6}`,
    wave: i % 2 ? 'Start of cycle' : 'End of cycle',
    subgroup: i % 5 ? 'teachers' : 'leaders',
    ratings: Object.fromEntries(ids.map((id, j) => [id, (i * 7 + j) % 9 === 0 ? null : 1 + ((i * 31 + j * 17 + salt) % 4)])),
    at: i % 2 ? '2026-09-15T15:30:00Z' : '2027-03-20T15:30:00Z',
  }));
}

export default async function bench(report: Report): Promise<void> {
  const N = 100_000;
  // Fresh arrays each round, so nothing is served from the element's cache.
  const sets = Array.from({ length: 6 }, (_, k) => responses(N, k));

  const host = document.createElement('div');
  host.style.width = '720px';
  document.body.append(host);
  const el = document.createElement('plc-conditions-radar') as PlcConditionsRadar;
  el.setAttribute('storage', 'none');
  el.setAttribute('mode', 'results');
  el.setAttribute('compare', 'plc');
  host.append(el);
  await el.updateComplete;
  await frame();

  // The first time on a page: nothing compiled yet (what a visitor waits for once).
  let t = performance.now();
  el.responses = sets[0];
  await el.updateComplete;
  const cold = performance.now() - t;
  if (!el.chart || el.summary!.accepted !== N) throw new Error('the radar did not draw the data');
  report({ name: 'aggregate and draw 100,000 responses, first time on the page', value: cold, unit: 'ms', budget: 100 });

  const aggregate: number[] = [];
  for (const set of sets.slice(1)) {
    t = performance.now();
    const summary = aggregateRatings(set, framework, { by: 'plc' });
    aggregate.push(performance.now() - t);
    if (summary.accepted !== N) throw new Error(`expected ${N} accepted, got ${summary.accepted}`);
  }
  report({ name: 'aggregate 100,000 responses (core alone, by PLC)', value: median(aggregate), unit: 'ms' });

  const total: number[] = [];
  const redraw: number[] = [];
  for (const set of sets.slice(1)) {
    await frame();
    t = performance.now();
    el.responses = set;
    await el.updateComplete; // aggregates, renders the table and legend, and draws the chart synchronously
    total.push(performance.now() - t);
    if (!el.chart || el.chart.data.datasets.length !== 6 || el.summary!.accepted !== N) throw new Error('the radar did not draw the data');
    t = performance.now();
    el.spread = el.spread === 'sd' ? 'range' : 'sd'; // same aggregation, new bands: render and draw only
    await el.updateComplete;
    redraw.push(performance.now() - t);
  }
  report({ name: 'aggregate and draw 100,000 responses (6 PLCs, ±1 SD; median of 5)', value: median(total), unit: 'ms', budget: 100 });
  report({ name: 'redraw only (switch the band)', value: median(redraw), unit: 'ms' });

  const first: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const one = document.createElement('plc-conditions-radar') as PlcConditionsRadar;
    one.setAttribute('storage', 'none');
    one.setAttribute('mode', 'rate');
    host.append(one);
    await one.updateComplete;
    first.push(performance.now() - t);
    if (!one.chart) throw new Error('rate mode did not draw');
    one.remove();
  }
  report({ name: 'rate mode: connected → form and radar drawn', value: median(first), unit: 'ms' });
  host.remove();
}

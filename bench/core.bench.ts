// Core alone, without drawing: rating aggregation and network measures at design.md's sizes.
import {
  aggregateRatings,
  betweenness,
  buildSchoolGraph,
  generateNetwork,
  networkMeasures,
  type RatingResponse,
} from '@plc-kit/core';
import { ratingFrameworks } from '@plc-kit/core/frameworks';

type Report = (row: { name: string; value: number; unit: 'ms'; budget?: number }) => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(runs: number, fn: () => void): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

export default async function bench(report: Report): Promise<void> {
  const framework = ratingFrameworks['conditions-for-success']!;
  const axes = framework.axes.map((a) => a.id);
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const responses: RatingResponse[] = Array.from({ length: 100_000 }, (_, i) => ({
    id: `r${i}`,
    framework: framework.id,
    plc: `p${i % 50}`,
    wave: i % 2 ? 'autumn' : 'summer',
    subgroup: i % 3 ? 'teachers' : 'leaders',
    ratings: Object.fromEntries(axes.map((a) => [a, random() < 0.03 ? null : 1 + Math.floor(random() * 4)])),
    at: '2026-11-01T00:00:00Z',
  }));
  report({ name: 'aggregate 100,000 rating responses (5 axes, by wave)', value: time(5, () => aggregateRatings(responses, framework, { by: 'wave' })), unit: 'ms', budget: 100 });

  for (const schools of [2000, 5000]) {
    const data = generateNetwork({ schools, ties: schools * 4, seed: 'bench' });
    report({ name: `school graph + measures, ${schools.toLocaleString('en')} schools`, value: time(3, () => networkMeasures(buildSchoolGraph(data))), unit: 'ms' });
    const graph = buildSchoolGraph(data);
    report({ name: `betweenness, ${schools.toLocaleString('en')} schools (${graph.ties.length.toLocaleString('en')} ties)`, value: time(3, () => betweenness(graph.nodes.length, graph.adjacency)), unit: 'ms' });
  }
}

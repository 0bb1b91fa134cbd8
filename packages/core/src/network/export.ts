import type { Betweenness } from './betweenness.js';
import type { SchoolGraph } from './graph.js';
import type { NetworkMeasures } from './measures.js';
import { toCsv } from '../io/csv-write.js';

/** The ties as CSV, one row per tie (within-school ties have the same source and target). */
export function tiesCsv(graph: SchoolGraph): string {
  return toCsv([
    ['source', 'target', 'kind', 'weight', 'members', 'plcs'],
    ...graph.ties.map((t) => [t.source, t.target, t.kind, t.weight, t.members, t.plcs.join(' ')]),
  ]);
}

/** The schools with their measures as CSV. */
export function schoolsCsv(graph: SchoolGraph, measures: NetworkMeasures, between?: Betweenness): string {
  return toCsv([
    ['id', 'name', 'cluster', 'phase', 'plcs', 'within_school_plcs', 'partners', 'shared_plcs', 'betweenness', 'betweenness_normalised', 'component', 'isolated'],
    ...graph.nodes.map((s, i) => [
      s.id,
      s.name,
      s.cluster,
      s.phase,
      s.plcs.length,
      s.withinPlcs.length,
      measures.degree[i],
      measures.weightedDegree[i],
      between ? round(between.values[i]!) : undefined,
      between ? round(between.normalised[i]!) : undefined,
      measures.components.of[i]! + 1,
      measures.degree[i] === 0 ? 'yes' : 'no',
    ]),
  ]);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** The graph with its measures as one JSON-ready object. `positions` are layout x, y by school id. */
export function networkJson(
  graph: SchoolGraph,
  measures: NetworkMeasures,
  between?: Betweenness,
  positions?: Record<string, { x: number; y: number }>,
): unknown {
  return {
    schools: graph.nodes.map((s, i) => ({
      id: s.id,
      name: s.name,
      cluster: s.cluster || undefined,
      phase: s.phase,
      plcs: s.plcs,
      withinPlcs: s.withinPlcs,
      degree: measures.degree[i],
      weightedDegree: measures.weightedDegree[i],
      betweenness: between ? round(between.values[i]!) : undefined,
      betweennessNormalised: between ? round(between.normalised[i]!) : undefined,
      component: measures.components.of[i]! + 1,
      isolated: measures.degree[i] === 0,
      ...(positions?.[s.id] ? { x: round(positions[s.id]!.x), y: round(positions[s.id]!.y) } : {}),
    })),
    ties: graph.ties,
    measures: {
      schools: measures.schools,
      ties: measures.ties,
      withinSchoolTies: measures.withinTies,
      density: round(measures.density),
      centralisation: measures.centralisation === null ? null : round(measures.centralisation),
      components: measures.components.count,
      isolated: measures.isolated.map((i) => graph.nodes[i]!.id),
      shares: measures.shares.shares,
      eiIndex: measures.ei.map((e) => ({ cluster: e.cluster, internal: e.internal, external: e.external, index: e.index === null ? null : round(e.index) })),
      eiOverall: measures.eiOverall === null ? null : round(measures.eiOverall),
      betweenness: between ? { exact: between.exact, sources: between.sources } : undefined,
    },
  };
}

import type { TieKind } from '../schema/network.js';
import type { SchoolGraph } from './graph.js';

export interface Components {
  count: number;
  /** Component index of each node; components are numbered largest first. */
  of: Int32Array;
  /** Size of each component, largest first. */
  sizes: number[];
}

export interface TieShares {
  counts: Record<TieKind, number>;
  /** Each kind's share of all ties (0–1); 0 when there are no ties. */
  shares: Record<TieKind, number>;
  /** The same, weighting each tie by the PLCs it carries. */
  weighted: Record<TieKind, number>;
  total: number;
}

/** The E-I index of one cluster: (external − internal) ÷ (external + internal), from −1 (all inward) to +1 (all outward). */
export interface ClusterEi {
  cluster: string;
  schools: number;
  internal: number;
  external: number;
  /** null when the cluster has no ties between schools. */
  index: number | null;
}

export interface NetworkMeasures {
  schools: number;
  /** Ties between two schools (each pair once). */
  ties: number;
  /** Schools with PLCs entirely of their own (within-school ties). */
  withinTies: number;
  /** Ties present ÷ ties possible, n(n − 1) / 2; within-school ties are not pairs and are left out. */
  density: number;
  /** Number of partner schools of each node. */
  degree: Uint32Array;
  /** Sum of the shared PLCs over each node's partners. */
  weightedDegree: Float64Array;
  /** Freeman degree centralisation, 0 (everyone alike) to 1 (a star); null under three schools. */
  centralisation: number | null;
  components: Components;
  /** Node indices of the schools with no partner school, in node order. */
  isolated: number[];
  shares: TieShares;
  ei: ClusterEi[];
  /** The E-I index of the whole network, over the clustered schools' between and across ties. */
  eiOverall: number | null;
}

/** Density of an undirected graph: ties ÷ n(n − 1) / 2. */
export function density(n: number, ties: number): number {
  return n < 2 ? 0 : ties / ((n * (n - 1)) / 2);
}

/** E-I index: (external − internal) ÷ (external + internal); null when both are 0. */
export function eiIndex(external: number, internal: number): number | null {
  const total = external + internal;
  return total === 0 ? null : (external - internal) / total;
}

export function connectedComponents(graph: SchoolGraph): Components {
  const n = graph.nodes.length;
  const { offsets, targets } = graph.adjacency;
  const raw = new Int32Array(n).fill(-1);
  const rawSizes: number[] = [];
  const queue = new Uint32Array(n);
  for (let s = 0; s < n; s++) {
    if (raw[s]! >= 0) continue;
    const c = rawSizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    raw[s] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (raw[w]! < 0) {
          raw[w] = c;
          queue[tail++] = w;
        }
      }
    }
    rawSizes.push(tail);
  }
  // Renumber largest first (ties keep the order the components were found in).
  const order = rawSizes.map((size, c) => ({ size, c })).sort((a, b) => b.size - a.size || a.c - b.c);
  const rename = new Int32Array(order.length);
  order.forEach((entry, i) => (rename[entry.c] = i));
  const of = new Int32Array(n);
  for (let i = 0; i < n; i++) of[i] = rename[raw[i]!]!;
  return { count: order.length, of, sizes: order.map((o) => o.size) };
}

export function tieShares(graph: SchoolGraph): TieShares {
  const counts: Record<TieKind, number> = { within: 0, between: 0, across: 0 };
  const weights: Record<TieKind, number> = { within: 0, between: 0, across: 0 };
  for (const tie of graph.ties) {
    counts[tie.kind]++;
    weights[tie.kind] += tie.weight;
  }
  const total = counts.within + counts.between + counts.across;
  const totalWeight = weights.within + weights.between + weights.across;
  const share = (x: number, of: number) => (of === 0 ? 0 : x / of);
  return {
    counts,
    total,
    shares: { within: share(counts.within, total), between: share(counts.between, total), across: share(counts.across, total) },
    weighted: {
      within: share(weights.within, totalWeight),
      between: share(weights.between, totalWeight),
      across: share(weights.across, totalWeight),
    },
  };
}

/**
 * E-I index per named cluster. Internal ties join two schools of the cluster; external ties join one
 * of its schools to a school elsewhere (another cluster, or no cluster). Within-school ties join no
 * two schools and are not counted.
 */
export function clusterEi(graph: SchoolGraph): { clusters: ClusterEi[]; overall: number | null } {
  const byCluster = new Map<string, ClusterEi>();
  for (const cluster of graph.clusters) {
    if (cluster !== '') byCluster.set(cluster, { cluster, schools: 0, internal: 0, external: 0, index: null });
  }
  for (const node of graph.nodes) {
    const entry = byCluster.get(node.cluster);
    if (entry) entry.schools++;
  }
  let internal = 0;
  let external = 0;
  for (let t = 0; t < graph.ties.length; t++) {
    const a = graph.nodes[graph.tieSource[t]!]!.cluster;
    const b = graph.nodes[graph.tieTarget[t]!]!.cluster;
    if (graph.tieSource[t] === graph.tieTarget[t]) continue;
    if (a !== '' && a === b) {
      byCluster.get(a)!.internal++;
      internal++;
      continue;
    }
    const ea = byCluster.get(a);
    const eb = byCluster.get(b);
    if (ea) ea.external++;
    if (eb) eb.external++;
    if (ea || eb) external++;
  }
  const clusters = [...byCluster.values()].map((entry) => ({ ...entry, index: eiIndex(entry.external, entry.internal) }));
  return { clusters, overall: eiIndex(external, internal) };
}

/** Every measure of the map except betweenness (which has its own, sliceable, computation). */
export function networkMeasures(graph: SchoolGraph): NetworkMeasures {
  const n = graph.nodes.length;
  const { offsets, ties: adjacentTies } = graph.adjacency;
  const degree = new Uint32Array(n);
  const weightedDegree = new Float64Array(n);
  const isolated: number[] = [];
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    degree[i] = offsets[i + 1]! - offsets[i]!;
    let w = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) w += graph.ties[adjacentTies[e]!]!.weight;
    weightedDegree[i] = w;
    if (degree[i] === 0) isolated.push(i);
    if (degree[i]! > maxDegree) maxDegree = degree[i]!;
  }
  let centralisation: number | null = null;
  if (n >= 3) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += maxDegree - degree[i]!;
    centralisation = sum / ((n - 1) * (n - 2));
  }
  const shares = tieShares(graph);
  const pairs = shares.counts.between + shares.counts.across;
  const ei = clusterEi(graph);
  return {
    schools: n,
    ties: pairs,
    withinTies: shares.counts.within,
    density: density(n, pairs),
    degree,
    weightedDegree,
    centralisation,
    components: connectedComponents(graph),
    isolated,
    shares,
    ei: ei.clusters,
    eiOverall: ei.overall,
  };
}

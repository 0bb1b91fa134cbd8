import type { Adjacency } from './graph.js';
import { hashString, seededRandom } from './random.js';

/**
 * Up to this many schools, betweenness is exact (Brandes: one breadth-first search per school).
 * Above it, it is estimated from `BETWEENNESS_SAMPLES` seeded source schools (Brandes & Pich 2007),
 * scaled up by n / samples; the map says so wherever betweenness is shown.
 */
export const EXACT_BETWEENNESS_LIMIT = 2000;
export const BETWEENNESS_SAMPLES = 500;

export interface Betweenness {
  /** Raw betweenness of each node (undirected: each pair of other nodes counted once). */
  values: Float64Array;
  /** Divided by the number of pairs of other nodes, (n − 1)(n − 2) / 2, so it lies in 0–1. */
  normalised: Float64Array;
  exact: boolean;
  /** How many source nodes the figures come from (n when exact). */
  sources: number;
}

export interface BetweennessOptions {
  /** Force exact (true) or estimated (false); by default exact up to `EXACT_BETWEENNESS_LIMIT` nodes. */
  exact?: boolean;
  samples?: number;
  seed?: string;
}

/** A betweenness computation that can be run a few sources at a time, to stay off long tasks. */
export interface BetweennessRun {
  /** Runs up to `sources` more breadth-first searches; returns true when all are done. */
  step(sources: number): boolean;
  readonly done: number;
  readonly total: number;
  result(): Betweenness;
}

/** Chooses which sources to search from: all of them, or a seeded sample. */
function plan(n: number, options: BetweennessOptions): Uint32Array {
  const exact = options.exact ?? n <= EXACT_BETWEENNESS_LIMIT;
  const k = exact ? n : Math.min(n, Math.max(1, options.samples ?? BETWEENNESS_SAMPLES));
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (k === n) return order;
  const random = seededRandom(hashString(options.seed ?? 'betweenness', n));
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order.slice(0, k);
}

/**
 * Brandes' algorithm for unweighted, undirected graphs. Predecessors are not stored: a neighbour one
 * step nearer the source is a predecessor, which keeps memory at a few arrays of n.
 */
export function createBetweenness(n: number, adjacency: Adjacency, options: BetweennessOptions = {}): BetweennessRun {
  const { offsets, targets } = adjacency;
  const sources = plan(n, options);
  const total = sources.length;
  const exact = total === n;
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const stack = new Uint32Array(n);
  let done = 0;

  const search = (s: number) => {
    let head = 0;
    let tail = 0;
    sigma[s] = 1;
    dist[s] = 0;
    stack[tail++] = s;
    // The stack doubles as the queue: nodes are pushed in BFS order, which is also the order to undo.
    while (head < tail) {
      const v = stack[head++]!;
      const dv = dist[v]! + 1;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (dist[w]! < 0) {
          dist[w] = dv;
          stack[tail++] = w;
        }
        if (dist[w] === dv) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = stack[i]!;
      const dw = dist[w]! - 1;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = targets[e]!;
        if (dist[v] === dw) delta[v]! += sigma[v]! * coefficient;
      }
      cb[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = stack[i]!;
      sigma[v] = 0;
      delta[v] = 0;
      dist[v] = -1;
    }
  };

  return {
    step(count: number): boolean {
      const end = Math.min(total, done + Math.max(1, count));
      for (; done < end; done++) search(sources[done]!);
      return done >= total;
    },
    get done() {
      return done;
    },
    total,
    result(): Betweenness {
      // Undirected: every pair was counted from both ends. Sampled: scale up to all sources.
      const scale = (exact ? 1 : n / Math.max(1, done)) / 2;
      const values = new Float64Array(n);
      const normalised = new Float64Array(n);
      const pairs = ((n - 1) * (n - 2)) / 2;
      for (let i = 0; i < n; i++) {
        values[i] = cb[i]! * scale;
        normalised[i] = pairs > 0 ? Math.min(1, values[i]! / pairs) : 0;
      }
      return { values, normalised, exact, sources: done };
    },
  };
}

/** Betweenness in one go (for small graphs, tests, and the worker). */
export function betweenness(n: number, adjacency: Adjacency, options: BetweennessOptions = {}): Betweenness {
  const run = createBetweenness(n, adjacency, options);
  run.step(run.total);
  return run.result();
}

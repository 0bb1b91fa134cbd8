import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Pin } from '../schema/network.js';
import { hashString, seededRandom } from './random.js';

/**
 * What the layout needs: node ids, each node's group (its cluster: clusters start apart, each in its
 * own patch), and the ties as pairs of node indices. Plain arrays and typed arrays only, so the same
 * input can be posted to a Worker.
 */
export interface LayoutInput {
  ids: string[];
  groups: string[];
  source: Uint32Array | number[];
  target: Uint32Array | number[];
  /** Tie strengths (e.g. shared PLCs); stronger ties pull a little shorter. */
  weight?: Float64Array | number[];
  /** Positions the user pinned, by node id; pinned nodes do not move. */
  pins?: Record<string, Pin>;
  /** Mixed into every random choice; the same seed and data give the same map. */
  seed?: string;
  /** How many ticks to run; by default fewer the larger the graph (see `layoutTicks`). */
  ticks?: number;
}

/** A layout in progress, run a few ticks at a time (in a Worker, or time-sliced on the main thread). */
export interface LayoutRun {
  readonly total: number;
  readonly done: number;
  /** Runs up to `ticks` more ticks; returns true when the layout is finished. */
  step(ticks: number): boolean;
  /** x, y of each node in input order, interleaved: [x0, y0, x1, y1, …]. */
  positions(): Float64Array;
}

/** The unit of the layout: about the distance between neighbouring schools. */
export const LAYOUT_SPACING = 14;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Ticks by graph size. Starting from the cluster placement, large graphs need far fewer than d3's
 * default 300: the layout only has to settle, not to untangle a random start.
 */
export function layoutTicks(n: number): number {
  if (n <= 300) return 300;
  if (n <= 1500) return 120;
  if (n <= 3000) return 80;
  return 60;
}

interface Node extends SimulationNodeDatum {
  i: number;
  gx: number;
  gy: number;
}

/**
 * Deterministic starting positions: groups (clusters) laid out on a sunflower spiral, largest in the
 * middle, and each group's nodes on a smaller sunflower around its centre, in the order of a hash of
 * their ids, so the start does not depend on the order the data came in.
 */
export function initialPlacement(ids: readonly string[], groups: readonly string[], seed = ''): { x: Float64Array; y: Float64Array; cx: Float64Array; cy: Float64Array } {
  const n = ids.length;
  const seedHash = hashString(seed);
  const members = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const g = groups[i] ?? '';
    let list = members.get(g);
    if (!list) members.set(g, (list = []));
    list.push(i);
  }
  const order = [...members.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const maxRadius = LAYOUT_SPACING * Math.sqrt(Math.max(1, order[0]?.[1].length ?? 1));
  const distance = maxRadius * 2.3;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  order.forEach(([group, list], k) => {
    const r = k === 0 ? 0 : distance * Math.sqrt(k);
    const angle = k * GOLDEN_ANGLE;
    const gx = r * Math.cos(angle);
    const gy = r * Math.sin(angle);
    const turn = (hashString(group, seedHash) / 4294967296) * Math.PI * 2;
    const ranked = list
      .map((i) => ({ i, h: hashString(ids[i]!, seedHash) }))
      .sort((a, b) => a.h - b.h || (ids[a.i]! < ids[b.i]! ? -1 : 1));
    ranked.forEach(({ i }, j) => {
      const rr = LAYOUT_SPACING * Math.sqrt(j + 0.5);
      const aa = j * GOLDEN_ANGLE + turn;
      x[i] = gx + rr * Math.cos(aa);
      y[i] = gy + rr * Math.sin(aa);
      cx[i] = gx;
      cy[i] = gy;
    });
  });
  return { x, y, cx, cy };
}

/**
 * A seeded force-directed layout (d3-force): the cluster placement above as the start, d3's
 * `randomSource` set to a PRNG seeded from the data, and node order fixed by id, so the same data
 * gives the same positions every time and on every thread.
 */
export function createLayout(input: LayoutInput): LayoutRun {
  const n = input.ids.length;
  const seed = input.seed ?? '';
  // A canonical order (by id) so that reordered rows still give the same map.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (input.ids[a]! < input.ids[b]! ? -1 : input.ids[a]! > input.ids[b]! ? 1 : a - b));
  const rank = new Uint32Array(n);
  order.forEach((i, r) => (rank[i] = r));
  const start = initialPlacement(input.ids, input.groups, seed);
  const nodes: Node[] = order.map((i, r) => {
    const node: Node = { i, index: r, x: start.x[i]!, y: start.y[i]!, gx: start.cx[i]!, gy: start.cy[i]! };
    const pin = input.pins?.[input.ids[i]!];
    if (pin && Number.isFinite(pin.x) && Number.isFinite(pin.y)) {
      node.x = node.fx = pin.x;
      node.y = node.fy = pin.y;
    }
    return node;
  });
  const links: { source: number; target: number; w: number }[] = [];
  for (let t = 0; t < input.source.length; t++) {
    const a = rank[input.source[t]!]!;
    const b = rank[input.target[t]!]!;
    if (a === b || a === undefined || b === undefined) continue;
    links.push({ source: Math.min(a, b), target: Math.max(a, b), w: input.weight?.[t] ?? 1 });
  }
  links.sort((p, q) => p.source - q.source || p.target - q.target);
  const degree = new Uint32Array(n);
  for (const l of links) {
    degree[l.source]!++;
    degree[l.target]!++;
  }

  const total = Math.max(1, Math.round(input.ticks ?? layoutTicks(n)));
  const large = n > 1500;
  const simulation = forceSimulation<Node>(nodes)
    .stop()
    .randomSource(seededRandom(hashString(`${seed}|${n}|${links.length}`)))
    .alpha(large ? 0.6 : 1)
    .alphaMin(0.001)
    .alphaDecay(1 - Math.pow(0.001 / (large ? 0.6 : 1), 1 / total))
    .velocityDecay(0.4);
  simulation.force(
    'link',
    forceLink<Node, { source: number | Node; target: number | Node; w: number }>(links)
      .distance((l) => LAYOUT_SPACING * (2.4 - Math.min(1, (l.w - 1) * 0.25)))
      .strength((l) => 1 / Math.min(degree[(l.source as Node).index!]! || 1, degree[(l.target as Node).index!]! || 1)),
  );
  simulation.force(
    'charge',
    forceManyBody<Node>()
      .strength(-LAYOUT_SPACING * 2.2)
      .theta(large ? 0.95 : 0.9)
      .distanceMax(LAYOUT_SPACING * 40),
  );
  // Each school is drawn gently back to its cluster's patch, so clusters stay readable and isolated
  // schools stay beside their cluster rather than drifting off.
  simulation.force('x', forceX<Node>((d) => d.gx).strength((d) => (degree[d.index!] ? 0.04 : 0.12)));
  simulation.force('y', forceY<Node>((d) => d.gy).strength((d) => (degree[d.index!] ? 0.04 : 0.12)));
  if (n <= 3000) simulation.force('collide', forceCollide<Node>(LAYOUT_SPACING * 0.45).iterations(1));

  let done = 0;
  return {
    total,
    get done() {
      return done;
    },
    step(ticks: number): boolean {
      const k = Math.min(total - done, Math.max(1, ticks));
      if (k > 0) simulation.tick(k);
      done += k;
      return done >= total;
    },
    positions(): Float64Array {
      const out = new Float64Array(n * 2);
      for (const node of nodes) {
        out[node.i * 2] = node.x!;
        out[node.i * 2 + 1] = node.y!;
      }
      return out;
    },
  };
}

/** Runs a whole layout at once and returns the positions (tests, small graphs, the Worker). */
export function runLayout(input: LayoutInput): Float64Array {
  const run = createLayout(input);
  run.step(run.total);
  return run.positions();
}

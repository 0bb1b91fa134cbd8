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
  if (n <= 600) return 150;
  return 50;
}

interface Node extends SimulationNodeDatum {
  i: number;
  gx: number;
  gy: number;
}

/**
 * Deterministic starting positions. Groups (clusters) start on a sunflower spiral, largest in the
 * middle; when ties are given, the clusters themselves are then laid out as a small seeded force
 * graph (one node per cluster, pulled together by the ties between them), so clusters that work
 * together start side by side. Each group's nodes start on a smaller sunflower around its centre, in
 * the order of a hash of their ids, so the start never depends on the order the data came in.
 */
export function initialPlacement(
  ids: readonly string[],
  groups: readonly string[],
  seed = '',
  ties?: { source: ArrayLike<number>; target: ArrayLike<number> },
): Placement {
  const steps = initialPlacementSteps(ids, groups, seed, ties);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface Placement {
  x: Float64Array;
  y: Float64Array;
  cx: Float64Array;
  cy: Float64Array;
  cr: Float64Array;
}

/**
 * `initialPlacement` as steps (a yield after each tick of the clusters' own layout and every few
 * dozen clusters placed): for 20,000 schools in 800 clusters it is a few hundred milliseconds of work.
 */
export function* initialPlacementSteps(
  ids: readonly string[],
  groups: readonly string[],
  seed = '',
  ties?: { source: ArrayLike<number>; target: ArrayLike<number> },
): Generator<void, Placement> {
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
  const radius = order.map(([, list]) => LAYOUT_SPACING * Math.sqrt(list.length + 1));
  const maxRadius = radius[0] ?? LAYOUT_SPACING;
  const distance = maxRadius * 2.3;
  const centres = order.map((_, k) => {
    const r = k === 0 ? 0 : distance * Math.sqrt(k);
    return { x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE) };
  });
  yield;
  if (ties && order.length > 2) yield* arrangeGroups(order, radius, centres, groups, ties, seedHash);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  const cr = new Float64Array(n);
  for (let k = 0; k < order.length; k++) {
    if (k % 25 === 24) yield;
    const [group, list] = order[k]!;
    const { x: gx, y: gy } = centres[k]!;
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
      cr[i] = radius[k]!;
    });
  }
  return { x, y, cx, cy, cr };
}

interface GroupNode extends SimulationNodeDatum {
  r: number;
}

/** Lays out the clusters as a small graph of their own: ties between two clusters pull them together. */
function* arrangeGroups(
  order: [string, number[]][],
  radius: number[],
  centres: { x: number; y: number }[],
  groups: readonly string[],
  ties: { source: ArrayLike<number>; target: ArrayLike<number> },
  seedHash: number,
): Generator<void> {
  const rank = new Map(order.map(([g], k) => [g, k]));
  const weight = new Map<number, number>();
  const m = order.length;
  for (let t = 0; t < ties.source.length; t++) {
    const a = rank.get(groups[ties.source[t]!] ?? '');
    const b = rank.get(groups[ties.target[t]!] ?? '');
    if (a === undefined || b === undefined || a === b) continue;
    const key = Math.min(a, b) * m + Math.max(a, b);
    weight.set(key, (weight.get(key) ?? 0) + 1);
  }
  if (!weight.size) return;
  const nodes: GroupNode[] = centres.map((c, k) => ({ x: c.x, y: c.y, r: radius[k]! }));
  let most = 1;
  for (const w of weight.values()) most = Math.max(most, w);
  const links = [...weight.entries()]
    .sort((p, q) => p[0] - q[0])
    .map(([key, w]) => ({ source: Math.floor(key / m), target: key % m, w: w / most }));
  const simulation = forceSimulation<GroupNode>(nodes)
    .stop()
    .randomSource(seededRandom(seedHash ^ 0x9e3779b9))
    .force(
      'link',
      forceLink<GroupNode, { source: number | GroupNode; target: number | GroupNode; w: number }>(links)
        .distance((l) => (l.source as GroupNode).r + (l.target as GroupNode).r + LAYOUT_SPACING * 2)
        .strength((l) => 0.05 + 0.6 * l.w),
    )
    .force('charge', forceManyBody<GroupNode>().strength((d) => -d.r * 2))
    .force('collide', forceCollide<GroupNode>((d) => d.r + LAYOUT_SPACING * 1.5).iterations(2))
    .force('x', forceX<GroupNode>(0).strength(0.02))
    .force('y', forceY<GroupNode>(0).strength(0.02));
  // Tick by tick: the same as tick(120), a pause between ticks.
  for (let t = 0; t < 120; t++) {
    simulation.tick();
    yield;
  }
  nodes.forEach((node, k) => (centres[k] = { x: node.x!, y: node.y! }));
}

/** The starting placement of a layout's input (see `initialPlacement`). */
export function placementFor(input: LayoutInput): Placement {
  return initialPlacement(input.ids, input.groups, input.seed ?? '', { source: input.source, target: input.target });
}

/** `placementFor` as steps. */
export function placementSteps(input: LayoutInput): Generator<void, Placement> {
  return initialPlacementSteps(input.ids, input.groups, input.seed ?? '', { source: input.source, target: input.target });
}

/**
 * A seeded force-directed layout (d3-force): the cluster placement above as the start, d3's
 * `randomSource` set to a PRNG seeded from the data, and node order fixed by id, so the same data
 * gives the same positions every time and on every thread.
 */
export function createLayout(input: LayoutInput, start: Placement = placementFor(input)): LayoutRun {
  const steps = createLayoutSteps(input, start);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `createLayout` as steps (a yield between its parts: on 20,000 schools each takes tens of milliseconds). */
export function* createLayoutSteps(input: LayoutInput, start: Placement): Generator<void, LayoutRun> {
  const n = input.ids.length;
  const seed = input.seed ?? '';
  // A canonical order (by id) so that reordered rows still give the same map.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (input.ids[a]! < input.ids[b]! ? -1 : input.ids[a]! > input.ids[b]! ? 1 : a - b));
  const rank = new Uint32Array(n);
  order.forEach((i, r) => (rank[i] = r));
  yield;
  const nodes: Node[] = order.map((i, r) => {
    const node: Node = { i, index: r, x: start.x[i]!, y: start.y[i]!, gx: start.cx[i]!, gy: start.cy[i]! };
    const pin = input.pins?.[input.ids[i]!];
    if (pin && Number.isFinite(pin.x) && Number.isFinite(pin.y)) {
      node.x = node.fx = pin.x;
      node.y = node.fy = pin.y;
    }
    return node;
  });
  yield;
  const links: { source: number; target: number; w: number }[] = [];
  for (let t = 0; t < input.source.length; t++) {
    const a = rank[input.source[t]!]!;
    const b = rank[input.target[t]!]!;
    if (a === b || a === undefined || b === undefined) continue;
    links.push({ source: Math.min(a, b), target: Math.max(a, b), w: input.weight?.[t] ?? 1 });
  }
  links.sort((p, q) => p.source - q.source || p.target - q.target);
  yield;
  const degree = new Uint32Array(n);
  for (const l of links) {
    degree[l.source]!++;
    degree[l.target]!++;
  }

  // Islands (no tie) rest just outside their cluster's patch, each at its own angle, so they stand
  // apart instead of sinking into the middle of the cluster.
  let maxDegree = 1;
  for (let r = 0; r < n; r++) maxDegree = Math.max(maxDegree, degree[r]!);
  for (const node of nodes) {
    if (degree[node.index!]) continue;
    const angle = (hashString(input.ids[node.i]!, hashString(seed)) / 4294967296) * Math.PI * 2;
    const reach = start.cr[node.i]! + LAYOUT_SPACING * 1.5;
    node.gx += reach * Math.cos(angle);
    node.gy += reach * Math.sin(angle);
    if (node.fx === undefined) {
      node.x = node.gx;
      node.y = node.gy;
    }
  }
  // About the radius the map draws each school at (by partner schools), plus a margin.
  const size = (d: Node) => 4 + 8 * Math.sqrt(degree[d.index!]! / maxDegree) + 3;

  const total = Math.max(1, Math.round(input.ticks ?? layoutTicks(n)));
  const large = n > 600;
  const simulation = forceSimulation<Node>(nodes)
    .stop()
    .randomSource(seededRandom(hashString(`${seed}|${n}|${links.length}`)))
    .alpha(large ? 0.6 : 1)
    .alphaMin(0.001)
    .alphaDecay(1 - Math.pow(0.001 / (large ? 0.6 : 1), 1 / total))
    .velocityDecay(0.4);
  yield;
  simulation.force(
    'link',
    forceLink<Node, { source: number | Node; target: number | Node; w: number }>(links)
      .distance((l) =>
        n <= 600
          ? size(l.source as Node) + size(l.target as Node) + LAYOUT_SPACING * (1.4 - Math.min(0.6, (l.w - 1) * 0.2))
          : LAYOUT_SPACING * (2.4 - Math.min(1, (l.w - 1) * 0.25)),
      )
      .strength((l) => {
        const a = l.source as Node;
        const b = l.target as Node;
        // Ties across clusters pull more gently, so each cluster keeps its own patch.
        const across = input.groups[a.i] !== input.groups[b.i] ? 0.35 : 1;
        return across / Math.min(degree[a.index!]! || 1, degree[b.index!]! || 1);
      }),
  );
  yield;
  const charge = forceManyBody<Node>()
    .strength(-LAYOUT_SPACING * 2.2)
    .theta(large ? 1 : 0.9)
    .distanceMax(LAYOUT_SPACING * 15);
  if (n > 600) {
    // Repulsion is the costly force (a Barnes–Hut pass per tick). On large graphs it runs every other
    // tick at twice the strength: the same push over two ticks, for half the work.
    let tick = 0;
    const everyOther = Object.assign((alpha: number) => {
      if (tick++ % 2 === 0) charge(alpha * 2);
    }, { initialize: (nodes: Node[], random: () => number) => charge.initialize?.(nodes, random) });
    simulation.force('charge', everyOther);
  } else simulation.force('charge', charge);
  yield;
  // Each school is drawn gently back to its cluster's patch, so clusters stay readable and isolated
  // schools stay beside their cluster rather than drifting off.
  // Small networks have room: a light pull, so schools spread out and their names can be read.
  const pull = n <= 600 ? 0.025 : 0.08;
  simulation.force('x', forceX<Node>((d) => d.gx).strength((d) => (degree[d.index!] ? pull : 0.3)));
  simulation.force('y', forceY<Node>((d) => d.gy).strength((d) => (degree[d.index!] ? pull : 0.3)));
  if (n <= 600) simulation.force('collide', forceCollide<Node>(size).iterations(3));

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

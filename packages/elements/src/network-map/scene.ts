import type { Betweenness, NetworkMeasures, SchoolGraph, TieKind, TwoModeGraph } from '@plc-kit/core';

export const KIND_CODE: Record<TieKind, number> = { within: 0, between: 1, across: 2 };

/**
 * What the canvas draws, as flat typed arrays so a frame of 5,000 schools and 20,000 ties is a few
 * tight loops. Positions are in layout units; the view transform maps them to the screen.
 */
export interface Scene {
  n: number;
  /** Node keys: a school's id, or `plc:<id>` for a PLC in the two-mode view. */
  keys: string[];
  names: string[];
  isPlc: Uint8Array;
  x: Float32Array;
  y: Float32Array;
  /** Radius in layout units. */
  r: Float32Array;
  /** Index into the series colours, -1 for no cluster (and for PLCs). */
  color: Int16Array;
  isolated: Uint8Array;
  /** Within-school PLCs shown on the node: 0 none, 1–4 ring width. */
  within: Uint8Array;
  /** Which of `x`/`y` have a position yet (a node without one is not drawn). */
  placed: Uint8Array;
  tieA: Uint32Array;
  tieB: Uint32Array;
  tieKind: Uint8Array;
  /** Line width class 1–4. */
  tieWidth: Uint8Array;
  index: Map<string, number>;
  /** Neighbours, for keyboard announcements and highlighting the selected node's ties. */
  neighbours: number[][];
}

export type SizeBy = 'degree' | 'betweenness';
export type WidthBy = 'plcs' | 'members';

function widthClass(value: number, max: number): number {
  if (max <= 1 || value <= 1) return 1;
  return 1 + Math.round(3 * Math.sqrt((value - 1) / (max - 1)));
}

/** Base and extra radius (layout units) of a node, by its share of the largest value. */
export const R_MIN = 4;
export const R_EXTRA = 8;

export function schoolScene(
  graph: SchoolGraph,
  measures: NetworkMeasures,
  between: Betweenness | undefined,
  clusterColor: Map<string, number>,
  sizeBy: SizeBy,
  widthBy: WidthBy,
): Scene {
  const n = graph.nodes.length;
  const r = new Float32Array(n);
  const size = sizeBy === 'betweenness' && between ? between.normalised : measures.degree;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, size[i]!);
  for (let i = 0; i < n; i++) r[i] = R_MIN + (max > 0 ? R_EXTRA * Math.sqrt(size[i]! / max) : 0);
  const color = new Int16Array(n);
  const isolated = new Uint8Array(n);
  const within = new Uint8Array(n);
  let maxWithin = 1;
  for (const node of graph.nodes) maxWithin = Math.max(maxWithin, node.withinPlcs.length);
  graph.nodes.forEach((node, i) => {
    color[i] = node.cluster === '' ? -1 : (clusterColor.get(node.cluster) ?? -1);
    isolated[i] = measures.degree[i] === 0 ? 1 : 0;
    within[i] = node.withinPlcs.length ? widthClass(node.withinPlcs.length, maxWithin) : 0;
  });
  // Within-school ties are drawn as the ring on their node; only ties between two schools are lines.
  const pairs: number[] = [];
  let maxValue = 1;
  for (let t = 0; t < graph.ties.length; t++) {
    if (graph.tieSource[t] === graph.tieTarget[t]) continue;
    pairs.push(t);
    const tie = graph.ties[t]!;
    maxValue = Math.max(maxValue, widthBy === 'members' ? tie.members : tie.weight);
  }
  const m = pairs.length;
  const tieA = new Uint32Array(m);
  const tieB = new Uint32Array(m);
  const tieKind = new Uint8Array(m);
  const tieWidth = new Uint8Array(m);
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  pairs.forEach((t, j) => {
    const tie = graph.ties[t]!;
    tieA[j] = graph.tieSource[t]!;
    tieB[j] = graph.tieTarget[t]!;
    tieKind[j] = KIND_CODE[tie.kind];
    tieWidth[j] = widthClass(widthBy === 'members' ? tie.members : tie.weight, maxValue);
    neighbours[tieA[j]!]!.push(tieB[j]!);
    neighbours[tieB[j]!]!.push(tieA[j]!);
  });
  return {
    n,
    keys: graph.nodes.map((node) => node.id),
    names: graph.nodes.map((node) => node.name),
    isPlc: new Uint8Array(n),
    x: new Float32Array(n),
    y: new Float32Array(n),
    r,
    color,
    isolated,
    within,
    placed: new Uint8Array(n),
    tieA,
    tieB,
    tieKind,
    tieWidth,
    index: new Map(graph.nodes.map((node, i) => [node.id, i])),
    neighbours,
  };
}

export function twoModeScene(two: TwoModeGraph, clusterColor: Map<string, number>, widthBy: WidthBy): Scene {
  const n = two.nodes.length;
  const m = two.edges.length;
  const degree = new Uint32Array(n);
  for (const e of two.edges) {
    degree[e.school]!++;
    degree[e.plc]!++;
  }
  let max = 1;
  for (let i = 0; i < n; i++) max = Math.max(max, degree[i]!);
  let maxMembers = 1;
  for (const e of two.edges) maxMembers = Math.max(maxMembers, e.members);
  const r = new Float32Array(n);
  const color = new Int16Array(n);
  const isPlc = new Uint8Array(n);
  const isolated = new Uint8Array(n);
  two.nodes.forEach((node, i) => {
    r[i] = (node.kind === 'plc' ? R_MIN * 0.9 : R_MIN) + R_EXTRA * 0.75 * Math.sqrt(degree[i]! / max);
    isPlc[i] = node.kind === 'plc' ? 1 : 0;
    color[i] = node.kind === 'plc' || node.cluster === '' ? -1 : (clusterColor.get(node.cluster) ?? -1);
    isolated[i] = node.kind === 'school' && degree[i] === 0 ? 1 : 0;
  });
  const tieA = new Uint32Array(m);
  const tieB = new Uint32Array(m);
  const tieKind = new Uint8Array(m);
  const tieWidth = new Uint8Array(m);
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  two.edges.forEach((e, j) => {
    tieA[j] = e.school;
    tieB[j] = e.plc;
    tieKind[j] = KIND_CODE[e.kind];
    tieWidth[j] = widthBy === 'members' ? widthClass(e.members, maxMembers) : 1;
    neighbours[e.school]!.push(e.plc);
    neighbours[e.plc]!.push(e.school);
  });
  return {
    n,
    keys: two.nodes.map((node) => (node.kind === 'plc' ? `plc:${node.id}` : node.id)),
    names: two.nodes.map((node) => node.name),
    isPlc,
    x: new Float32Array(n),
    y: new Float32Array(n),
    r,
    color,
    isolated,
    within: new Uint8Array(n),
    placed: new Uint8Array(n),
    tieA,
    tieB,
    tieKind,
    tieWidth,
    index: new Map(two.nodes.map((node, i) => [node.kind === 'plc' ? `plc:${node.id}` : node.id, i])),
    neighbours,
  };
}

/** Copies positions (by node key) from a layout into the scene. */
export function placeScene(scene: Scene, layoutIndex: Map<string, number>, positions: ArrayLike<number>, overrides?: Map<string, { x: number; y: number }>): void {
  for (let i = 0; i < scene.n; i++) {
    const key = scene.keys[i]!;
    const own = overrides?.get(key);
    if (own) {
      scene.x[i] = own.x;
      scene.y[i] = own.y;
      scene.placed[i] = 1;
      continue;
    }
    const j = layoutIndex.get(key);
    if (j === undefined || j * 2 + 1 >= positions.length) {
      scene.placed[i] = 0;
      continue;
    }
    scene.x[i] = positions[j * 2]!;
    scene.y[i] = positions[j * 2 + 1]!;
    scene.placed[i] = 1;
  }
}

/** Bounding box of the placed nodes (with their radii), or undefined when none is placed. */
export function sceneBounds(scene: Scene): { x0: number; y0: number; x1: number; y1: number } | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < scene.n; i++) {
    if (!scene.placed[i]) continue;
    const r = scene.r[i]!;
    x0 = Math.min(x0, scene.x[i]! - r);
    y0 = Math.min(y0, scene.y[i]! - r);
    x1 = Math.max(x1, scene.x[i]! + r);
    y1 = Math.max(y1, scene.y[i]! + r);
  }
  return x0 === Infinity ? undefined : { x0, y0, x1, y1 };
}

/**
 * A uniform grid over the nodes for hit-testing the pointer: a lookup touches the few cells around
 * the point instead of every node.
 */
export class HitGrid {
  #cell = 1;
  #x0 = 0;
  #y0 = 0;
  #cols = 1;
  #rows = 1;
  #start = new Uint32Array(2);
  #items = new Uint32Array(0);
  #maxR = 0;

  constructor(private readonly scene: Scene) {
    this.rebuild();
  }

  rebuild(): void {
    const s = this.scene;
    const b = sceneBounds(s);
    if (!b) {
      this.#items = new Uint32Array(0);
      return;
    }
    let maxR = 0;
    for (let i = 0; i < s.n; i++) maxR = Math.max(maxR, s.r[i]!);
    this.#maxR = maxR;
    const w = b.x1 - b.x0 || 1;
    const h = b.y1 - b.y0 || 1;
    this.#cell = Math.max(maxR * 2, Math.sqrt((w * h) / Math.max(1, s.n)));
    this.#x0 = b.x0;
    this.#y0 = b.y0;
    this.#cols = Math.max(1, Math.ceil(w / this.#cell) + 1);
    this.#rows = Math.max(1, Math.ceil(h / this.#cell) + 1);
    const cells = this.#cols * this.#rows;
    const count = new Uint32Array(cells + 1);
    const cellOf = new Int32Array(s.n).fill(-1);
    for (let i = 0; i < s.n; i++) {
      if (!s.placed[i]) continue;
      const c = this.#cellIndex(s.x[i]!, s.y[i]!);
      cellOf[i] = c;
      count[c + 1]!++;
    }
    for (let c = 0; c < cells; c++) count[c + 1]! += count[c]!;
    const fill = count.slice(0, cells);
    const items = new Uint32Array(count[cells]!);
    for (let i = 0; i < s.n; i++) if (cellOf[i]! >= 0) items[fill[cellOf[i]!]!++] = i;
    this.#start = count;
    this.#items = items;
  }

  #cellIndex(x: number, y: number): number {
    const cx = Math.min(this.#cols - 1, Math.max(0, Math.floor((x - this.#x0) / this.#cell)));
    const cy = Math.min(this.#rows - 1, Math.max(0, Math.floor((y - this.#y0) / this.#cell)));
    return cy * this.#cols + cx;
  }

  /** The node under (x, y) in layout units, allowing `slack` extra units; -1 when none. Nearest wins. */
  find(x: number, y: number, slack = 0): number {
    const s = this.scene;
    if (!this.#items.length) return -1;
    const reach = this.#maxR + slack;
    const cx0 = Math.max(0, Math.floor((x - reach - this.#x0) / this.#cell));
    const cx1 = Math.min(this.#cols - 1, Math.floor((x + reach - this.#x0) / this.#cell));
    const cy0 = Math.max(0, Math.floor((y - reach - this.#y0) / this.#cell));
    const cy1 = Math.min(this.#rows - 1, Math.floor((y + reach - this.#y0) / this.#cell));
    let best = -1;
    let bestD = Infinity;
    for (let cy = cy0; cy <= cy1; cy++)
      for (let cx = cx0; cx <= cx1; cx++) {
        const c = cy * this.#cols + cx;
        for (let k = this.#start[c]!; k < this.#start[c + 1]!; k++) {
          const i = this.#items[k]!;
          const d = Math.hypot(s.x[i]! - x, s.y[i]! - y);
          if (d <= s.r[i]! + slack && d < bestD) {
            best = i;
            bestD = d;
          }
        }
      }
    return best;
  }
}

/**
 * The node to move to from `from` when an arrow key points along (dx, dy): the nearest one within
 * 60° of that direction, preferring nodes straight ahead. -1 when there is none.
 */
export function nearestInDirection(scene: Scene, from: number, dx: number, dy: number): number {
  const x = scene.x[from]!;
  const y = scene.y[from]!;
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < scene.n; i++) {
    if (i === from || !scene.placed[i]) continue;
    const vx = scene.x[i]! - x;
    const vy = scene.y[i]! - y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    if (across > along * 1.732) continue;
    const score = along + across * 2;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** The placed node nearest a point (layout units); -1 when none is placed. */
export function nearestTo(scene: Scene, x: number, y: number): number {
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < scene.n; i++) {
    if (!scene.placed[i]) continue;
    const d = (scene.x[i]! - x) ** 2 + (scene.y[i]! - y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

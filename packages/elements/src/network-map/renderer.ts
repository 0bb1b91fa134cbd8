import type { Scene } from './scene.js';

/** Canvas colours, read from the element's tokens so the map follows the theme. */
export interface Palette {
  surface: string;
  text: string;
  muted: string;
  focus: string;
  accent: string;
  isolated: string;
  plc: string;
  /** Tie colours by kind: within, between, across. */
  kinds: [string, string, string];
  series: string[];
  font: string;
}

/** screen = layout × k + (x, y), in CSS pixels. */
export interface View {
  k: number;
  x: number;
  y: number;
}

export interface Frame {
  width: number;
  height: number;
  dpr: number;
  view: View;
  selected: number;
  focused: number;
  hovered: number;
  /** Draw the keyboard focus ring (the canvas has focus-visible). */
  showFocus: boolean;
  /** Tie opacity; large maps draw lighter lines so clusters stay readable. */
  tieAlpha?: number;
}

interface Batches {
  /** Tie indices grouped by kind × width class: group g = kind * 4 + (width − 1). */
  tieOrder: Uint32Array;
  tieStart: Uint32Array;
  /** School nodes grouped by colour (group 0 = no colour, g = colour index + 1); PLC nodes last. */
  nodeOrder: Uint32Array;
  nodeStart: Uint32Array;
  groups: number;
}

const batchCache = new WeakMap<Scene, Batches>();

function batches(scene: Scene, colours: number): Batches {
  let b = batchCache.get(scene);
  if (b && b.groups === colours) return b;
  const tieGroup = (j: number) => scene.tieKind[j]! * 4 + (scene.tieWidth[j]! - 1);
  const tieStart = new Uint32Array(13);
  for (let j = 0; j < scene.tieA.length; j++) tieStart[tieGroup(j) + 1]!++;
  for (let g = 0; g < 12; g++) tieStart[g + 1]! += tieStart[g]!;
  const tieFill = tieStart.slice(0, 12);
  const tieOrder = new Uint32Array(scene.tieA.length);
  for (let j = 0; j < scene.tieA.length; j++) tieOrder[tieFill[tieGroup(j)]!++] = j;
  // Colour groups: 0 = neutral, 1..colours = series, colours + 1 = PLC squares.
  const nodeGroup = (i: number) => (scene.isPlc[i] ? colours + 1 : scene.color[i]! < 0 ? 0 : (scene.color[i]! % colours) + 1);
  const nodeStart = new Uint32Array(colours + 3);
  for (let i = 0; i < scene.n; i++) nodeStart[nodeGroup(i) + 1]!++;
  for (let g = 0; g < colours + 2; g++) nodeStart[g + 1]! += nodeStart[g]!;
  const nodeFill = nodeStart.slice(0, colours + 2);
  const nodeOrder = new Uint32Array(scene.n);
  for (let i = 0; i < scene.n; i++) nodeOrder[nodeFill[nodeGroup(i)]!++] = i;
  b = { tieOrder, tieStart, nodeOrder, nodeStart, groups: colours };
  batchCache.set(scene, b);
  return b;
}

/** Forget cached batches (after the scene's colours or widths change in place). */
export function invalidateBatches(scene: Scene): void {
  batchCache.delete(scene);
}

const TIE_PX = [0, 1, 2, 3.5, 5];
/** Tie groups (kind × 4 + width − 1) in drawing order: across, then between, then within; thin before thick. */
const TIE_ORDER = [8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3];
const TAU = Math.PI * 2;

/** Draws one whole frame: the base layer, then the marks of the hovered, selected and focused nodes. */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, palette: Palette, frame: Frame): void {
  drawBase(ctx, scene, palette, frame);
  drawMarks(ctx, scene, palette, frame);
}

/**
 * The base layer: ties batched into one path per kind and width, nodes into one path per cluster
 * colour, rings for within-school PLCs and islands, and labels only when few enough nodes are in
 * view to read them. It is what the map caches while panning and zooming.
 */
export function drawBase(ctx: CanvasRenderingContext2D, scene: Scene, palette: Palette, frame: Frame): void {
  const steps = drawBaseSteps(ctx, scene, palette, frame, Infinity);
  while (!steps.next().done);
}

/**
 * The base layer as steps: it yields after every `perStep` ties, nodes or rings and between layers, so
 * a large map can be drawn into an offscreen canvas over several short tasks instead of one long one.
 * Each step's drawing is rasterised when the caller reads the canvas: bounding what a step draws
 * bounds that cost too (20,000 islands' rings in one path took a second to rasterise).
 */
export function* drawBaseSteps(ctx: CanvasRenderingContext2D, scene: Scene, palette: Palette, frame: Frame, perStep: number): Generator<void> {
  const { width, height, dpr, view } = frame;
  const k = view.k;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = palette.surface;
  ctx.fillRect(0, 0, width, height);
  if (!scene.n) return;
  const colours = Math.max(1, palette.series.length);
  const b = batches(scene, colours);
  // Visible window in layout units, with a margin for the largest rings.
  const margin = 20 / k + 16;
  const wx0 = -view.x / k - margin;
  const wy0 = -view.y / k - margin;
  const wx1 = (width - view.x) / k + margin;
  const wy1 = (height - view.y) / k + margin;
  const { x, y, r, placed } = scene;
  const inView = (i: number) => x[i]! >= wx0 && x[i]! <= wx1 && y[i]! >= wy0 && y[i]! <= wy1;

  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  const hairlines = scene.tieA.length > 2000;
  ctx.lineCap = hairlines ? 'butt' : 'round';

  // Ties.
  const selected = frame.selected;
  const baseAlpha = frame.tieAlpha ?? 0.75;
  let drawn = 0;
  // Across-cluster ties first and lighter, so each cluster's own ties read on top of them.
  for (const g of TIE_ORDER) {
    const start = b.tieStart[g]!;
    const end = b.tieStart[g + 1]!;
    if (start === end) continue;
    const kind = Math.floor(g / 4);
    const alpha = kind === 2 && scene.tieA.length > 3000 ? baseAlpha * 0.6 : baseAlpha;
    ctx.globalAlpha = selected >= 0 ? Math.min(alpha, 0.25) : alpha;
    ctx.strokeStyle = palette.kinds[kind]!;
    // One device pixel for the thinnest class of a large map: the rasteriser's hairline path is
    // many times faster than stroking even a 2-pixel line, which matters at 20,000 ties.
    ctx.lineWidth = g % 4 === 0 && hairlines ? 1 / (k * dpr) : TIE_PX[(g % 4) + 1]! / k;
    ctx.beginPath();
    for (let q = start; q < end; q++) {
      const j = b.tieOrder[q]!;
      const a = scene.tieA[j]!;
      const c = scene.tieB[j]!;
      if (!placed[a] || !placed[c]) continue;
      const ax = x[a]!;
      const ay = y[a]!;
      const cx = x[c]!;
      const cy = y[c]!;
      // Both ends off the same side of the window: the line cannot cross it.
      if ((ax < wx0 && cx < wx0) || (ax > wx1 && cx > wx1) || (ay < wy0 && cy < wy0) || (ay > wy1 && cy > wy1)) continue;
      ctx.moveTo(ax, ay);
      ctx.lineTo(cx, cy);
      if (++drawn % perStep === 0) {
        ctx.stroke();
        yield;
        ctx.beginPath();
      }
    }
    ctx.stroke();
  }
  yield;
  if (selected >= 0 && placed[selected]) {
    ctx.globalAlpha = 1;
    for (let j = 0; j < scene.tieA.length; j++) {
      const a = scene.tieA[j]!;
      const c = scene.tieB[j]!;
      if (a !== selected && c !== selected) continue;
      if (!placed[a] || !placed[c]) continue;
      ctx.strokeStyle = palette.kinds[scene.tieKind[j]!]!;
      ctx.lineWidth = (TIE_PX[scene.tieWidth[j]!]! + 1) / k;
      ctx.beginPath();
      ctx.moveTo(x[a]!, y[a]!);
      ctx.lineTo(x[c]!, y[c]!);
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  yield;

  // Nodes, one path per colour; tiny nodes as squares, which are much cheaper than arcs.
  const minR = 1.5 / k;
  let visible = 0;
  for (let g = 0; g < colours + 2; g++) {
    const start = b.nodeStart[g]!;
    const end = b.nodeStart[g + 1]!;
    if (start === end) continue;
    const isPlc = g === colours + 1;
    ctx.fillStyle = isPlc ? palette.plc : g === 0 ? palette.muted : palette.series[g - 1]!;
    ctx.beginPath();
    for (let q = start; q < end; q++) {
      const i = b.nodeOrder[q]!;
      if (!placed[i] || !inView(i)) continue;
      visible++;
      const rr = Math.max(r[i]!, minR);
      if (isPlc || rr * k < 2.5) ctx.rect(x[i]! - rr, y[i]! - rr, rr * 2, rr * 2);
      else {
        ctx.moveTo(x[i]! + rr, y[i]!);
        ctx.arc(x[i]!, y[i]!, rr, 0, TAU);
      }
      if (visible % perStep === 0) {
        ctx.fill();
        yield;
        ctx.beginPath();
      }
    }
    ctx.fill();
  }
  yield;
  // A thin outline in the surface colour keeps touching nodes apart (skipped when zoomed far out).
  if (k > 0.6) {
    ctx.strokeStyle = palette.surface;
    ctx.lineWidth = 1 / k;
    ctx.beginPath();
    let outlined = 0;
    for (let i = 0; i < scene.n; i++) {
      if (!placed[i] || !inView(i) || scene.isPlc[i]) continue;
      ctx.moveTo(x[i]! + r[i]!, y[i]!);
      ctx.arc(x[i]!, y[i]!, r[i]!, 0, TAU);
      if (++outlined % perStep === 0) {
        ctx.stroke();
        yield;
        ctx.beginPath();
      }
    }
    ctx.stroke();
  }

  // Within-school PLCs: a ring on the node, thicker for more (once nodes are big enough to ring).
  for (let w = 1; w <= 4 && k * 4 >= 3; w++) {
    ctx.strokeStyle = palette.kinds[0];
    ctx.lineWidth = (w + 0.5) / k;
    ctx.beginPath();
    let ringed = 0;
    for (let i = 0; i < scene.n; i++) {
      if (scene.within[i] !== w || !placed[i] || !inView(i)) continue;
      const rr = Math.max(r[i]!, minR) + (1 + w / 2) / k;
      ctx.moveTo(x[i]! + rr, y[i]!);
      ctx.arc(x[i]!, y[i]!, rr, 0, TAU);
      if (++ringed % perStep === 0) {
        ctx.stroke();
        yield;
        ctx.beginPath();
      }
    }
    if (ringed) ctx.stroke();
  }

  yield;
  // Islands: a dashed outer ring so they stand out. Stroking dashes round thousands of circles costs
  // the rasteriser about 50 µs a ring; the ring is drawn once and stamped, some ten times cheaper.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const stamps = new Map<number, { image: CanvasImageSource; centre: number }>();
  let islands = 0;
  for (let i = 0; i < scene.n; i++) {
    if (!scene.isolated[i] || !placed[i] || !inView(i)) continue;
    // The ring's radius in device pixels, to a quarter pixel (islands share one radius: degree 0).
    const radius = Math.round((Math.max(r[i]!, minR) * k + 5) * dpr * 4) / 4;
    let stamp = stamps.get(radius);
    if (!stamp) stamps.set(radius, (stamp = islandRing(radius, dpr, palette.isolated)));
    ctx.drawImage(stamp.image, Math.round((x[i]! * k + view.x) * dpr - stamp.centre), Math.round((y[i]! * k + view.y) * dpr - stamp.centre));
    if (++islands % perStep === 0) yield;
  }

  yield;
  // Labels, in screen pixels, when few nodes are in view: the biggest schools first, and a name that
  // would overlap one already written is left out (hover or focus shows it).
  if (visible <= 60 || k >= 2.5) {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = palette.font;
    const candidates: number[] = [];
    for (let i = 0; i < scene.n; i++) if (i !== selected && placed[i] && inView(i)) candidates.push(i);
    candidates.sort((a, c) => r[c]! - r[a]! || a - c);
    const boxes: number[] = [];
    const height = parseFloat(palette.font) || 13;
    let drawn = 0;
    for (const i of candidates) {
      if (drawn >= 250) break;
      const sx = x[i]! * k + view.x + Math.max(r[i]!, minR) * k + 5;
      const sy = y[i]! * k + view.y;
      const w = ctx.measureText(scene.names[i]!).width;
      const box = [sx - 2, sy - height / 2 - 1, sx + w + 2, sy + height / 2 + 1] as const;
      let clear = true;
      for (let q = 0; q < boxes.length && clear; q += 4) {
        if (box[0] < boxes[q + 2]! && box[2] > boxes[q]! && box[1] < boxes[q + 3]! && box[3] > boxes[q + 1]!) clear = false;
      }
      if (!clear) continue;
      boxes.push(...box);
      label(ctx, scene, palette, frame, i, false);
      drawn++;
    }
  }
}

/**
 * One island's dashed ring (radius in device pixels) on a small canvas of its own. It is stamped at
 * whole device pixels, so a ring sits at most half a pixel from where stroking it would put it.
 */
function islandRing(radius: number, dpr: number, colour: string): { image: CanvasImageSource; centre: number } {
  const width = 1.75 * dpr;
  const centre = Math.ceil(radius + width) + 1;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = centre * 2;
  // A software canvas like the map's own: drawing one into the other stays on the CPU.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return { image: canvas, centre };
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.setLineDash([3 * dpr, 2.5 * dpr]);
  ctx.beginPath();
  ctx.arc(centre, centre, radius, 0, TAU);
  ctx.stroke();
  return { image: canvas, centre };
}

function label(ctx: CanvasRenderingContext2D, scene: Scene, palette: Palette, frame: Frame, i: number, strong: boolean): void {
  const { view, width, height } = frame;
  const k = view.k;
  if (i < 0 || i >= scene.n || !scene.placed[i]) return;
  const sx = scene.x[i]! * k + view.x + Math.max(scene.r[i]!, 1.5 / k) * k + 5;
  const sy = scene.y[i]! * k + view.y;
  if (sx < -400 || sy < -20 || sx > width + 20 || sy > height + 20) return;
  ctx.font = palette.font;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const name = scene.names[i]!;
  ctx.lineWidth = strong ? 4 : 3;
  ctx.strokeStyle = palette.surface;
  ctx.strokeText(name, sx, sy);
  ctx.fillStyle = strong ? palette.text : palette.muted;
  ctx.fillText(name, sx, sy);
}

/** The marks drawn over the base layer: hovered, selected and focused nodes, each with its name. */
export function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, palette: Palette, frame: Frame): void {
  const { dpr, view } = frame;
  const k = view.k;
  const { x, y, r, placed } = scene;
  const minR = 1.5 / k;
  const selected = frame.selected;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  const ring = (i: number, colour: string, px: number, gap: number) => {
    if (i < 0 || i >= scene.n || !placed[i]) return;
    const rr = Math.max(r[i]!, minR) + gap / k;
    ctx.beginPath();
    if (scene.isPlc[i]) ctx.rect(x[i]! - rr, y[i]! - rr, rr * 2, rr * 2);
    else ctx.arc(x[i]!, y[i]!, rr, 0, TAU);
    ctx.strokeStyle = colour;
    ctx.lineWidth = px / k;
    ctx.stroke();
  };
  if (frame.hovered !== selected) ring(frame.hovered, palette.text, 2, 2);
  ring(selected, palette.surface, 5, 3);
  ring(selected, palette.accent, 3, 3);
  if (frame.showFocus) {
    ring(frame.focused, palette.surface, 6, 7.5);
    ring(frame.focused, palette.focus, 3, 7.5);
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  label(ctx, scene, palette, frame, frame.hovered, true);
  label(ctx, scene, palette, frame, selected, true);
  if (frame.showFocus) label(ctx, scene, palette, frame, frame.focused, true);
}

/** Splits a comma-separated colour list at top-level commas only (so `rgb(1, 2, 3)` stays whole). */
export function splitColours(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

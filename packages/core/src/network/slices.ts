import { createBetweenness, type Betweenness, type BetweennessOptions } from './betweenness.js';
import type { Adjacency } from './graph.js';
import { createLayoutSteps, placementSteps, type LayoutInput, type LayoutRun } from './layout.js';
import { nextTask, runSliced, type SliceOptions } from './tasks.js';

// The layout and betweenness in slices (see tasks.ts), apart from the slicing itself so that code
// using only that never brings d3-force along.

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The seeded layout, a slice at a time; the entry both the layout Worker and the main-thread fallback
 * call, so both give the same positions. `onSlice` is called after each slice (for a progress bar and
 * progressive drawing). Resolves to the positions, or undefined when cancelled.
 */
export async function layoutInSlices(
  input: LayoutInput,
  onSlice?: (run: LayoutRun) => void,
  options: SliceOptions = {},
): Promise<Float64Array | undefined> {
  const sliceMs = options.sliceMs ?? 25;
  const yieldTo = options.yieldTo ?? nextTask;
  // The cluster placement and the simulation's set-up run in slices too.
  const start = await runSliced(placementSteps(input), { ...options, sliceMs, yieldTo });
  if (!start) return undefined;
  await yieldTo();
  const run = await runSliced(createLayoutSteps(input, start), { ...options, sliceMs, yieldTo });
  if (!run) return undefined;
  await yieldTo();
  for (;;) {
    if (options.signal?.aborted) return undefined;
    const started = now();
    let finished = false;
    // Ticks of a large graph take ~10 ms each: check the clock after every one.
    do finished = run.step(1);
    while (!finished && now() - started < sliceMs * 0.8);
    onSlice?.(run);
    if (finished) return run.positions();
    await yieldTo();
  }
}

/** Betweenness a slice at a time; resolves to undefined when cancelled. */
export async function betweennessInSlices(
  n: number,
  adjacency: Adjacency,
  betweennessOptions: BetweennessOptions = {},
  onSlice?: (done: number, total: number) => void,
  options: SliceOptions = {},
): Promise<Betweenness | undefined> {
  const sliceMs = options.sliceMs ?? 25;
  const yieldTo = options.yieldTo ?? nextTask;
  const run = createBetweenness(n, adjacency, betweennessOptions);
  // Sources per clock check: a search costs about n + 2·ties steps.
  const batch = Math.max(1, Math.floor(200000 / Math.max(1, n + adjacency.targets.length)));
  for (;;) {
    if (options.signal?.aborted) return undefined;
    const started = now();
    let finished = false;
    do finished = run.step(batch);
    while (!finished && now() - started < sliceMs * 0.8);
    onSlice?.(run.done, run.total);
    if (finished) return run.result();
    await yieldTo();
  }
}

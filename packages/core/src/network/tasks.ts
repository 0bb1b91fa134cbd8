// Work in slices, giving the thread back between them: in a Worker this lets a cancel message in; on
// the main thread it keeps every task short, so the page never freezes.

/** How a long computation runs in slices (layout, betweenness, reading, sorting). */
export interface SliceOptions {
  /** Longest stretch of work before yielding (default 25 ms). */
  sliceMs?: number;
  signal?: AbortSignal;
  /** How to give the thread back (default: `scheduler.yield`, else a MessageChannel task). */
  yieldTo?: () => Promise<void>;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Gives the thread back for one task: `scheduler.yield()` where there is one, else a message-channel task. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs steps (a generator that yields between small pieces of work) in slices of at most `sliceMs`.
 * `onPause` is given the last value the steps yielded (e.g. the share done, for a progress bar)
 * each time the thread is given back. Resolves to the generator's result, or undefined when cancelled.
 */
export async function runSliced<T, Y = unknown>(steps: Generator<Y, T>, options: SliceOptions = {}, onPause?: (last: Y) => void): Promise<T | undefined> {
  const sliceMs = options.sliceMs ?? 25;
  const yieldTo = options.yieldTo ?? nextTask;
  for (;;) {
    if (options.signal?.aborted) return undefined;
    const started = now();
    let last: Y;
    do {
      const next = steps.next();
      if (next.done) return next.value;
      last = next.value;
    } while (now() - started < sliceMs * 0.8);
    onPause?.(last);
    await yieldTo();
  }
}

/**
 * Sorts in steps (a yield every thousand or so comparisons): a stable merge sort, so the order is
 * the one `Array.prototype.sort` (also stable) gives with the same comparison. For sorting thousands
 * of names with a collator, which takes more than a frame at once.
 */
export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  const RUN = 256;
  let from = items.slice();
  const n = from.length;
  for (let start = 0; start < n; start += RUN) {
    const run = from.slice(start, start + RUN).sort(compare);
    for (let i = 0; i < run.length; i++) from[start + i] = run[i]!;
    yield;
  }
  let to = new Array<T>(n);
  let work = 0;
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += width * 2) {
      const middle = Math.min(left + width, n);
      const end = Math.min(left + width * 2, n);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < end) {
        // Equal items keep their order: the left run's first.
        to[k++] = compare(from[j]!, from[i]!) < 0 ? from[j++]! : from[i++]!;
        if (++work % 1024 === 0) yield;
      }
      while (i < middle) to[k++] = from[i++]!;
      while (j < end) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  return from;
}

// Large and adversarial inputs shared by the robustness tests, and long-task measurement.

/** A valid checklist framework with `n` items (the schema allows at most 1,000). */
export function bigChecklist(n: number, id = 'big-checklist') {
  return {
    id,
    kind: 'checklist',
    title: { en: `A checklist of ${n} items`, cy: `Rhestr wirio o ${n} eitem` },
    source: { citation: 'Robustness test' },
    items: Array.from({ length: n }, (_, i) => ({
      id: `item-${i}`,
      plc: { en: `We do thing ${i} together`, cy: `Rydyn ni’n gwneud peth ${i} gyda’n gilydd` },
      not: { en: `Each of us does thing ${i} alone`, cy: `Mae pob un ohonon ni’n gwneud peth ${i} ar ei ben ei hun` },
      strengthen: { en: `Plan thing ${i} together`, cy: `Cynlluniwch beth ${i} gyda’ch gilydd` },
    })),
    bands: [
      { id: 'low', min: 0, label: { en: 'Starting', cy: 'Dechrau' }, summary: { en: 'Starting out.', cy: 'Dechrau arni.' } },
      { id: 'high', min: 0.5, label: { en: 'Established', cy: 'Sefydlog' }, summary: { en: 'Well on the way.', cy: 'Ar y ffordd.' } },
    ],
  };
}

export interface LongTasks {
  /** Durations (ms) of the long tasks seen so far. */
  readonly durations: number[];
  stop(): number[];
}

/**
 * Watches for long tasks (over 50 ms) with PerformanceObserver where the engine reports them
 * (Chromium); where it does not (Firefox), times the gaps between animation frames instead, which
 * a blocked main thread stretches the same way.
 */
export function watchLongTasks(win: Window & typeof globalThis = window): LongTasks {
  const durations: number[] = [];
  if (win.PerformanceObserver?.supportedEntryTypes?.includes('longtask')) {
    const observer = new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    return {
      durations,
      stop: () => {
        for (const entry of observer.takeRecords()) durations.push(entry.duration);
        observer.disconnect();
        return durations;
      },
    };
  }
  let running = true;
  let last = win.performance.now();
  const tick = (now: number) => {
    if (now - last > 50) durations.push(now - last);
    last = now;
    if (running) win.requestAnimationFrame(tick);
  };
  win.requestAnimationFrame(tick);
  return {
    durations,
    stop: () => {
      running = false;
      return durations;
    },
  };
}

export interface Freeze {
  /** When the main thread stopped answering (ms, performance.now()), and for how long. */
  start: number;
  duration: number;
  /** Whether a progress indicator was on screen when it started. */
  indicated: boolean;
}

export interface FreezeWatch {
  stop(): Freeze[];
  /** Whether `busy` was seen true at any point. */
  readonly sawProgress: boolean;
}

/**
 * Watches the main thread while an element works: every long task (or, where the engine does not
 * report them, every gap between animation frames) over `threshold` ms, and whether a progress
 * indicator (`busy(el)`) was on the page when it began. The indicator's state is sampled on every
 * change to the element's shadow tree, so a task that adds an indicator and then blocks counts as
 * unindicated: nothing is painted until the task ends.
 */
export function watchFreezes(el: Element, busy: (el: Element) => boolean, threshold = 100): FreezeWatch {
  const timeline: { at: number; busy: boolean }[] = [{ at: performance.now(), busy: busy(el) }];
  let saw = timeline[0]!.busy;
  const sample = () => {
    const now = busy(el);
    saw ||= now;
    if (now !== timeline.at(-1)!.busy) timeline.push({ at: performance.now(), busy: now });
  };
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  const observer = new MutationObserver(sample);
  // A Lit element makes its shadow root when it is connected: one not yet on the page is watched
  // from its first frame there (without this, a busy state inside it was never seen at all).
  let watched = el.shadowRoot;
  observer.observe(watched ?? el, options);
  let sampling = true;
  const everyFrame = () => {
    if (!sampling) return;
    if (!watched && el.shadowRoot) observer.observe((watched = el.shadowRoot), options);
    sample();
    requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
  const entries: { start: number; duration: number }[] = [];
  let po: PerformanceObserver | undefined;
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) entries.push({ start: e.startTime, duration: e.duration });
    });
    po.observe({ type: 'longtask' });
  }
  let lastFrame = performance.now();
  let running = true;
  const gaps: { start: number; duration: number }[] = [];
  const tick = (now: number) => {
    if (now - lastFrame > threshold) gaps.push({ start: lastFrame, duration: now - lastFrame });
    lastFrame = now;
    if (running) requestAnimationFrame(tick);
  };
  if (!po) requestAnimationFrame(tick);
  return {
    get sawProgress() {
      return saw;
    },
    stop() {
      sample();
      running = false;
      sampling = false;
      observer.disconnect();
      if (po) {
        for (const e of po.takeRecords()) entries.push({ start: e.startTime, duration: e.duration });
        po.disconnect();
      }
      const found = po ? entries : gaps;
      return found
        .filter((f) => f.duration > threshold)
        .map((f) => {
          const before = timeline.filter((t) => t.at <= f.start).at(-1) ?? timeline[0]!;
          return { start: f.start, duration: Math.round(f.duration), indicated: before.busy };
        });
    },
  };
}

/** A fixed piece of work that takes about REFERENCE_MS on this project's machines when they are quiet. */
function referenceWork(): number {
  const a = new Float64Array(300_000);
  let x = 1;
  for (let i = 0; i < a.length; i++) {
    x = (x * 16807) % 2147483647;
    a[i] = x;
  }
  a.sort();
  return a[0]!;
}
const REFERENCE_MS = 35;

/**
 * How much slower than a quiet machine this one is right now (at least 1): tests on two shared cores
 * run beside other browsers, so "100 ms" means 100 ms of a quiet machine's time, scaled by this.
 */
export function loadFactor(): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    referenceWork();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.max(1, times[2]! / REFERENCE_MS);
}

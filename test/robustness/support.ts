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

// The map's layout Worker: runs the seeded layout and betweenness off the main thread. Both call the
// same core entries as the main-thread fallback, so the map is the same wherever it was laid out.
import { betweennessInSlices, layoutInSlices } from '@plc-kit/core';
import type { FromWorker, ToWorker } from './worker-protocol.js';

/** This module's own URL, so a page or bundler can point the map at it (see `PlcNetworkMap.workerUrl`). */
export const workerUrl: string = import.meta.url;

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope & { WorkerGlobalScope?: unknown; document?: unknown };

// Imported on the main thread (to learn its URL) it must do nothing.
if (scope.WorkerGlobalScope !== undefined && scope.document === undefined) {
  const jobs = new Map<number, AbortController>();
  const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

  scope.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'cancel') {
      jobs.get(message.job)?.abort();
      jobs.delete(message.job);
      return;
    }
    const controller = new AbortController();
    jobs.set(message.job, controller);
    const { signal } = controller;
    const job = message.job;
    const work =
      message.type === 'layout'
        ? (async () => {
            let last = 0;
            const positions = await layoutInSlices(
              message.input,
              (run) => {
                // Progress about every 60 ms, with positions so the map can draw as it settles.
                const t = performance.now();
                if (run.done < run.total && t - last < 60) return;
                last = t;
                const p = Float32Array.from(run.positions());
                post({ type: 'progress', job, done: run.done, total: run.total, positions: p }, [p.buffer]);
              },
              { signal, sliceMs: 50 },
            );
            if (positions) post({ type: 'layout', job, positions }, [positions.buffer]);
          })()
        : (async () => {
            const result = await betweennessInSlices(
              message.n,
              { offsets: message.offsets, targets: message.targets, ties: new Uint32Array(0) },
              message.options,
              (done, total) => post({ type: 'progress', job, done, total }),
              { signal, sliceMs: 50 },
            );
            if (result) post({ type: 'betweenness', job, result }, [result.values.buffer, result.normalised.buffer]);
          })();
    work
      .catch((error: unknown) => post({ type: 'error', job, message: (error as Error)?.message ?? String(error) }))
      .finally(() => jobs.delete(job));
  });
  post({ type: 'ready' });
}

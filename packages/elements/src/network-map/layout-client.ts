import type { Adjacency, Betweenness, BetweennessOptions, LayoutInput } from '@plc-kit/core';
import type { FromWorker, ToWorker } from './worker-protocol.js';

export type Progress = (done: number, total: number, positions?: ArrayLike<number>) => void;

export interface LayoutResult {
  positions: Float64Array;
  /** Where it ran: the Worker, or time-sliced on the main thread. */
  where: 'worker' | 'main';
}

interface Pending {
  resolve: (message: FromWorker) => void;
  reject: (error: Error) => void;
  progress?: Progress;
}

/** How long a Worker may take to say it is ready before the map lays out on the main thread instead. */
const READY_TIMEOUT_MS = 5000;

/**
 * Runs layouts and betweenness in a module Worker when one can start, else on the main thread in
 * slices of at most 25 ms (under a strict CSP a Worker may be refused), with the code for that loaded
 * only then (./on-page.ts). Both paths call the same core entries, so they give the same positions.
 */
export class LayoutClient {
  #worker?: Worker;
  #failed = false;
  #ready?: Promise<boolean>;
  #jobs = new Map<number, Pending>();
  #next = 1;

  constructor(
    private readonly makeWorker: (() => Worker) | undefined,
    private readonly onFallback?: () => void,
  ) {}

  /** True once the Worker proved unusable (so the work runs on the main thread). */
  get usingFallback(): boolean {
    return this.#failed || !this.makeWorker;
  }

  #start(): Promise<boolean> {
    if (this.#ready) return this.#ready;
    if (!this.makeWorker) return (this.#ready = Promise.resolve(false));
    this.#ready = new Promise<boolean>((resolve) => {
      let worker: Worker;
      try {
        worker = this.makeWorker!();
      } catch {
        this.#fail();
        resolve(false);
        return;
      }
      this.#worker = worker;
      const timer = setTimeout(() => {
        this.#fail();
        resolve(false);
      }, READY_TIMEOUT_MS);
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'ready') {
          clearTimeout(timer);
          resolve(true);
          return;
        }
        const job = this.#jobs.get(message.job);
        if (!job) return;
        if (message.type === 'progress') {
          job.progress?.(message.done, message.total, message.positions);
          return;
        }
        this.#jobs.delete(message.job);
        if (message.type === 'error') job.reject(new Error(message.message));
        else job.resolve(message);
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        clearTimeout(timer);
        this.#fail();
        resolve(false);
      });
    });
    return this.#ready;
  }

  #fail(): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#worker?.terminate();
    this.#worker = undefined;
    this.onFallback?.();
    // Anything sent to the worker is rerun by its caller on the main thread.
    for (const job of this.#jobs.values()) job.reject(new WorkerGone());
    this.#jobs.clear();
  }

  async #post(message: ToWorker, progress: Progress | undefined, signal: AbortSignal | undefined, transfer: Transferable[] = []): Promise<FromWorker | undefined> {
    const ok = await this.#start();
    if (!ok || !this.#worker) throw new WorkerGone();
    if (signal?.aborted) return undefined;
    const worker = this.#worker;
    return new Promise<FromWorker | undefined>((resolve, reject) => {
      this.#jobs.set(message.job, { resolve, reject, progress });
      signal?.addEventListener(
        'abort',
        () => {
          this.#jobs.delete(message.job);
          worker.postMessage({ type: 'cancel', job: message.job } satisfies ToWorker);
          resolve(undefined);
        },
        { once: true },
      );
      worker.postMessage(message, transfer);
    });
  }

  /** Starts the Worker (if it can) ahead of the first job. */
  warm(): void {
    void this.#start();
  }

  /** Lays out; resolves to undefined when cancelled. */
  async layout(input: LayoutInput, progress?: Progress, signal?: AbortSignal): Promise<LayoutResult | undefined> {
    if (!this.usingFallback) {
      try {
        const reply = await this.#post({ type: 'layout', job: this.#next++, input }, progress, signal);
        if (!reply) return undefined;
        if (reply.type === 'layout') return { positions: reply.positions, where: 'worker' };
      } catch (error) {
        if (!(error instanceof WorkerGone)) throw error;
      }
    }
    const { layoutInSlices } = await import('./on-page.js');
    if (signal?.aborted) return undefined;
    const positions = await layoutInSlices(input, (run) => progress?.(run.done, run.total, run.done < run.total ? run.positions() : undefined), { signal, sliceMs: 25 });
    return positions ? { positions, where: 'main' } : undefined;
  }

  async betweenness(n: number, adjacency: Adjacency, options: BetweennessOptions, signal?: AbortSignal): Promise<Betweenness | undefined> {
    if (!this.usingFallback) {
      try {
        const reply = await this.#post(
          { type: 'betweenness', job: this.#next++, n, offsets: adjacency.offsets, targets: adjacency.targets, options },
          undefined,
          signal,
        );
        if (!reply) return undefined;
        if (reply.type === 'betweenness') return reply.result;
      } catch (error) {
        if (!(error instanceof WorkerGone)) throw error;
      }
    }
    const { betweennessInSlices } = await import('./on-page.js');
    return betweennessInSlices(n, adjacency, options, undefined, { signal, sliceMs: 25 });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const job of this.#jobs.values()) job.reject(new WorkerGone());
    this.#jobs.clear();
    this.#ready = undefined;
  }
}

class WorkerGone extends Error {
  constructor() {
    super('layout worker unavailable');
  }
}

import type { Betweenness, BetweennessOptions, LayoutInput } from '@plc-kit/core';

/** Messages the map posts to its layout Worker. */
export type ToWorker =
  | { type: 'layout'; job: number; input: LayoutInput }
  | { type: 'betweenness'; job: number; n: number; offsets: Uint32Array; targets: Uint32Array; options: BetweennessOptions }
  | { type: 'cancel'; job: number };

/** Messages the Worker posts back. Positions are x, y interleaved, in the input's node order. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; job: number; done: number; total: number; positions?: Float32Array }
  | { type: 'layout'; job: number; positions: Float64Array }
  | { type: 'betweenness'; job: number; result: Betweenness }
  | { type: 'error'; job: number; message: string };

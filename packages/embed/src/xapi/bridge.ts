import type { QueuedStatement } from './queue.js';

/** What one page shares among every copy of the kit it loaded: one capture, one sender. */
export interface XapiBridge {
  /** Sends what is due now (and schedules the rest). Loads the sender first if needed. */
  flush(): Promise<void>;
  /** The outbox: statements not yet accepted by their store. */
  pending(): QueuedStatement[];
  /** Statements a store refused as invalid (400), kept for a person to look at. */
  rejected(): unknown[];
  captureInstalled: boolean;
  sender?: { flush(): Promise<void> };
  loadSender?: () => Promise<unknown>;
}

const KEY = Symbol.for('plc-kit.xapi');

/** The page's bridge, made on first use. */
export function pageBridge(): XapiBridge {
  const g = globalThis as unknown as Record<symbol, XapiBridge | undefined>;
  return (g[KEY] ??= createBridge());
}

function createBridge(): XapiBridge {
  let loading: Promise<unknown> | undefined;
  const bridge: XapiBridge = {
    captureInstalled: false,
    pending: () => [],
    rejected: () => [],
    async flush() {
      if (!bridge.sender && bridge.loadSender) {
        loading ??= bridge.loadSender().catch((error: unknown) => {
          loading = undefined; // Offline or missing: try again at the next completion or when back online.
          console.warn('[plc-kit] the xAPI sender could not be loaded; statements stay queued:', error);
        });
        await loading;
      }
      await bridge.sender?.flush();
    },
  };
  return bridge;
}

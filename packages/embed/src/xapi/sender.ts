import XAPI from '@xapi/xapi/dist/XAPI.esm.js';
import { pageBridge } from './bridge.js';
import { StatementQueue, type QueuedStatement } from './queue.js';
import type { Statement } from './statement.js';

declare global {
  interface WindowEventMap {
    'plc-xapi-sent': CustomEvent<{ statement: Statement; status: number }>;
    'plc-xapi-retry': CustomEvent<{ statement: Statement; attempts: number; error: string; nextAt: number }>;
    'plc-xapi-rejected': CustomEvent<{ statement: Statement; status: number; error: string }>;
  }
}

const MAX_DELAY = 60 * 60 * 1000;
const LOCK = 'plc-kit:xapi-outbox';

class HttpError extends Error {
  constructor(
    readonly status: number,
    body: string,
    readonly retryAfter?: number,
  ) {
    super(`HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ''}`);
  }
}

/**
 * @xapi/xapi's fetch adapter throws away the HTTP status of a failed request; this one keeps it,
 * so a refused statement (400) is told apart from a store that is down (5xx) or unreachable.
 */
async function fetchAdapter({ url, method, headers, data }: { url: string; method: string; headers?: Record<string, string>; data?: unknown }) {
  const response = await fetch(url, {
    method,
    headers,
    body: data === undefined || typeof data === 'string' || data instanceof Blob ? (data as BodyInit | undefined) : JSON.stringify(data),
    credentials: 'omit',
  });
  const text = await response.text();
  if (!response.ok) {
    const after = Number(response.headers.get('retry-after'));
    throw new HttpError(response.status, text, Number.isFinite(after) ? after * 1000 : undefined);
  }
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { data: body as never, headers: Object.fromEntries(response.headers.entries()), status: response.status };
}

/** Delay before attempt `attempts + 1`: base, 2×, 4×… up to an hour, ±20 % so many pages don't retry in step. */
export function backoff(base: number, attempts: number, random = Math.random): number {
  const delay = Math.min(MAX_DELAY, base * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay * (0.8 + 0.4 * random()));
}

/**
 * Sends the outbox oldest first with @xapi/xapi, one statement per request. Delivered (2xx) or
 * already stored (409: the store has a statement with this id) → removed. Refused as invalid (400)
 * → kept aside under `plc-kit:xapi:rejected`. Anything else (offline, 5xx, 401/403/404, 429) →
 * retried with backoff, for as long as it takes. Statement ids make a repeated send harmless, and
 * a Web Lock keeps two tabs from sending the same outbox at once.
 */
export function installSender(): void {
  const bridge = pageBridge();
  if (bridge.sender) return;
  const queue = new StatementQueue();
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    clearTimeout(timer);
    const list = queue.read();
    if (!list.length) return;
    const next = Math.min(...list.map((r) => r.nextAt));
    timer = setTimeout(() => void sender.flush(), Math.max(0, next - Date.now()));
  };

  const drain = async () => {
    const tried = new Set<string>();
    for (;;) {
      if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
      const now = Date.now();
      const record = queue.read().find((r) => r.nextAt <= now && !tried.has(r.statement.id));
      if (!record) return;
      tried.add(record.statement.id);
      await attempt(record);
    }
  };

  const attempt = async (record: QueuedStatement) => {
    const { statement } = record;
    try {
      const xapi = new XAPI({ endpoint: record.endpoint, auth: record.auth, adapter: fetchAdapter as never });
      const response = await xapi.sendStatement({ statement: statement as never });
      queue.remove(statement.id);
      dispatchEvent(new CustomEvent('plc-xapi-sent', { detail: { statement, status: response.status } }));
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 0;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 409) {
        queue.remove(statement.id); // The store already holds a statement with this id.
        dispatchEvent(new CustomEvent('plc-xapi-sent', { detail: { statement, status } }));
      } else if (status === 400) {
        queue.reject(record, message);
        console.error(`[plc-kit] the learning record store refused statement ${statement.id}: ${message}`);
        dispatchEvent(new CustomEvent('plc-xapi-rejected', { detail: { statement, status, error: message } }));
      } else {
        const attempts = record.attempts + 1;
        const wait = Math.max(backoff(record.retryBase, attempts), error instanceof HttpError ? (error.retryAfter ?? 0) : 0);
        const nextAt = Date.now() + wait;
        queue.update({ ...record, attempts, nextAt, lastError: message });
        dispatchEvent(new CustomEvent('plc-xapi-retry', { detail: { statement, attempts, error: message, nextAt } }));
      }
    }
  };

  const sender = {
    flush(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
            if (locks?.request) {
              // The lock only spares duplicate sends (ids already make them harmless); never wait on it for ever.
              await locks.request(LOCK, { signal: AbortSignal.timeout(15_000) }, drain).catch((error: unknown) => {
                if ((error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError') return drain();
                throw error;
              });
            } else await drain();
          } while (again);
        } finally {
          running = undefined;
          schedule();
        }
      })();
      return running;
    },
  };
  bridge.sender = sender;
  bridge.pending = () => queue.read();
  bridge.rejected = () => queue.rejected();
}

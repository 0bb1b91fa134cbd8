import type { Statement } from './statement.js';

/** One statement waiting to reach its learning record store. */
export interface QueuedStatement {
  statement: Statement;
  endpoint: string;
  auth?: string;
  attempts: number;
  /** Not before this time (ms since the epoch). */
  nextAt: number;
  retryBase: number;
  lastError?: string;
}

export const QUEUE_KEY = 'plc-kit:xapi:queue';
export const REJECTED_KEY = 'plc-kit:xapi:rejected';

/**
 * The outbox, kept in localStorage so a statement survives going offline, a failing store, a
 * closed tab and a reload. Where storage is unavailable (or full) the outbox lives in memory and
 * still retries for as long as the page is open.
 */
export class StatementQueue {
  #memory: QueuedStatement[] = [];
  #rejectedMemory: unknown[] = [];

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeStorage()) {}

  read(): QueuedStatement[] {
    const stored = this.#readList(QUEUE_KEY).filter(isQueued);
    // Anything only in memory (storage failed when it was added) stays in the outbox too.
    const ids = new Set(stored.map((r) => r.statement.id));
    return [...stored, ...this.#memory.filter((r) => !ids.has(r.statement.id))];
  }

  add(record: QueuedStatement): void {
    this.#write([...this.read().filter((r) => r.statement.id !== record.statement.id), record]);
  }

  /** Removes a delivered statement. */
  remove(id: string): void {
    this.#write(this.read().filter((r) => r.statement.id !== id));
  }

  /** Replaces a statement's retry bookkeeping. */
  update(record: QueuedStatement): void {
    this.#write(this.read().map((r) => (r.statement.id === record.statement.id ? record : r)));
  }

  /** Moves a statement the store refused as invalid aside, where a person can still find it. */
  reject(record: QueuedStatement, reason: string): void {
    const entry = { ...record, lastError: reason, rejectedAt: new Date().toISOString() };
    const list = [...this.#readList(REJECTED_KEY), entry].slice(-200);
    if (!this.#tryWrite(REJECTED_KEY, list)) this.#rejectedMemory.push(entry);
    this.remove(record.statement.id);
  }

  rejected(): unknown[] {
    return [...this.#readList(REJECTED_KEY), ...this.#rejectedMemory];
  }

  #write(list: QueuedStatement[]): void {
    if (this.#tryWrite(QUEUE_KEY, list)) this.#memory = [];
    else this.#memory = list;
  }

  #tryWrite(key: string, value: unknown): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  }

  #readList(key: string): unknown[] {
    if (!this.storage) return [];
    let text: string | null;
    try {
      text = this.storage.getItem(key);
    } catch {
      return [];
    }
    if (!text) return [];
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value : [];
    } catch {
      // Keep unreadable text aside rather than writing over it.
      try {
        this.storage.setItem(`${key}:unreadable:${Date.now()}`, text);
        this.storage.setItem(key, '[]');
      } catch {
        /* nothing more we can do */
      }
      return [];
    }
  }
}

function isQueued(value: unknown): value is QueuedStatement {
  const r = value as QueuedStatement;
  return (
    !!r &&
    typeof r === 'object' &&
    !!r.statement &&
    typeof r.statement.id === 'string' &&
    typeof r.endpoint === 'string' &&
    typeof r.attempts === 'number' &&
    typeof r.nextAt === 'number'
  );
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Where a workspace document lives. Adapters move text; the store parses and validates it.
 * Errors from `write` are thrown as they come (quota, security) and surfaced by the store.
 */
export interface StorageAdapter {
  readonly kind: 'memory' | 'local';
  readonly key: string;
  read(): string | null;
  write(text: string): void;
  /**
   * Optional: takes the text as a function to call when it is read. An adapter that only holds the
   * document in this page (memory) implements it, so the store never serialises a workspace that
   * nobody reads — after a 20,000-school import that is a 50–120 ms task saved on every change.
   */
  writeLater?(text: () => string): void;
  /**
   * Keeps text under a new key and returns that key; throws when it cannot. `why` names the copy:
   * `unreadable` (stored text that could not be read) or `before-restore` (replaced by a restored copy).
   */
  setAside(text: string, why?: 'unreadable' | 'before-restore'): string;
  /** Calls back when another tab changed the document; returns an unsubscribe function. */
  watch(onChange: (text: string | null) => void): () => void;
}

export function memoryAdapter(key = 'plc-kit:workspace', initial: string | null = null): StorageAdapter {
  let text: string | null | (() => string) = initial;
  const asides = new Map<string, string>();
  return {
    kind: 'memory',
    key,
    read: () => (typeof text === 'function' ? (text = text()) : text),
    write: (next) => {
      text = next;
    },
    writeLater: (next) => {
      text = next;
    },
    setAside: (bad, why = 'unreadable') => {
      const aside = `${key}:${why}:${asides.size + 1}`;
      asides.set(aside, bad);
      return aside;
    },
    watch: () => () => {},
  };
}

/** The part of `Storage` the adapter uses, so tests can hand in one that fails on purpose. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** What the adapter listens on for other tabs' changes: `window` in a page. */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

export function localStorageAdapter(
  key: string,
  storage: StorageLike = globalThis.localStorage,
  events: StorageEventSource | undefined = globalThis as unknown as StorageEventSource,
): StorageAdapter {
  return {
    kind: 'local',
    key,
    read: () => storage.getItem(key),
    write: (text) => storage.setItem(key, text),
    setAside: (bad, why = 'unreadable') => {
      const aside = `${key}:${why}:${new Date().toISOString()}`;
      storage.setItem(aside, bad);
      return aside;
    },
    watch: (onChange) => {
      if (!events?.addEventListener) return () => {};
      const listener = (event: StorageEvent) => {
        if (event.key === key) onChange(event.newValue);
      };
      events.addEventListener('storage', listener);
      return () => events.removeEventListener('storage', listener);
    },
  };
}

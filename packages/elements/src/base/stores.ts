import { WorkspaceStore, localStorageAdapter, memoryAdapter, type StoreOptions } from '@plc-kit/core';
import { afterNextPaint } from './paint.js';

export type StorageKind = 'local' | 'none';

const stores = new Map<string, WorkspaceStore>();

/**
 * A stored workspace over this many characters (a few hundred PLCs) is read after the elements have
 * painted that they are loading: smaller ones read in a few milliseconds, too fast to show anything.
 */
export const DEFER_STORED_ABOVE = 256 * 1024;

const deferLoading: StoreOptions = {
  deferAbove: DEFER_STORED_ABOVE,
  defer: (load) => void afterNextPaint().then(load),
};

/**
 * One store per storage kind and key on a page, so two elements that share a key share one
 * document (and never overwrite each other's writes).
 */
export function storeFor(kind: StorageKind, key: string): WorkspaceStore {
  const id = `${kind}:${key}`;
  let store = stores.get(id);
  if (!store) {
    store = new WorkspaceStore(
      kind === 'local' && hasLocalStorage() ? localStorageAdapter(`${key}:workspace`) : memoryAdapter(`${key}:workspace`),
      deferLoading,
    );
    stores.set(id, store);
    addEventListener('pagehide', () => store?.flush());
  }
  return store;
}

export function parseStorageKind(value: string | null | undefined): StorageKind {
  return value === 'none' ? 'none' : 'local';
}

function hasLocalStorage(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage !== null;
  } catch {
    return false; // Some locked-down browsers throw on merely reading `localStorage`.
  }
}

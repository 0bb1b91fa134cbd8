import { WorkspaceStore, localStorageAdapter, memoryAdapter } from '@plc-kit/core';

export type StorageKind = 'local' | 'none';

const stores = new Map<string, WorkspaceStore>();

/**
 * One store per storage kind and key on a page, so two elements that share a key share one
 * document (and never overwrite each other's writes).
 */
export function storeFor(kind: StorageKind, key: string): WorkspaceStore {
  const id = `${kind}:${key}`;
  let store = stores.get(id);
  if (!store) {
    store = new WorkspaceStore(kind === 'local' && hasLocalStorage() ? localStorageAdapter(`${key}:workspace`) : memoryAdapter(`${key}:workspace`));
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

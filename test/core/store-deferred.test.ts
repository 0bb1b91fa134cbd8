// A large stored workspace is read only when the store's `defer` calls back, so the page can paint
// that it is loading first. Meanwhile the store writes nothing (its empty state would overwrite the
// stored text), keeps the updates made and applies them, in order, once the text is read.
import { expect } from '@open-wc/testing';
import { WorkspaceStore, localStorageAdapter, sampleWorkspace, serializeWorkspace, type StorageLike, type Workspace } from '@plc-kit/core';

const KEY = 'deferred:workspace';

class MapStorage implements StorageLike {
  items = new Map<string, string>();
  writes = 0;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes++;
    this.items.set(key, value);
  }
}

function storeOver(storage: MapStorage, deferAbove: number, events?: Parameters<typeof localStorageAdapter>[2]) {
  let load: (() => void) | undefined;
  const store = new WorkspaceStore(localStorageAdapter(KEY, storage, events), { deferAbove, defer: (l) => (load = l) });
  return { store, load: () => load?.(), deferred: () => load !== undefined };
}

const stored = serializeWorkspace(sampleWorkspace({ schools: 12, plcs: 5, seed: 3 }));
const rename = (name: string) => (ws: Workspace) => ({ ...ws, plcs: ws.plcs.map((p, i) => (i === 0 ? { ...p, name } : p)) });

describe('workspace store: deferred loading of a large stored workspace', () => {
  it('reads stored text at or under the limit at once', () => {
    const storage = new MapStorage();
    storage.items.set(KEY, stored);
    const { store, deferred } = storeOver(storage, stored.length);
    expect(deferred()).to.equal(false);
    expect(store.status.kind).to.equal('ok');
    expect(store.state.plcs).to.have.length(5);
  });

  it('is loading until called back, writes nothing meanwhile, then applies the updates made in order', async () => {
    const storage = new MapStorage();
    storage.items.set(KEY, stored);
    const { store, load, deferred } = storeOver(storage, 100);
    expect(deferred()).to.equal(true);
    expect(store.status.kind).to.equal('loading');
    expect(store.state.plcs, 'nothing read yet').to.have.length(0);
    const seen: string[] = [];
    store.subscribe((ws, s) => seen.push(`${s.status.kind}:${ws.plcs.length}`));
    store.update(rename('First'));
    store.update(rename('Second'));
    expect(store.flush(), 'a flush while loading writes nothing').to.equal(false);
    await Promise.resolve();
    expect(storage.writes, 'the stored text is untouched while loading').to.equal(0);
    expect(storage.items.get(KEY)).to.equal(stored);

    load();
    expect(store.status.kind).to.equal('ok');
    expect(store.state.plcs).to.have.length(5);
    expect(store.state.plcs[0]!.name, 'the later update wins').to.equal('Second');
    expect(seen).to.deep.equal(['ok:5']);
    await Promise.resolve();
    expect(storage.writes).to.equal(1);
    const saved = JSON.parse(storage.items.get(KEY)!) as Workspace;
    expect(saved.plcs).to.have.length(5);
    expect(saved.plcs[0]!.name).to.equal('Second');
  });

  it('reads another tab’s newer text if it arrives while loading', () => {
    const listeners: ((e: StorageEvent) => void)[] = [];
    const events = { addEventListener: (_: 'storage', l: (e: StorageEvent) => void) => listeners.push(l), removeEventListener: () => {} };
    const storage = new MapStorage();
    storage.items.set(KEY, stored);
    const { store, load } = storeOver(storage, 100, events);
    const newer = serializeWorkspace(sampleWorkspace({ schools: 4, plcs: 2, seed: 9 }));
    for (const l of listeners) l(new StorageEvent('storage', { key: KEY, newValue: newer }));
    expect(store.status.kind).to.equal('loading');
    load();
    expect(store.state.plcs).to.have.length(2);
  });

  it('keeps unreadable stored text aside when it is read later, as when read at once', () => {
    const storage = new MapStorage();
    const broken = stored.slice(0, -20);
    storage.items.set(KEY, broken);
    const { store, load } = storeOver(storage, 100);
    expect(store.status.kind).to.equal('loading');
    load();
    expect(store.status.kind).to.equal('recovered');
    const backupKey = (store.status as { backupKey: string }).backupKey;
    expect(storage.items.get(backupKey)).to.equal(broken);
  });

  it('applies the other updates and finishes loading when one made meanwhile throws', async () => {
    const storage = new MapStorage();
    storage.items.set(KEY, stored);
    const { store, load } = storeOver(storage, 100);
    store.update(() => {
      throw new Error('a broken change');
    });
    store.update(rename('Kept'));
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      load();
    } finally {
      console.error = original;
    }
    await store.loaded;
    expect(store.status.kind).to.equal('ok');
    expect(store.state.plcs[0]!.name).to.equal('Kept');
    expect(errors).to.have.length(1);
  });
});

// Broken and adversarial data in storage: random, truncated and corrupted workspace JSON, storage that
// is full or refuses access. Whatever is stored, the store opens (never throws), says what happened, and
// never loses what was there: unreadable text is kept aside before anything can be written over it,
// and when it cannot be kept aside nothing is written at all.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  WorkspaceStore,
  Workspace,
  WORKSPACE_VERSION,
  emptyWorkspace,
  localStorageAdapter,
  sampleWorkspace,
  serializeWorkspace,
  type StorageLike,
  type StoreStatus,
} from '@plc-kit/core';

/** A Storage that can be told to fail: full (quota) on writes, or refuse all access. */
class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  full = false;
  locked = false;
  getItem(key: string): string | null {
    if (this.locked) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.locked) throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const KEY = 'plc-kit:workspace';
const noEvents = undefined;

function open(storage: FakeStorage): WorkspaceStore {
  return new WorkspaceStore(localStorageAdapter(KEY, storage, noEvents));
}

function addPlc(store: WorkspaceStore, name = 'New PLC'): void {
  store.update((ws) => ({ ...ws, plcs: [...ws.plcs, { id: `new-${ws.plcs.length}`, name, kind: 'plc', members: [], schools: [], status: 'forming', pastCycles: [], history: [], notes: '' }] }));
}

/** Where the store put the unreadable original, and that it is there byte for byte. */
function expectKeptAside(storage: FakeStorage, status: StoreStatus, original: string): string {
  expect(['recovered', 'salvaged']).to.include(status.kind);
  const backupKey = (status as { backupKey: string }).backupKey;
  expect(backupKey).to.be.a('string').and.not.equal(KEY);
  expect(storage.items.get(backupKey)).to.equal(original);
  return backupKey;
}

const sample = serializeWorkspace(sampleWorkspace({ schools: 12, plcs: 5, seed: 7 }));

describe('robustness: the workspace store with broken stored data', () => {
  it('opens every truncation of a stored workspace, keeps the original aside and writes only after that', () => {
    const cuts = new Set<number>();
    for (let i = 0; i < 120; i++) cuts.add(Math.floor((i / 120) * sample.length));
    cuts.add(1).add(sample.length - 1);
    for (const cut of cuts) {
      const storage = new FakeStorage();
      const text = sample.slice(0, cut);
      storage.items.set(KEY, text);
      const store = open(storage);
      expect(store.status.kind, `cut at ${cut}`).to.equal('recovered');
      expect(Workspace.safeParse(store.state).success).to.equal(true);
      const backupKey = expectKeptAside(storage, store.status, text);
      addPlc(store);
      expect(store.flush()).to.equal(true);
      // The user's new work is saved under the main key, and the old text is still there in full.
      expect(JSON.parse(storage.items.get(KEY)!).plcs).to.have.length(1);
      expect(storage.items.get(backupKey)).to.equal(text);
    }
  });

  it('opens any text at all without throwing, and never loses it (property)', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.tuple(fc.jsonValue(), fc.constantFrom('schools', 'members', 'plcs', 'checklistResponses', 'ratingResponses', 'pins', 'version')).map(([v, key]) =>
        JSON.stringify({ ...JSON.parse(sample), [key]: v }),
      ),
      fc.nat(sample.length).map((n) => sample.slice(0, n)),
      fc.tuple(fc.nat(sample.length - 1), fc.string({ minLength: 1, maxLength: 3 })).map(([at, junk]) => sample.slice(0, at) + junk + sample.slice(at + 1)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const storage = new FakeStorage();
        storage.items.set(KEY, text);
        const store = open(storage);
        expect(Workspace.safeParse(store.state).success).to.equal(true);
        if (store.status.kind === 'ok') {
          // Read whole: writing back keeps every entry that was read.
          addPlc(store);
          store.flush();
          const after = JSON.parse(storage.items.get(KEY)!);
          expect(after.plcs.length).to.equal(store.state.plcs.length);
        } else {
          const backupKey = expectKeptAside(storage, store.status, text);
          addPlc(store);
          store.flush();
          expect(storage.items.get(backupKey)).to.equal(text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the readable entries of a corrupted workspace, says how many were left out, and keeps the whole original', () => {
    const doc = JSON.parse(sample);
    doc.plcs[1].name = '';
    doc.plcs[3].members = 'everyone';
    doc.schools[0] = { id: 'has spaces', name: 'Ysgol' };
    doc.checklistResponses[0].answers = { a: 9 };
    const text = JSON.stringify(doc);
    const storage = new FakeStorage();
    storage.items.set(KEY, text);
    const store = open(storage);
    expect(store.status.kind).to.equal('salvaged');
    expect((store.status as { dropped: number }).dropped).to.equal(4);
    expect(store.state.plcs.map((p) => p.id)).to.deep.equal(['p0', 'p2', 'p4']);
    expect(store.state.schools).to.have.length(11);
    expectKeptAside(storage, store.status, text);
  });

  it('does not write over a workspace from a newer version of the kit', () => {
    const text = JSON.stringify({ ...JSON.parse(sample), version: WORKSPACE_VERSION + 1 });
    const storage = new FakeStorage();
    storage.items.set(KEY, text);
    const store = open(storage);
    expect(store.status.kind).to.equal('recovered');
    expect((store.status as { reason: string }).reason).to.match(/newer version/);
    const backupKey = expectKeptAside(storage, store.status, text);
    addPlc(store);
    store.flush();
    expect(storage.items.get(backupKey)).to.equal(text);
  });

  it('writes nothing when unreadable data cannot be kept aside (storage full), and keeps it aside first once there is room', () => {
    const original = '{"version":1,"plcs":[{"id":"p1","name":"Ours"';
    const storage = new FakeStorage();
    storage.items.set(KEY, original);
    storage.full = true;
    const store = open(storage);
    expect(store.status.kind).to.equal('read-only');
    addPlc(store, 'While full');
    expect(store.flush()).to.equal(false);
    expect(storage.items.get(KEY)).to.equal(original);
    expect(store.state.plcs).to.have.length(1); // The new PLC lives on in memory for this visit.

    storage.full = false; // Space freed: the next save keeps the original aside, then writes.
    addPlc(store, 'After');
    expect(store.flush()).to.equal(true);
    const backupKey = expectKeptAside(storage, store.status, original);
    expect(store.status.kind).to.equal('recovered');
    expect(JSON.parse(storage.items.get(KEY)!).plcs.map((p: { name: string }) => p.name)).to.deep.equal(['While full', 'After']);
    expect(storage.items.get(backupKey)).to.equal(original);
  });

  it('a store waiting to keep unreadable text aside saves again once another tab has replaced that text', () => {
    const listeners: ((e: StorageEvent) => void)[] = [];
    const events = { addEventListener: (_: 'storage', l: (e: StorageEvent) => void) => listeners.push(l), removeEventListener: () => {} };
    const storage = new FakeStorage();
    storage.items.set(KEY, 'garbage{');
    storage.full = true;
    const store = new WorkspaceStore(localStorageAdapter(KEY, storage, events));
    expect(store.status.kind).to.equal('read-only');
    // Another tab, with room again, kept the garbage aside and saved its own workspace.
    storage.full = false;
    const theirs = JSON.stringify({ ...emptyWorkspace(), plcs: [{ id: 'theirs', name: 'Theirs', kind: 'plc', members: [], schools: [], status: 'forming', pastCycles: [], history: [], notes: '' }] });
    storage.items.set(KEY, theirs);
    for (const l of listeners) l(new StorageEvent('storage', { key: KEY, newValue: theirs }));
    expect(store.status.kind).to.equal('ok');
    addPlc(store, 'Mine');
    expect(store.flush()).to.equal(true);
    expect(JSON.parse(storage.items.get(KEY)!).plcs.map((p: { name: string }) => p.name)).to.deep.equal(['Theirs', 'Mine']);
  });

  it('keeps aside a valid workspace that this kit would write back smaller (unknown fields, odd versions, non-lists, __proto__ keys)', () => {
    const doc = JSON.parse(sample);
    const cases: Record<string, { text: string; kind: StoreStatus['kind'] }> = {
      'a field from a newer kit': { text: JSON.stringify({ ...doc, futureField: { keep: 'me' } }), kind: 'salvaged' },
      'a field inside a PLC': { text: JSON.stringify({ ...doc, plcs: doc.plcs.map((p: object, i: number) => (i === 2 ? { ...p, colour: 'teal' } : p)) }), kind: 'salvaged' },
      'a version that is a string': { text: JSON.stringify({ ...doc, version: '2' }), kind: 'recovered' },
      'an old-format list that is not a list': { text: JSON.stringify({ plcs: [], responses: 'x' }), kind: 'salvaged' },
      'a __proto__ key in answers': {
        text: JSON.stringify(doc).replace('"answers":{', '"answers":{"__proto__":3,'),
        kind: 'salvaged',
      },
    };
    for (const [name, { text, kind }] of Object.entries(cases)) {
      const storage = new FakeStorage();
      storage.items.set(KEY, text);
      const store = open(storage);
      expect(store.status.kind, name).to.equal(kind);
      const backupKey = expectKeptAside(storage, store.status, text);
      addPlc(store);
      expect(store.flush(), name).to.equal(true);
      expect(storage.items.get(backupKey), name).to.equal(text);
    }
  });

  it('reads a workspace this kit wrote, and an older one it upgrades, as whole: nothing is kept aside', () => {
    for (const text of [sample, JSON.stringify({ plcs: [], responses: [{ type: 'checklist', id: 'r1', framework: 'plc-or-not', answers: { 'learner-needs': 3 }, updatedAt: '2024-01-01T00:00:00.000Z' }] })]) {
      const storage = new FakeStorage();
      storage.items.set(KEY, text);
      const store = open(storage);
      expect(store.status.kind).to.equal('ok');
      expect(storage.items.size).to.equal(1);
    }
  });

  it('surfaces a failed save (quota), keeps the work in memory and the last saved text, and recovers', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    addPlc(store, 'First');
    expect(store.flush()).to.equal(true);
    const saved = storage.items.get(KEY);
    storage.full = true;
    addPlc(store, 'Second');
    expect(store.flush()).to.equal(false);
    expect(store.status).to.include({ kind: 'write-failed', reason: 'quota' });
    expect(store.state.plcs.map((p) => p.name)).to.deep.equal(['First', 'Second']);
    expect(storage.items.get(KEY)).to.equal(saved);
    storage.full = false;
    addPlc(store, 'Third');
    expect(store.flush()).to.equal(true);
    expect(store.status.kind).to.equal('ok');
    expect(JSON.parse(storage.items.get(KEY)!).plcs).to.have.length(3);
  });

  it('opens read-only when storage refuses access, and still works in memory', () => {
    const storage = new FakeStorage();
    storage.items.set(KEY, sample);
    storage.locked = true;
    const store = open(storage);
    expect(store.status.kind).to.equal('read-only');
    addPlc(store);
    expect(store.state.plcs).to.have.length(1);
    storage.locked = false;
    expect(storage.items.get(KEY)).to.equal(sample);
  });

  it('ignores another tab’s unreadable write instead of adopting it', () => {
    const listeners: ((e: StorageEvent) => void)[] = [];
    const events = { addEventListener: (_: 'storage', l: (e: StorageEvent) => void) => listeners.push(l), removeEventListener: () => {} };
    const storage = new FakeStorage();
    const store = new WorkspaceStore(localStorageAdapter(KEY, storage, events));
    addPlc(store, 'Mine');
    store.flush();
    for (const l of listeners) l(new StorageEvent('storage', { key: KEY, newValue: '{"version":1,"plcs":[{"id":' }));
    expect(store.state.plcs.map((p) => p.name)).to.deep.equal(['Mine']);
    const theirs = { id: 'theirs', name: 'Theirs', kind: 'plc', members: [], schools: [], status: 'forming', pastCycles: [], history: [], notes: '' };
    for (const l of listeners) l(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify({ ...emptyWorkspace(), plcs: [theirs] }) }));
    // A readable change from another tab is taken; this tab's change of a moment ago, which that
    // save lacks, is carried into it (store/recent-changes.ts).
    expect(store.state.plcs.map((p) => p.name)).to.deep.equal(['Theirs', 'Mine']);
  });
});

// Two tabs on one workspace, with the browser's part played by hand: one localStorage they both
// write, and each tab's `storage` events held until the test delivers them. So the moment between
// one tab's save and the other hearing of it, when both can save, is as long as a test needs.
import { expect } from '@open-wc/testing';
import { WorkspaceStore, emptyWorkspace, localStorageAdapter, type Plc, type Workspace } from '@plc-kit/core';
import { plc } from '../helpers/fixtures.js';

const KEY = 'plc-kit:workspace';

interface Tab {
  store: WorkspaceStore;
  /** Delivers the `storage` events this tab has not heard yet, in order. */
  hear(): void;
  /** Saves now, as at the end of the task. */
  save(): void;
}

function twoTabs(initial: Workspace = emptyWorkspace(), carryWindow?: number): { a: Tab; b: Tab; stored(): Workspace } {
  const items = new Map<string, string>([[KEY, JSON.stringify(initial)]]);
  const inboxes: string[][] = [[], []];
  const listeners: ((event: StorageEvent) => void)[][] = [[], []];
  const tab = (i: number): Tab => {
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => {
        items.set(key, value);
        if (key === KEY) inboxes[1 - i]!.push(value); // the other tab hears of it later
      },
    };
    const events = { addEventListener: (_: 'storage', l: (event: StorageEvent) => void) => listeners[i]!.push(l), removeEventListener: () => {} };
    const store = new WorkspaceStore(localStorageAdapter(KEY, storage, events), { carryWindow });
    return {
      store,
      hear: () => {
        for (const newValue of inboxes[i]!.splice(0)) for (const l of listeners[i]!) l(new StorageEvent('storage', { key: KEY, newValue }));
        store.flush();
      },
      save: () => void store.flush(),
    };
  };
  return { a: tab(0), b: tab(1), stored: () => JSON.parse(items.get(KEY)!) as Workspace };
}

const addPlc = (tab: Tab, p: Plc) => tab.store.update((ws) => ({ ...ws, plcs: [...ws.plcs, p] }));
const rename = (tab: Tab, id: string, name: string) => tab.store.update((ws) => ({ ...ws, plcs: ws.plcs.map((p) => (p.id === id ? { ...p, name } : p)) }));
const names = (ws: Workspace) => ws.plcs.map((p) => p.name).sort();

describe('store: two tabs saving at the same moment', () => {
  it('keeps both tabs’ changes when each saves before hearing of the other’s save', () => {
    const { a, b, stored } = twoTabs();
    addPlc(a, plc('from-a', [], { name: 'From tab A' }));
    a.save();
    addPlc(b, plc('from-b', [], { name: 'From tab B' })); // B has not heard of A's save yet
    b.save(); // … and writes over it
    b.hear();
    a.hear();
    b.hear();
    expect(names(stored())).to.deep.equal(['From tab A', 'From tab B']);
    expect(names(a.store.state)).to.deep.equal(['From tab A', 'From tab B']);
    expect(names(b.store.state)).to.deep.equal(['From tab A', 'From tab B']);
  });

  it('carries a removal and an edit too, and adopts the other tab’s changes to other entries', () => {
    const { a, b, stored } = twoTabs({ ...emptyWorkspace(), plcs: [plc('one', [], { name: 'One' }), plc('two', [], { name: 'Two' }), plc('three', [], { name: 'Three' })] });
    rename(a, 'one', 'One, renamed in A');
    a.save();
    b.store.update((ws) => ({ ...ws, plcs: ws.plcs.filter((p) => p.id !== 'two') }));
    rename(b, 'three', 'Three, renamed in B');
    b.save();
    b.hear();
    a.hear();
    b.hear();
    const expected = ['One, renamed in A', 'Three, renamed in B'];
    expect(names(stored())).to.deep.equal(expected);
    expect(names(a.store.state)).to.deep.equal(expected);
    expect(names(b.store.state)).to.deep.equal(expected);
  });

  it('settles an entry both tabs changed the same way in both tabs, and a removal never beats an edit', () => {
    const { a, b, stored } = twoTabs({ ...emptyWorkspace(), plcs: [plc('one', [], { name: 'One' }), plc('two', [], { name: 'Two' })] });
    rename(a, 'one', 'Alpha');
    a.store.update((ws) => ({ ...ws, plcs: ws.plcs.filter((p) => p.id !== 'two') }));
    a.save();
    rename(b, 'one', 'Beta');
    rename(b, 'two', 'Two, kept by B');
    b.save();
    b.hear();
    a.hear();
    b.hear();
    a.hear();
    // Neither tab can know which save the browser took last, so both choose by the same rule.
    expect(names(a.store.state)).to.deep.equal(names(b.store.state));
    expect(names(stored())).to.deep.equal(names(a.store.state));
    expect(names(stored())).to.include('Two, kept by B');
    expect(names(stored()).filter((n) => n === 'Alpha' || n === 'Beta')).to.have.length(1);
  });

  it('does not undo a change the other tab made on purpose after seeing this tab’s', async () => {
    const { a, b, stored } = twoTabs({ ...emptyWorkspace(), plcs: [plc('one', [], { name: 'One' })] }, 20);
    rename(a, 'one', 'Renamed');
    a.save();
    b.hear(); // B sees A's change
    await new Promise((r) => setTimeout(r, 40)); // longer than the carry window
    rename(b, 'one', 'One'); // … and puts the old name back
    b.save();
    a.hear();
    expect(names(a.store.state)).to.deep.equal(['One']);
    expect(names(stored())).to.deep.equal(['One']);
  });

  it('changes nothing when the other tab’s save already holds this tab’s change', () => {
    const { a, b, stored } = twoTabs();
    addPlc(a, plc('from-a', [], { name: 'From tab A' }));
    a.save();
    b.hear();
    addPlc(b, plc('from-b', [], { name: 'From tab B' }));
    b.save();
    const before = JSON.stringify(stored());
    a.hear();
    expect(JSON.stringify(stored())).to.equal(before); // A adopted B's save and wrote nothing back
    expect(names(a.store.state)).to.deep.equal(['From tab A', 'From tab B']);
  });
});

describe('store: two documents on one real localStorage', () => {
  // Two same-origin frames stand for two tabs: each has its own `window` that hears the browser's
  // `storage` events when the other writes, and those arrive as tasks, after both have saved.
  async function frame(): Promise<Window> {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = '<!doctype html><title>tab</title>';
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    return iframe.contentWindow!;
  }
  const key = `plc-kit:two-tabs-${Date.now()}:workspace`;
  afterEach(() => {
    localStorage.removeItem(key);
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('keeps both changes when both documents save in the same task', async () => {
    const [one, two] = [await frame(), await frame()];
    const open = (win: Window) => new WorkspaceStore(localStorageAdapter(key, win.localStorage, win));
    const a = open(one);
    const b = open(two);
    a.update((ws) => ({ ...ws, plcs: [...ws.plcs, plc('from-a', [], { name: 'From tab A' })] }));
    a.flush();
    b.update((ws) => ({ ...ws, plcs: [...ws.plcs, plc('from-b', [], { name: 'From tab B' })] }));
    b.flush(); // written over A's save before either document has heard of the other's
    const stored = () => names(JSON.parse(localStorage.getItem(key)!));
    for (let i = 0; i < 50 && !(stored().length === 2 && names(a.state).length === 2 && names(b.state).length === 2); i++) await new Promise((r) => setTimeout(r, 20));
    expect(stored()).to.deep.equal(['From tab A', 'From tab B']);
    expect(names(a.state)).to.deep.equal(['From tab A', 'From tab B']);
    expect(names(b.state)).to.deep.equal(['From tab A', 'From tab B']);
    a.dispose();
    b.dispose();
  });
});

// The memory adapter (storage="none") keeps the workspace in this page only: the store hands it the
// text as a function, so nothing is serialised until something reads it.
import { expect } from '@open-wc/testing';
import { WorkspaceStore, memoryAdapter, readWorkspace, type Workspace } from '@plc-kit/core';

const school = (i: number) => ({ id: `s${i}`, name: `School ${i}`, cluster: 'c1' });

describe('workspace store on the memory adapter', () => {
  it('serialises only when the document is read, and then reads the latest state', async () => {
    const adapter = memoryAdapter('test:memory');
    const store = new WorkspaceStore(adapter);
    let made = 0;
    const original = adapter.writeLater!.bind(adapter);
    adapter.writeLater = (text) =>
      original(() => {
        made++;
        return text();
      });
    store.update((ws: Workspace) => ({ ...ws, schools: [school(1)] }));
    await Promise.resolve();
    store.update((ws: Workspace) => ({ ...ws, schools: [...ws.schools, school(2)] }));
    await Promise.resolve();
    expect(made, 'nothing serialised while nobody reads').to.equal(0);
    const read = readWorkspace(adapter.read()!);
    expect(made).to.equal(1);
    expect(read.workspace.schools.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    adapter.read();
    expect(made, 'read twice, serialised once').to.equal(1);
  });

  it('a second store on the same adapter starts from what the first one wrote', async () => {
    const adapter = memoryAdapter('test:memory-2');
    const first = new WorkspaceStore(adapter);
    first.update((ws: Workspace) => ({ ...ws, schools: [school(7)] }));
    await Promise.resolve();
    const second = new WorkspaceStore(adapter);
    expect(second.state.schools.map((s) => s.id)).to.deep.equal(['s7']);
  });
});

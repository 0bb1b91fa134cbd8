// Workspace load and save at design.md's size: 500 PLCs and 2,000 schools (budget 50 ms each).
import { WorkspaceStore, localStorageAdapter, readWorkspace, serializeWorkspace, emptyWorkspace, type Workspace } from '@plc-kit/core';

type Report = (row: { name: string; value: number; unit: 'ms'; budget?: number }) => void;

function bigWorkspace(): Workspace {
  const ws = emptyWorkspace();
  for (let i = 0; i < 2000; i++) ws.schools.push({ id: `s${i}`, name: `Ysgol ${i}`, cluster: `c${i % 40}`, phase: i % 5 ? 'primary' : 'secondary' });
  for (let i = 0; i < 3000; i++) ws.members.push({ id: `m${i}`, name: `Teacher ${i}`, role: 'teacher', school: `s${i % 2000}` });
  for (let i = 0; i < 500; i++) {
    ws.plcs.push({
      id: `p${i}`, name: `PLC ${i}`, kind: 'plc', members: [`m${i}`, `m${i + 500}`, `m${i + 1000}`, `m${i + 1500}`],
      schools: [`s${i}`, `s${(i * 7) % 2000}`], status: 'active', pastCycles: [], notes: 'Notes '.repeat(20),
      history: Array.from({ length: 10 }, (_, h) => ({ at: '2026-01-01T00:00:00Z', what: `change ${h}` })),
      cycle: { id: `c${i}`, model: 'wales-plc', focus: 'Reading', learnerNeed: 'Boys’ reading', needEvidence: 'Tests', question: 'Will paired reading help?',
        currentStage: 'trialling', status: 'active', impact: [], learning: '',
        stages: [{ stage: 'establish', notes: 'x'.repeat(200), evidence: [], actions: [], decisions: [] }] },
    });
  }
  return ws;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function bench(report: Report): Promise<void> {
  const text = serializeWorkspace(bigWorkspace());
  const load: number[] = [];
  const save: number[] = [];
  for (let i = 0; i < 5; i++) {
    localStorage.setItem('bench:workspace', text);
    let t = performance.now();
    const store = new WorkspaceStore(localStorageAdapter('bench:workspace'));
    load.push(performance.now() - t);
    store.update((ws) => ({ ...ws, plcs: ws.plcs.map((p, j) => (j === 0 ? { ...p, name: `Renamed ${i}` } : p)) }));
    t = performance.now();
    store.flush();
    save.push(performance.now() - t);
    store.dispose();
  }
  if (readWorkspace(text).status !== 'ok') throw new Error('bench workspace did not validate');
  report({ name: `store load (500 PLCs, 2,000 schools, ${(text.length / 1024).toFixed(0)} kB)`, value: median(load), unit: 'ms', budget: 50 });
  report({ name: 'store save (500 PLCs, 2,000 schools)', value: median(save), unit: 'ms', budget: 50 });
  localStorage.removeItem('bench:workspace');
}

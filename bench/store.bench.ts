// Workspace load and save at design.md's size: 500 PLCs and 2,000 schools (budget 50 ms each).
import { WorkspaceStore, Workspace, localStorageAdapter, migrate, readWorkspace, serializeWorkspace, emptyWorkspace } from '@plc-kit/core';
import { lostFields } from '../packages/core/src/store/lost-fields.js';

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
  // The figure above is a median of five opens in one page, so it is mostly of code V8 has begun to
  // optimise; a visitor's page opens the store once, cold, like the first of the five.
  report({ name: 'store load, first in a fresh page (what one page open costs)', value: load[0]!, unit: 'ms' });
  breakdown(text, report);
  localStorage.removeItem('bench:workspace');
}

/** Where a load's time goes, step by step as store/read does it (medians of 7, after the opens above). */
function breakdown(text: string, report: Report): void {
  const steps: Record<string, number[]> = { 'JSON.parse': [], migrate: [], 'schema parse (zod)': [], 'lost-fields check': [] };
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    const raw = JSON.parse(text);
    steps['JSON.parse']!.push(performance.now() - t);
    t = performance.now();
    const migrated = migrate(raw);
    steps.migrate!.push(performance.now() - t);
    if (!migrated.ok) throw new Error('bench workspace did not migrate');
    t = performance.now();
    const parsed = Workspace.safeParse(migrated.doc);
    steps['schema parse (zod)']!.push(performance.now() - t);
    t = performance.now();
    const lost = lostFields(migrated.doc, parsed.data);
    steps['lost-fields check']!.push(performance.now() - t);
    if (!parsed.success || lost.length) throw new Error('bench workspace did not read whole');
  }
  for (const [step, times] of Object.entries(steps)) report({ name: `store load step: ${step}`, value: median(times), unit: 'ms' });
}

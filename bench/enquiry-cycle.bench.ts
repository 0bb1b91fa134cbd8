// <plc-enquiry-cycle>: render of one PLC with 200 evidence items and 100 actions at its current stage,
// a change to it, and the overview of 500 PLCs (first render and a re-sort). Medians of 5, each timed
// through a forced style and layout of the new content, so the figure is what a user waits for.
// (The bundle size of enquiry-cycle/define.ts alone is measured by the harness.)
import {
  addMember,
  applyToPlc,
  createPlc,
  emptyWorkspace,
  insertPlc,
  setFacilitator,
  walesPlc,
  type CycleFramework,
  type Plc,
  type Workspace,
  type WorkspaceResult,
} from '@plc-kit/core';
import type { PlcEnquiryCycle } from '@plc-kit/elements';
import '@plc-kit/elements/enquiry-cycle/define.js';

type Report = (row: { name: string; value: number; unit: 'ms' | 'kB' | 'fps' | 'count'; budget?: number }) => void;

const wales = walesPlc as CycleFramework;
const T0 = new Date(2026, 0, 5, 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

function ok(result: WorkspaceResult): Workspace {
  if (!result.ok) throw new Error(result.reason.en);
  return result.workspace;
}

/** One PLC at "Trialling and feedback" with 200 evidence items and 100 actions there (a third overdue). */
function bigPlc(id: string, name: string): Workspace {
  const made = createPlc(wales, { id, name }, T0);
  if (!made.ok) throw new Error(made.reason.en);
  let ws = ok(insertPlc(emptyWorkspace(), made.plc));
  for (let m = 0; m < 6; m++) ws = ok(addMember(ws, id, { name: `Teacher ${m}`, role: 'Class teacher', school: `Ysgol ${m % 3}` }, T0));
  ws = ok(applyToPlc(ws, id, (p) => setFacilitator(p, wales, { member: p.members[0] }, T0)));
  let plc = ws.plcs[0]!;
  const stage = 'trialling-and-feedback';
  const kinds = ['data', 'observation', 'research', 'learner-work', 'other'] as const;
  plc = {
    ...plc,
    cycle: {
      ...plc.cycle!,
      learnerNeed: 'Inference',
      question: 'Does reciprocal reading help?',
      start: '2026-01-05',
      currentStage: stage,
      stages: [
        {
          stage,
          notes: 'Notes '.repeat(200),
          evidence: Array.from({ length: 200 }, (_, i) => ({
            id: `e${i + 1}`,
            title: `Observation ${i + 1}: group reading, Year 5`,
            kind: kinds[i % kinds.length]!,
            date: '2026-02-10',
            ...(i % 4 === 0 ? { url: `https://example.org/evidence/${i}` } : {}),
          })),
          actions: Array.from({ length: 100 }, (_, i) => ({
            id: `a${i + 1}`,
            what: `Action ${i + 1}: observe a session`,
            owner: plc.members[i % plc.members.length]!,
            due: i % 3 === 0 ? '2026-02-01' : '2026-04-20',
            done: i % 5 === 0,
          })),
          decisions: [{ id: 'd1', text: 'Keep groups of four' }],
        },
      ],
    },
  };
  return { ...ws, plcs: [plc] };
}

/** 500 PLCs across every stage, a few members each. */
function manyPlcs(count: number): Workspace {
  let ws = emptyWorkspace();
  const members = Array.from({ length: 1500 }, (_, i) => ({ id: `m${i}`, name: `Teacher ${i}`, school: `s${i % 200}` }));
  ws = { ...ws, members, schools: Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, name: `Ysgol ${i}` })) };
  const plcs: Plc[] = [];
  for (let i = 0; i < count; i++) {
    const made = createPlc(wales, { id: `p${i}`, name: `PLC ${i}` }, new Date(T0.getTime() + i * 60000));
    if (!made.ok) throw new Error(made.reason.en);
    const stage = wales.stages[i % wales.stages.length]!.id;
    const ids = [`m${i * 3}`, `m${i * 3 + 1}`, `m${i * 3 + 2}`];
    let plc: Plc = { ...made.plc, members: ids, cycle: { ...made.plc.cycle!, facilitator: ids[0]!, currentStage: stage } };
    plc = {
      ...plc,
      cycle: {
        ...plc.cycle!,
        stages: [{ stage, notes: '', evidence: [], decisions: [], actions: [{ id: 'a1', what: 'Observe', owner: ids[1]!, due: i % 4 ? '2026-05-01' : '2026-02-01', done: false }] }],
      },
    };
    plcs.push(plc);
  }
  return { ...ws, plcs };
}

/** Forces style and layout of what was rendered, so the figure covers everything up to painting. */
function layout(el: PlcEnquiryCycle): void {
  void el.shadowRoot!.querySelector('.base')!.getBoundingClientRect().height;
  void document.body.offsetHeight;
}

async function mount(attrs: Record<string, string>): Promise<{ el: PlcEnquiryCycle; ms: number; script: number }> {
  const el = document.createElement('plc-enquiry-cycle');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const t = performance.now();
  document.body.append(el);
  await el.updateComplete;
  const script = performance.now() - t;
  layout(el);
  const ms = performance.now() - t;
  await frame();
  return { el, ms, script };
}

export default async function bench(report: Report): Promise<void> {
  // One PLC: 200 evidence items, 100 actions.
  const ws = bigPlc('big', 'Big PLC');
  localStorage.setItem('bench-cycle:workspace', JSON.stringify(ws));
  const first: number[] = [];
  const firstScript: number[] = [];
  const change: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { el, ms, script } = await mount({ plc: 'big', 'storage-key': 'bench-cycle', now: '2026-03-10T10:00:00' });
    first.push(ms);
    firstScript.push(script);
    if (el.shadowRoot!.querySelectorAll('ul.evidence li').length !== 200) throw new Error('expected 200 evidence items');
    // A change re-renders the whole PLC: tick one action done.
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('ul.actions input[type="checkbox"]:not(:checked)')!;
    const t = performance.now();
    box.click();
    await el.updateComplete;
    layout(el);
    change.push(performance.now() - t);
    el.remove();
  }
  report({ name: 'cycle: render a PLC with 200 evidence items and 100 actions (to layout)', value: median(first), unit: 'ms' });
  report({ name: 'cycle: … of which the element’s own rendering (script)', value: median(firstScript), unit: 'ms' });
  report({ name: 'cycle: re-render after ticking one action done', value: median(change), unit: 'ms' });

  // The overview: 500 PLCs.
  const many = manyPlcs(500);
  const text = JSON.stringify(many);
  const overview: number[] = [];
  const overviewScript: number[] = [];
  const sort: number[] = [];
  for (let i = 0; i < 5; i++) {
    // A fresh key each time, so the 500 PLCs are read from storage as on a page load.
    localStorage.clear();
    localStorage.setItem(`bench-overview-${i}:workspace`, text);
    const { el, ms, script } = await mount({ view: 'overview', 'storage-key': `bench-overview-${i}`, now: '2026-03-10T10:00:00' });
    overview.push(ms);
    overviewScript.push(script);
    // Every PLC is read, checked and sorted; the table shows the first page of them.
    if (el.shadowRoot!.querySelectorAll('table.overview tbody tr').length !== 100) throw new Error('expected the first 100 rows');
    const t = performance.now();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="overdue"]')!.click();
    await el.updateComplete;
    layout(el);
    sort.push(performance.now() - t);
    el.remove();
  }
  localStorage.clear();
  report({ name: 'cycle: overview of 500 PLCs, read from storage and drawn, first 100 rows (to layout)', value: median(overview), unit: 'ms' });
  report({ name: 'cycle: … of which reading storage and rendering (script)', value: median(overviewScript), unit: 'ms' });
  report({ name: 'cycle: overview of 500 PLCs, re-sort by overdue actions', value: median(sort), unit: 'ms' });
  report({ name: 'cycle: workspace of 500 PLCs, stored size', value: text.length / 1024, unit: 'kB' });
}

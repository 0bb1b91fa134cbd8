import { Workspace, WORKSPACE_VERSION } from '../schema/workspace.js';
import type { Plc } from '../schema/plc.js';
import { walesPlc } from '../frameworks/cycles/wales-plc.js';
import { plcOrNot } from '../frameworks/checklists/plc-or-not.js';
import { conditionsForSuccess } from '../frameworks/ratings/conditions-for-success.js';

export interface SampleWorkspaceOptions {
  schools?: number;
  plcs?: number;
  /** People per PLC (default 4). */
  membersPerPlc?: number;
  /** Checklist and rating responses, each (default: one per PLC). */
  responses?: number;
  seed?: number;
}

/** mulberry32: small, fast, and the same sequence everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded, valid workspace of any size, for benchmarks (design.md: load and save 500 PLCs and 2,000
 * schools), stories and tests: schools in clusters, PLCs with members from two schools and a Wales
 * PLC cycle part-way through, and checklist and rating responses. The same options give the same
 * workspace. It is already in parsed shape; `exportWorkspace` → `importWorkspace` returns it unchanged.
 */
export function sampleWorkspace(options: SampleWorkspaceOptions = {}): Workspace {
  const schoolCount = Math.max(0, Math.floor(options.schools ?? 2000));
  const plcCount = Math.max(0, Math.floor(options.plcs ?? 500));
  const perPlc = Math.max(0, Math.floor(options.membersPerPlc ?? 4));
  const responseCount = Math.max(0, Math.floor(options.responses ?? plcCount));
  const next = random(options.seed ?? 2010);
  const int = (n: number) => Math.floor(next() * n);
  const stamp = (day: number) => new Date(Date.UTC(2026, 8, 1) + day * 86_400_000).toISOString();

  const ws: Workspace = {
    version: WORKSPACE_VERSION,
    schools: [],
    members: [],
    plcs: [],
    checklistResponses: [],
    ratingResponses: [],
    pins: {},
  };
  const clusters = Math.max(1, Math.round(schoolCount / 25));
  for (let i = 0; i < schoolCount; i++) {
    ws.schools.push({
      id: `s${i}`,
      name: `Ysgol ${i}`,
      cluster: `cluster-${i % clusters}`,
      localAuthority: `la-${i % 22}`,
      phase: i % 6 === 0 ? 'secondary' : 'primary',
      lat: Math.round((51.4 + next() * 2) * 1e4) / 1e4,
      lon: Math.round((-5 + next() * 2.2) * 1e4) / 1e4,
    });
  }
  const stages = walesPlc.stages.map((s) => s.id);
  for (let p = 0; p < plcCount; p++) {
    const a = schoolCount ? int(schoolCount) : -1;
    const b = schoolCount ? int(schoolCount) : -1;
    const schools = [...new Set([a, b].filter((s) => s >= 0).map((s) => `s${s}`))];
    const members: string[] = [];
    for (let m = 0; m < perPlc; m++) {
      const id = `m${p}-${m}`;
      members.push(id);
      ws.members.push({ id, name: `Athro ${p}.${m}`, role: m === 0 ? 'facilitator' : 'teacher', ...(schools.length ? { school: schools[m % schools.length]! } : {}) });
    }
    const at = int(stages.length);
    const plc: Plc = {
      id: `p${p}`,
      name: `PLC ${p}`,
      kind: 'plc',
      focusArea: 'Reading',
      members,
      schools,
      status: 'active',
      pastCycles: [],
      history: [{ at: stamp(0), what: 'Formed', kind: 'created' }],
      notes: '',
      cycle: {
        id: `c${p}`,
        model: walesPlc.id,
        focus: 'Boys’ reading for pleasure',
        learnerNeed: 'Reading ages of Year 5 boys below their peers',
        needEvidence: 'Reading tests, autumn term',
        question: 'Will paired reading raise boys’ reading ages?',
        ...(members[0] ? { facilitator: members[0] } : {}),
        start: stamp(0).slice(0, 10),
        currentStage: stages[at]!,
        status: 'active',
        stages: stages.slice(0, at + 1).map((stage, s) => ({
          stage,
          notes: `Notes for ${stage}`,
          evidence: s % 2 ? [{ id: `e${p}-${s}`, title: 'Reading test results', kind: 'data' as const, date: stamp(s * 7).slice(0, 10) }] : [],
          actions: [{ id: `a${p}-${s}`, what: 'Agree next steps', done: s < at }],
          decisions: [],
        })),
        impact: [{ id: `i${p}`, name: 'Mean reading age (months)', baseline: 100 + int(20), target: 112 }],
        learning: '',
      },
    };
    ws.plcs.push(plc);
  }
  const items = plcOrNot.items.map((i) => i.id);
  const axes = conditionsForSuccess.axes.map((a) => a.id);
  for (let r = 0; r < responseCount; r++) {
    const plc = plcCount ? `p${r % plcCount}` : undefined;
    ws.checklistResponses.push({
      id: `cr${r}`,
      framework: plcOrNot.id,
      ...(plc ? { plc } : {}),
      answers: Object.fromEntries(items.map((id) => [id, 1 + int(4)])),
      updatedAt: stamp(r % 90),
    });
    ws.ratingResponses.push({
      id: `rr${r}`,
      framework: conditionsForSuccess.id,
      ...(plc ? { plc } : {}),
      wave: r % 2 ? 'end' : 'start',
      subgroup: r % 3 ? 'teachers' : 'leaders',
      ratings: Object.fromEntries(axes.map((id) => [id, 1 + int(4)])),
      at: stamp(r % 90),
    });
  }
  return ws;
}

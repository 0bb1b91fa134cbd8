// Hostile data for every place a user's text can be stored: a valid workspace whose every free-text
// field carries a payload from the XSS corpus, and frameworks of each kind whose every wording is one.
import { Workspace, WORKSPACE_VERSION, DEFAULT_CYCLE, type Plc } from '@plc-kit/core';
import { cycleFrameworks } from '@plc-kit/core/frameworks';
import { PAYLOADS, SAFE_URLS, ID_LIKE } from './xss-corpus.js';

/** The corpus, round and round: the n-th payload, cut to fit a field's limit. */
export function payload(n: number, max = 20000): string {
  return PAYLOADS[n % PAYLOADS.length]!.text.slice(0, max);
}

/**
 * A valid workspace (it parses whole: nothing is dropped) in which every text a user can type is a
 * payload: school names and clusters, people, PLC names, focus areas and notes, a cycle at its third
 * stage with notes, evidence (safe links only: a hostile link cannot be stored, see `badLinkPlc`),
 * actions, decisions, impact measures and history, and responses' respondents, groups and time points.
 * PLC `p-hostile` holds the cycle; `p-0` … are the others.
 */
export function hostileWorkspace(): Workspace {
  let n = 0;
  const next = (max?: number) => payload(n++, max);
  const schools = PAYLOADS.map((_, i) => ({ id: `s-${i}`, name: next(500), cluster: next(200), localAuthority: next(200), phase: 'primary' as const }));
  const members = PAYLOADS.slice(0, 12).map((_, i) => ({ id: `m-${i}`, name: next(500), role: next(200), school: schools[i % schools.length]!.id }));
  const model = cycleFrameworks[DEFAULT_CYCLE]!;
  const stages = model.stages.map((s) => s.id);
  const at = Math.min(2, stages.length - 1);
  const record = (stage: string) => ({
    stage,
    notes: PAYLOADS.map((p) => p.text).join('\n'),
    evidence: [
      ...SAFE_URLS.map((url, i) => ({ id: `e-${stage}-${i}`, title: next(500), url, kind: 'data' as const, date: '2026-10-01' })),
      { id: `e-${stage}-nolink`, title: next(500), kind: 'observation' as const },
    ],
    actions: [0, 1, 2].map((i) => ({ id: `a-${stage}-${i}`, what: next(500), owner: members[i]!.id, due: '2026-11-01', done: i === 0 })),
    decisions: [0, 1].map((i) => ({ id: `d-${stage}-${i}`, text: next(500), date: '2026-10-02' })),
  });
  const hostile: Plc = {
    id: 'p-hostile',
    name: next(500),
    kind: 'plc',
    focusArea: next(200),
    members: members.map((m) => m.id),
    schools: schools.slice(0, 4).map((s) => s.id),
    status: 'active',
    notes: PAYLOADS.map((p) => p.text).join('\n'),
    pastCycles: [],
    history: PAYLOADS.slice(0, 10).map((p, i) => ({ at: `2026-09-${String(i + 1).padStart(2, '0')}T09:00:00Z`, what: p.text.slice(0, 2000), kind: 'note', by: next(200), reason: next() })),
    cycle: {
      id: 'c-hostile',
      model: model.id,
      focus: next(),
      learnerNeed: next(),
      needEvidence: next(),
      question: next(),
      facilitator: members[0]!.id,
      start: '2026-09-01',
      review: '2027-07-01',
      currentStage: stages[at]!,
      status: 'active',
      stages: stages.slice(0, at + 1).map(record),
      impact: [0, 1].map((i) => ({ id: `i-${i}`, name: next(500), unit: next(50), baseline: 10 + i, target: 20, latest: 15 })),
      learning: next(),
    },
  };
  const others: Plc[] = PAYLOADS.slice(0, 8).map((_, i) => ({
    id: `p-${i}`,
    name: next(500),
    kind: 'plc',
    focusArea: next(200),
    members: [members[i % members.length]!.id],
    schools: [schools[i]!.id, schools[(i + 5) % schools.length]!.id],
    status: 'active',
    notes: next(),
    pastCycles: [],
    history: [],
  }));
  const ws = {
    version: WORKSPACE_VERSION,
    schools,
    members,
    plcs: [hostile, ...others],
    checklistResponses: [],
    ratingResponses: PAYLOADS.slice(0, 6).map((_, i) => ({
      id: `r-${i}`,
      framework: 'conditions-for-success',
      plc: i % 2 ? 'p-hostile' : 'p-0',
      respondent: next(200),
      subgroup: next(200),
      wave: next(200),
      comment: next(),
      ratings: {},
      at: '2026-09-10T09:00:00Z',
    })),
    pins: { [ID_LIKE]: { [schools[0]!.id]: { x: 1, y: 2 } } },
  };
  const parsed = Workspace.safeParse(ws);
  if (!parsed.success) throw new Error(`the hostile workspace must be valid: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  return parsed.data;
}

/** A stored PLC whose evidence links are hostile: the schema refuses it, so it is left out on reading. */
export function badLinkPlc(urls: readonly string[]): Record<string, unknown> {
  return {
    id: 'p-badlinks',
    name: 'Bad links',
    cycle: {
      id: 'c-badlinks',
      model: DEFAULT_CYCLE,
      currentStage: cycleFrameworks[DEFAULT_CYCLE]!.stages[0]!.id,
      stages: [{ stage: cycleFrameworks[DEFAULT_CYCLE]!.stages[0]!.id, evidence: urls.map((url, i) => ({ id: `bad-${i}`, title: `Bad ${i}`, url, kind: 'data' })) }],
    },
  };
}

const local = (n: number, max = 5000) => ({ en: payload(n, max), cy: payload(n + 1, max) });

/** A framework of the given kind, valid, whose every wording (and citation) is a payload. */
export function hostileFramework(kind: 'checklist' | 'rating' | 'cycle', id = `hostile-${kind}`): Record<string, unknown> {
  let n = 0;
  const t = (max?: number) => local(n++, max);
  const base = { id, kind, title: t(), description: t(), source: { citation: payload(n++, 2000), url: `javascript:top.__xssTrap(0)` } };
  if (kind === 'checklist') {
    return {
      ...base,
      items: PAYLOADS.slice(0, 12).map((_, i) => ({ id: `item-${i}`, plc: t(), not: t(), strengthen: t() })),
      bands: [
        { id: 'low', min: 0, label: t(), summary: t() },
        { id: 'high', min: 0.5, label: t(), summary: t() },
      ],
    };
  }
  if (kind === 'rating') {
    return {
      ...base,
      axes: PAYLOADS.slice(0, 6).map((_, i) => ({ id: `axis-${i}`, label: t(), description: t(), group: i % 2 ? 'g1' : 'g2' })),
      groups: [
        { id: 'g1', label: t() },
        { id: 'g2', label: t() },
      ],
      scale: { min: 1, max: 4, points: [1, 2, 3, 4].map((value) => ({ value, label: t() })) },
      reference: { value: 3, label: t() },
    };
  }
  return {
    ...base,
    stages: PAYLOADS.slice(0, 5).map((_, i) => ({ id: `stage-${i}`, label: t(), description: t(), prompts: [t(), t()], criteria: [{ check: 'notes', label: t() }] })),
    completion: [{ check: 'learning', label: t() }],
  };
}

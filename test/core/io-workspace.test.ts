import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  Workspace,
  emptyWorkspace,
  exportWorkspace,
  importWorkspace,
  importWorkspaceValue,
  readWorkspace,
  readWorkspaceValue,
  sampleWorkspace,
  WORKSPACE_VERSION,
  type WorkspaceInput,
} from '@plc-kit/core';

// ---- arbitraries for valid workspaces -------------------------------------------------------
const id = fc.stringMatching(/^[a-z0-9][a-z0-9_.:-]{0,11}$/);
const text = (max = 40) => fc.string({ maxLength: max });
const name = fc.string({ minLength: 1, maxLength: 30 });
/** JSON turns -0 into 0; a workspace never needs -0, so generate without it. */
const num = (min?: number, max?: number) =>
  fc.double({ noNaN: true, noDefaultInfinity: true, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }).map((v) => (Object.is(v, -0) ? 0 : v));
const isoDate = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
const isoTime = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }).map((t) => new Date(t).toISOString());
const opt = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, required: (keyof T)[]) => fc.record(model, { requiredKeys: required as never });

const school = opt(
  {
    id,
    name,
    cluster: text(),
    localAuthority: text(),
    phase: fc.constantFrom('nursery', 'primary', 'secondary', 'all-age', 'special', 'further', 'other'),
    lat: num(-90, 90),
    lon: num(-180, 180),
  },
  ['id', 'name'],
);
const member = opt({ id, name, role: text(), school: id }, ['id', 'name']);
const evidence = opt(
  { id, title: name, url: fc.webUrl(), date: isoDate, kind: fc.constantFrom('data', 'observation', 'research', 'learner-work', 'other') },
  ['id', 'title', 'kind'],
);
const stageRecord = fc.record({
  stage: id,
  notes: text(),
  evidence: fc.array(evidence, { maxLength: 2 }),
  actions: fc.array(opt({ id, what: name, owner: id, due: isoDate, done: fc.boolean() }, ['id', 'what', 'done']), { maxLength: 2 }),
  decisions: fc.array(opt({ id, text: name, date: isoDate }, ['id', 'text']), { maxLength: 2 }),
});
const impact = opt(
  { id, name, unit: text(10), baseline: num(), target: num(), latest: num(), baselineDate: isoDate, latestDate: isoDate },
  ['id', 'name'],
);
const cycle = opt(
  {
    id,
    model: id,
    focus: text(),
    learnerNeed: text(),
    needEvidence: text(),
    question: text(),
    facilitator: id,
    start: isoDate,
    review: isoDate,
    currentStage: id,
    status: fc.constantFrom('active', 'completed', 'archived'),
    stages: fc.array(stageRecord, { maxLength: 2 }),
    impact: fc.array(impact, { maxLength: 2 }),
    learning: text(),
    completedAt: isoTime,
  },
  ['id', 'model', 'currentStage'],
);
const history = opt({ at: isoTime, what: text(), kind: text(10), by: text(10), from: id, to: id, reason: text() }, ['at', 'what']);
const plc = opt(
  {
    id,
    name,
    kind: fc.constantFrom('plc', 'network', 'data-team', 'community-of-practice'),
    focusArea: text(),
    members: fc.array(id, { maxLength: 4 }),
    schools: fc.array(id, { maxLength: 4 }),
    status: fc.constantFrom('forming', 'active', 'completed', 'disbanded'),
    cycle,
    pastCycles: fc.array(cycle, { maxLength: 1 }),
    history: fc.array(history, { maxLength: 2 }),
    notes: text(),
    updatedAt: isoTime,
  },
  ['id', 'name'],
);
const checklistResponse = opt(
  {
    id,
    framework: id,
    plc: id,
    respondent: text(),
    answers: fc.dictionary(id, fc.integer({ min: 1, max: 4 }), { maxKeys: 4 }),
    startedAt: isoTime,
    updatedAt: isoTime,
    completedAt: isoTime,
  },
  ['id', 'framework', 'answers', 'updatedAt'],
);
const ratingResponse = opt(
  {
    id,
    framework: id,
    plc: id,
    respondent: text(),
    subgroup: text(),
    wave: text(),
    ratings: fc.dictionary(text(10), fc.option(num(1, 4), { nil: null }), { maxKeys: 4 }),
    comment: text(),
    at: isoTime,
  },
  ['id', 'framework', 'ratings', 'at'],
);
const workspaceInput: fc.Arbitrary<WorkspaceInput> = opt(
  {
    version: fc.constant(WORKSPACE_VERSION as 1),
    schools: fc.array(school, { maxLength: 4 }),
    members: fc.array(member, { maxLength: 4 }),
    plcs: fc.array(plc, { maxLength: 3 }),
    checklistResponses: fc.array(checklistResponse, { maxLength: 3 }),
    ratingResponses: fc.array(ratingResponse, { maxLength: 3 }),
    pins: fc.dictionary(text(10), fc.dictionary(text(10), fc.record({ x: num(), y: num() }), { maxKeys: 3 }), { maxKeys: 2 }),
    updatedAt: isoTime,
  },
  ['version'],
) as fc.Arbitrary<WorkspaceInput>;
const workspace = workspaceInput.map((input) => Workspace.parse(input));

// ---- tests ------------------------------------------------------------------------------------
describe('exportWorkspace → importWorkspace', () => {
  it('round-trips any workspace unchanged (property)', () => {
    fc.assert(
      fc.property(workspace, fc.boolean(), (ws, pretty) => {
        const result = importWorkspace(exportWorkspace(ws, { pretty }));
        expect(result.ok).to.equal(true);
        if (!result.ok) return;
        expect(result.problems).to.deep.equal([]);
        expect(result.dropped).to.equal(0);
        expect(result.migratedFrom).to.equal(undefined);
        expect(result.workspace).to.deep.equal(ws);
      }),
      { numRuns: 150 },
    );
  });

  it('exports readable, indented JSON by default', () => {
    expect(exportWorkspace(emptyWorkspace())).to.contain('\n  "version": 1');
  });
});

describe('importWorkspace', () => {
  it('reports JSON syntax errors with line and column', () => {
    const result = importWorkspace('{\n  "version": 1,\n  "schools": [,]\n}');
    expect(result.ok).to.equal(false);
    expect(result.problems[0]).to.deep.include({ line: 3, column: 15 });
    expect(result.workspace).to.deep.equal(emptyWorkspace());
  });

  it('refuses a workspace from a newer kit, and a non-workspace', () => {
    const newer = importWorkspace(JSON.stringify({ version: 99 }));
    expect(newer.ok).to.equal(false);
    expect(newer.problems[0]!.path).to.equal('version');
    expect(newer.problems[0]!.message.en).to.contain('newer version').and.to.contain('99');
    expect(newer.problems[0]!.message.cy).to.contain('99');
    for (const text of ['[]', '3', '"x"', 'null', '{"hello":1}', '{}', '{"version":"1","plcs":[]}']) expect(importWorkspace(text).problems[0]!.message.en, text).to.match(/not a PLC Kit workspace/);
  });

  it('migrates a version-0 document', () => {
    const v0 = {
      schools: [{ id: 's1', name: 'One' }],
      responses: [
        { type: 'checklist', id: 'c1', framework: 'plc-or-not', answers: { a: 4 }, updatedAt: '2026-01-01' },
        { type: 'rating', id: 'r1', framework: 'conditions-for-success', ratings: { trust: 3 }, at: '2026-01-01' },
      ],
    };
    const result = importWorkspace(JSON.stringify(v0));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.migratedFrom).to.equal(0);
    expect(result.workspace.checklistResponses.map((r) => r.id)).to.deep.equal(['c1']);
    expect(result.workspace.ratingResponses.map((r) => r.id)).to.deep.equal(['r1']);
  });

  it('keeps the good entries and lists each bad one by path, in both languages', () => {
    const doc = {
      version: 1,
      schools: [{ id: 's1', name: 'One' }, { id: 'bad id', name: '' }, { id: 's3', name: 'Three', lat: 200 }],
      members: 'nobody',
      plcs: [{ id: 'p1', name: 'Reading', members: ['m1'] }, { id: 'p2' }],
    };
    const result = importWorkspace(JSON.stringify(doc));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.workspace.schools.map((s) => s.id)).to.deep.equal(['s1']);
    expect(result.workspace.plcs.map((p) => p.id)).to.deep.equal(['p1']);
    expect(result.dropped).to.equal(4);
    const at = (path: string) => result.problems.filter((p) => p.path === path);
    expect(at('schools[1].id')[0]!.message.en).to.match(/no spaces/);
    expect(at('schools[1].name')[0]!.message.en).to.match(/empty/);
    expect(at('schools[2].lat')[0]!.message.en).to.match(/90 or less/);
    expect(at('members')[0]!.message.en).to.match(/list/);
    expect(at('plcs[1].name')[0]!.message.en).to.match(/missing/);
    expect(at('schools[1]')[0]!.message.en).to.match(/left out/);
    for (const p of result.problems) expect(p.message.cy ?? '').to.not.equal('');
  });
});

describe('never throws (property)', () => {
  const jsonish = fc.oneof(
    fc.string(),
    fc.json(),
    workspace.map((ws) => exportWorkspace(ws)),
    // valid workspaces with one part replaced by anything JSON can hold
    fc.tuple(workspace, fc.constantFrom('schools', 'members', 'plcs', 'checklistResponses', 'ratingResponses', 'pins', 'version', 'updatedAt'), fc.jsonValue()).map(
      ([ws, key, value]) => JSON.stringify({ ...ws, [key]: value }),
    ),
    fc.tuple(workspace, fc.jsonValue()).map(([ws, value]) => JSON.stringify({ ...ws, plcs: [...ws.plcs, value], schools: [value, ...ws.schools] })),
  );

  it('importWorkspace and readWorkspace, for any text', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        const imported = importWorkspace(text);
        expect(typeof imported.ok).to.equal('boolean');
        expect(Workspace.safeParse(imported.workspace).success).to.equal(true);
        for (const p of imported.problems) {
          expect(p.path).to.be.a('string');
          expect(p.message.en).to.be.a('string').and.not.equal('');
          expect(p.message.cy).to.be.a('string').and.not.equal('');
        }
        const read = readWorkspace(text);
        expect(['ok', 'salvaged', 'unreadable']).to.include(read.status);
        expect(Workspace.safeParse(read.workspace).success).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('importWorkspaceValue and readWorkspaceValue, for any value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true, withMap: true }), (value) => {
        expect(typeof importWorkspaceValue(value).ok).to.equal('boolean');
        expect(['ok', 'salvaged', 'unreadable']).to.include(readWorkspaceValue(value).status);
      }),
      { numRuns: 300 },
    );
  });

  it('non-text input', () => {
    for (const value of [undefined, null, 42, {}, []]) expect(importWorkspace(value).ok).to.equal(false);
  });
});

describe('sampleWorkspace', () => {
  it('is valid, already parsed, seeded and survives export → import', () => {
    const ws = sampleWorkspace({ schools: 200, plcs: 50, responses: 30, seed: 7 });
    expect(ws.schools).to.have.length(200);
    expect(ws.plcs).to.have.length(50);
    expect(ws.checklistResponses).to.have.length(30);
    expect(Workspace.parse(ws)).to.deep.equal(ws);
    expect(sampleWorkspace({ schools: 200, plcs: 50, responses: 30, seed: 7 })).to.deep.equal(ws);
    expect(sampleWorkspace({ schools: 200, plcs: 50, responses: 30, seed: 8 })).to.not.deep.equal(ws);
    const back = importWorkspace(exportWorkspace(ws));
    expect(back.ok && back.workspace).to.deep.equal(ws);
  });

  it('builds the design.md store size (500 PLCs, 2,000 schools) and empty ones', () => {
    const big = sampleWorkspace();
    expect([big.schools.length, big.plcs.length]).to.deep.equal([2000, 500]);
    const t = performance.now();
    const result = importWorkspace(exportWorkspace(big, { pretty: false }));
    const ms = performance.now() - t;
    expect(result.ok).to.equal(true);
    console.info(`import of 500 PLCs / 2,000 schools: ${ms.toFixed(1)} ms`);
    expect(Workspace.safeParse(sampleWorkspace({ schools: 0, plcs: 0 })).success).to.equal(true);
    expect(Workspace.safeParse(sampleWorkspace({ schools: 0, plcs: 3 })).success).to.equal(true);
  });
});

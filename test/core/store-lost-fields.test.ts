// The read's check that nothing stored is dropped (store/lost-fields) answers most reads with a quick
// yes/no walk and looks for where only when that walk finds a difference. These tests hold the quick
// walk to the same answers as the full one: anything the schema strips, however deep, still makes the
// read `salvaged`, with the place it was found.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readWorkspace, readWorkspaceValue, sampleWorkspace, serializeWorkspace } from '@plc-kit/core';

const text = serializeWorkspace(sampleWorkspace({ schools: 12, plcs: 5, seed: 7 }));

/** Every object in a JSON value with its path from the root: the places a newer kit could add a field. */
function objectPaths(value: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  if (Array.isArray(value)) value.forEach((item, i) => objectPaths(item, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    out.push(path);
    for (const [key, item] of Object.entries(value)) objectPaths(item, [...path, key], out);
  }
  return out;
}

function at(root: unknown, path: PropertyKey[]): Record<string, unknown> {
  return path.reduce((node: any, key) => node[key], root) as Record<string, unknown>;
}

describe('store: nothing stored is dropped silently (lost fields)', () => {
  it('reads what this kit wrote as whole', () => {
    expect(readWorkspace(text).status).to.equal('ok');
  });

  it('a field added deep in a stored entry makes the read salvaged, naming where it was', () => {
    const doc = JSON.parse(text);
    const plc = doc.plcs.findIndex((p: { cycle?: { stages: unknown[] } }) => p.cycle?.stages.length);
    expect(plc, 'the sample has a PLC with a cycle stage').to.be.at.least(0);
    doc.plcs[plc].cycle.stages[0].colour = 'teal';
    const read = readWorkspace(JSON.stringify(doc));
    expect(read.status).to.equal('salvaged');
    if (read.status !== 'salvaged') return;
    expect(read.dropped).to.equal(1);
    expect(read.issues).to.deep.equal([{ code: 'unrecognized_keys', keys: ['colour'], path: ['plcs', plc, 'cycle', 'stages', 0] }]);
    expect(read.problems).to.deep.equal([`plcs.${plc}.cycle.stages.0: unknown colour`]);
  });

  it('an unknown field at any object of a stored workspace is found, and only there', () => {
    // Records (map pins, checklist answers, ratings) take any key, so a new one is data, not a lost field.
    const records = new Set<PropertyKey>(['pins', 'answers', 'ratings']);
    const paths = objectPaths(JSON.parse(text)).filter((path) => !records.has(path[path.length - 1]!));
    expect(paths.length, 'the sample has objects at many depths').to.be.greaterThan(50);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const doc = JSON.parse(text);
        at(doc, path).zzFromANewerKit = value;
        const read = readWorkspace(JSON.stringify(doc));
        if (read.status !== 'salvaged') return expect.fail(`nothing found at ${path.join('.')}`);
        expect(read.issues).to.deep.equal([{ code: 'unrecognized_keys', keys: ['zzFromANewerKit'], path }]);
      }),
      { numRuns: 150 },
    );
  });

  it('finds every place that lost something, not only the first', () => {
    const doc = JSON.parse(text);
    doc.extra = 1;
    doc.schools[0].extra = 2;
    doc.schools[3].extra = 3;
    const read = readWorkspace(JSON.stringify(doc));
    expect(read.status).to.equal('salvaged');
    if (read.status !== 'salvaged') return;
    expect(read.issues.map((i) => i.path)).to.deep.equal([['schools', 0], ['schools', 3], []]);
  });

  it('counts only a value’s own fields, as it was written: one inherited from a prototype is not stored data', () => {
    const doc = Object.assign(Object.create({ inherited: 'not stored' }), JSON.parse(text));
    expect(readWorkspaceValue(doc).status).to.equal('ok');
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checklistFrameworks,
  parseFramework,
  parseFrameworkJson,
  formatPath,
  MAX_PROBLEMS,
  type Problem,
} from '@plc-kit/core';
import { cycleFrameworks, ratingFrameworks } from '@plc-kit/core/frameworks';

const clone = <T>(value: T): T => structuredClone(value) as T;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const checklist = (): Loose => clone(checklistFrameworks['plc-or-not']);
const rating = (): Loose => clone(ratingFrameworks['effective-professional-learning']);
const cycle = (): Loose => clone(cycleFrameworks['wales-plc']);

function problemsOf(input: unknown, options?: Parameters<typeof parseFramework>[1]): Problem[] {
  const result = parseFramework(input, options);
  expect(result.ok, 'expected problems').to.equal(false);
  return result.ok ? [] : result.problems;
}
function problemAt(problems: Problem[], path: string): Problem {
  const found = problems.find((p) => p.path === path);
  expect(found, `a problem at ${path}; got ${problems.map((p) => p.path).join(', ')}`).to.not.equal(undefined);
  expect(found!.message.en).to.not.match(/invalid input/i);
  expect(found!.message.cy ?? '').to.not.equal('');
  expect(found!.message.cy).to.not.equal(found!.message.en);
  return found!;
}

describe('parseFramework', () => {
  it('accepts a valid user framework and fills defaults', () => {
    const input = {
      id: 'mine',
      kind: 'cycle',
      title: { en: 'My cycle' },
      source: { citation: 'Our own' },
      stages: [
        { id: 'a', label: { en: 'A' }, prompts: [] },
        { id: 'b', label: { en: 'B' }, prompts: [{ en: 'Why?' }] },
      ],
    };
    const result = parseFramework(input, { kind: 'cycle' });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.framework.heuristic).to.equal(false);
      expect(result.framework.completion).to.deep.equal([]);
      expect(result.framework.stages[0]!.criteria).to.deep.equal([]);
    }
  });

  it('reports a non-object and an unknown kind', () => {
    for (const input of [null, 3, 'x', [], undefined]) problemAt(problemsOf(input), '');
    problemAt(problemsOf({ id: 'x' }), 'kind');
    problemAt(problemsOf({ id: 'x', kind: 'survey' }), 'kind');
  });

  it('reports the wrong kind for the element asking', () => {
    const p = problemAt(problemsOf(cycle(), { kind: 'rating' }), 'kind');
    expect(p.message.en).to.contain('rating').and.to.contain('cycle');
    expect(p.message.cy).to.contain('sgorio').and.to.contain('cylch');
  });

  it('names a misspelt field instead of silently dropping it', () => {
    const f = checklist();
    f.descripton = f.description;
    f.items[1].strenghten = 'typo';
    const problems = problemsOf(f);
    expect(problems.map((p) => p.message.en).join(' | ')).to.contain('descripton').and.to.contain('strenghten');
  });

  it('invalid_type: missing fields and wrong types, by path', () => {
    const f = checklist();
    delete f.items[6].strengthen;
    f.items[2].plc = 'just text';
    f.heuristic = 'yes';
    const problems = problemsOf(f);
    expect(problemAt(problems, 'items[6].strengthen').message.en).to.match(/missing/i);
    expect(problemAt(problems, 'items[2].plc').message.en).to.match(/group of fields.*found text/);
    expect(problemAt(problems, 'heuristic').message.en).to.match(/true or false/);
  });

  it('too_small / too_big: empty text, short and long lists, numbers out of range', () => {
    const f = checklist();
    f.items[3].plc.en = '';
    f.bands[2].min = 1.5;
    f.bands[1].min = -1;
    f.title.cy = 'x'.repeat(5001);
    const problems = problemsOf(f);
    expect(problemAt(problems, 'items[3].plc.en').message.en).to.match(/empty/);
    expect(problemAt(problems, 'bands[2].min').message.en).to.match(/1 or less/);
    expect(problemAt(problems, 'bands[1].min').message.en).to.match(/0 or more/);
    expect(problemAt(problems, 'title.cy').message.en).to.match(/too long.*5,000/);

    const r = rating();
    r.axes = r.axes.slice(0, 2);
    expect(problemAt(problemsOf(r), 'axes').message.en).to.match(/at least 3.*has 2/);
    const r2 = rating();
    r2.axes = Array.from({ length: 13 }, (_, i) => ({ id: `a${i}`, label: { en: 'x' }, description: { en: 'y' } }));
    expect(problemAt(problemsOf(r2), 'axes').message.en).to.match(/at most 12.*has 13/);
  });

  it('a source note is wording like any other: English required, both languages bounded, no stray fields', () => {
    const own = cycle();
    own.source = { citation: 'Our cluster (2026).', note: { en: 'Adapted from the Wales PLC model.' } };
    const result = parseFramework(own, { kind: 'cycle' });
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    if (result.ok) expect(result.framework.source.note).to.deep.equal({ en: 'Adapted from the Wales PLC model.' });

    const noEnglish = cycle();
    noEnglish.source.note = { cy: 'Wedi’i addasu.' };
    expect(problemAt(problemsOf(noEnglish), 'source.note.en').message.en).to.match(/missing/i);
    const tooLong = cycle();
    tooLong.source.note.cy = 'x'.repeat(5001);
    expect(problemAt(problemsOf(tooLong), 'source.note.cy').message.en).to.match(/too long.*5,000/);
    const notText = cycle();
    notText.source.note = 'Our own words';
    expect(problemAt(problemsOf(notText), 'source.note').message.en).to.match(/group of fields.*found text/);
    const misspelt = cycle();
    misspelt.source.notes = misspelt.source.note;
    expect(problemsOf(misspelt).map((p) => p.message.en).join(' | ')).to.contain('notes');
  });

  it('invalid_value: an unknown completion check lists the choices', () => {
    const c = cycle();
    c.stages[0].criteria[0].check = 'vibes';
    const p = problemAt(problemsOf(c), 'stages[0].criteria[0].check');
    expect(p.message.en).to.contain('"impact-recorded"');
  });

  it('invalid_format: an id with spaces', () => {
    const c = cycle();
    c.stages[1].id = 'has space';
    expect(problemAt(problemsOf(c), 'stages[1].id').message.en).to.match(/no spaces/);
  });

  it('duplicate item, axis, stage, band and group ids', () => {
    const f = checklist();
    f.items[4].id = f.items[0].id;
    f.bands[2].id = 'emerging';
    let problems = problemsOf(f);
    expect(problemAt(problems, 'items[4].id').message.en).to.contain('items[0]');
    problemAt(problems, 'bands[2].id');

    const r = rating();
    r.axes[9].id = r.axes[1].id;
    r.groups[2].id = 'quality-content';
    problems = problemsOf(r);
    expect(problemAt(problems, 'axes[9].id').message.en).to.contain('axes[1]');
    problemAt(problems, 'groups[2].id');

    const c = cycle();
    c.stages[8].id = 'establish';
    problemAt(problemsOf(c), 'stages[8].id');
  });

  it('scale: min < max, points inside it and distinct, reference inside it, axis groups known', () => {
    let r = rating();
    r.scale.min = 4;
    r.scale.max = 1;
    problemAt(problemsOf(r), 'scale.max');

    r = rating();
    r.scale.points[3].value = 7;
    r.scale.points[1].value = 1;
    r.reference.value = 0;
    r.axes[0].group = 'nowhere';
    const problems = problemsOf(r);
    expect(problemAt(problems, 'scale.points[3].value').message.en).to.match(/outside the scale \(1 to 4\)/);
    expect(problemAt(problems, 'scale.points[1].value').message.en).to.contain('scale.points[0]');
    problemAt(problems, 'reference.value');
    problemAt(problems, 'axes[0].group');
  });

  it('bands: distinct mins, and one starting at 0', () => {
    let f = checklist();
    f.bands[1].min = 0.8;
    expect(problemAt(problemsOf(f), 'bands[2].min').message.en).to.contain('bands[1]');
    f = checklist();
    f.bands[0].min = 0.1;
    problemAt(problemsOf(f), 'bands');
  });

  it('unrecognized_keys and custom messages are worded for people (unit check of the mapping)', async () => {
    const { describeIssue } = await import('@plc-kit/core');
    expect(describeIssue({ code: 'unrecognized_keys', keys: ['colour'], path: [] }, {}).message.en).to.contain('"colour"');
    expect(describeIssue({ code: 'custom', message: 'link must start with http://, https:// or mailto:', path: ['url'] }, { url: 'javascript:x' }).message.cy).to.contain('mailto');
    expect(describeIssue({ code: 'invalid_union', path: ['x'] }, { x: 1 }).message.en).to.match(/accepted forms/);
    expect(describeIssue({ code: 'something_new', path: ['x'] }, { x: 1 }).message.en).to.match(/not valid/);
  });

  it('lists at most MAX_PROBLEMS problems, then says how many more', () => {
    const f = checklist();
    f.items = Array.from({ length: 600 }, () => ({ id: 'same', plc: { en: '' }, strengthen: { en: '' } }));
    const problems = problemsOf(f);
    expect(problems.length).to.equal(MAX_PROBLEMS + 1);
    expect(problems.at(-1)!.message.en).to.match(/more problems/);
  });

  it('formats paths for people', () => {
    expect(formatPath(['items', 3, 'plc', 'en'])).to.equal('items[3].plc.en');
    expect(formatPath(['pins', 'map one', 'x'])).to.equal('pins["map one"].x');
    expect(formatPath([])).to.equal('');
  });
});

describe('parseFrameworkJson', () => {
  it('reads good JSON', () => {
    const result = parseFrameworkJson(JSON.stringify(cycleFrameworks['lesson-study']), { kind: 'cycle' });
    expect(result.ok).to.equal(true);
  });

  it('reports a syntax error with its line and column, in both languages', () => {
    const result = parseFrameworkJson('{\n  "kind": "cycle",\n  "id": oops\n}');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const [problem] = result.problems;
    expect(problem!.line).to.equal(3);
    expect(problem!.column).to.equal(9);
    expect(problem!.message.en).to.contain('line 3, column 9');
    expect(problem!.message.cy).to.contain('llinell 3, colofn 9');
  });

  it('reports text that ends too soon, empty text and non-text', () => {
    for (const [text, pattern] of [
      ['{"kind": "cycle"', /ends too soon/],
      ['   ', /nothing here/],
      [42, /as text/],
    ] as const) {
      const result = parseFrameworkJson(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems[0]!.message.en).to.match(pattern);
    }
  });
});

describe('parseFramework never throws (property)', () => {
  const check = (value: unknown) => {
    const result = parseFramework(value);
    expect(typeof result.ok).to.equal('boolean');
    if (!result.ok) {
      expect(result.problems.length).to.be.greaterThan(0);
      for (const p of result.problems) {
        expect(p.path).to.be.a('string');
        expect(p.message.en).to.be.a('string').and.not.equal('');
        expect(p.message.cy).to.be.a('string').and.not.equal('');
      }
    }
  };

  it('for any JSON-like value', () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 300 });
  });

  it('for any value at all, including odd objects', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }), check), {
      numRuns: 300,
    });
  });

  it('for built-in frameworks with one field replaced by anything', () => {
    const bases = [checklist(), rating(), cycle()];
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => [[...prefix, Array.isArray(value) ? Number(k) : k], ...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k])])
        : [];
    const all = bases.map((b) => ({ base: b, paths: paths(b) }));
    fc.assert(
      fc.property(fc.nat(2), fc.nat(), fc.jsonValue(), (which, pick, replacement) => {
        const { base, paths: list } = all[which]!;
        const doc = clone(base);
        const path = list[pick % list.length]!;
        let target = doc;
        for (const part of path.slice(0, -1)) target = target[part];
        target[path.at(-1)!] = replacement;
        check(doc);
      }),
      { numRuns: 500 },
    );
  });

  it('throwing getters and proxies do not escape', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    check(hostile);
    check({ kind: 'cycle', get id() { throw new Error('boom'); } });
  });

  it('parseFrameworkJson, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseFrameworkJson(text);
        expect(typeof result.ok).to.equal('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('deeply nested JSON', () => {
    const result = parseFrameworkJson('['.repeat(200_000));
    expect(result.ok).to.equal(false);
    const nested = parseFrameworkJson('{"kind":"cycle","title":' + '['.repeat(5000) + ']'.repeat(5000) + '}');
    expect(nested.ok).to.equal(false);
  });
});

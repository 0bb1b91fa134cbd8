import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  XapiScore,
  aggregateRatings,
  checkResponses,
  ratingScore,
  spreadBand,
  xapiScore,
  type RatingFramework,
  type RatingResponse,
} from '@plc-kit/core';
import { ratingFrameworks } from '@plc-kit/core/frameworks';

const cfs = ratingFrameworks['conditions-for-success']!;
const [TRUST, RECIP, COLL, LEARN, DIST] = cfs.axes.map((a) => a.id) as [string, string, string, string, string];

const rr = (id: string, ratings: Record<string, number | null>, extra: Partial<RatingResponse> = {}): RatingResponse => ({
  id,
  framework: cfs.id,
  ratings,
  at: '2026-09-01T09:00:00Z',
  ...extra,
});

/** A known data set, worked by hand in the comments below. The "end" wave comes first on purpose. */
const known: RatingResponse[] = [
  rr('r4', { [TRUST]: 4, [RECIP]: 4, [COLL]: 3, [LEARN]: 4, [DIST]: 3 }, { wave: 'end', plc: 'p2', subgroup: 'leaders', at: '2026-12-01T09:00:00Z' }),
  rr('r5', { [TRUST]: 3, [RECIP]: 4, [COLL]: 4, [LEARN]: 4, [DIST]: 4 }, { wave: 'end', plc: 'p1', subgroup: 'teachers', at: '2026-12-02T09:00:00Z' }),
  rr('r1', { [TRUST]: 2, [RECIP]: 3, [COLL]: 1, [LEARN]: 4, [DIST]: 2 }, { wave: 'start', plc: 'p1', subgroup: 'teachers', at: '2026-09-02T09:00:00Z' }),
  rr('r2', { [TRUST]: 3, [RECIP]: 3, [COLL]: 2, [LEARN]: null, [DIST]: 2 }, { wave: 'start', plc: 'p1', subgroup: 'teachers', at: '2026-09-01T09:00:00Z' }),
  // Distributed leadership left out altogether: missing, like the null above.
  rr('r3', { [TRUST]: 4, [RECIP]: 2, [COLL]: 2, [LEARN]: 3 }, { wave: 'start', plc: 'p2', subgroup: 'leaders', at: '2026-09-03T09:00:00Z' }),
];

const close = (actual: number | null, expected: number, digits = 9) => {
  expect(actual, `expected ${expected}`).to.be.a('number');
  expect(actual!).to.be.closeTo(expected, 10 ** -digits);
};

describe('rating aggregation (core)', () => {
  it('gives n, mean, sample SD (n − 1), min and max per axis, with missing answers counted apart', () => {
    const { groups, accepted, rejected } = aggregateRatings(known, cfs);
    expect(accepted).to.equal(5);
    expect(rejected).to.deep.equal([]);
    expect(groups).to.have.length(1);
    const [all] = groups;
    expect(all!.responses).to.equal(5);
    expect(all!.axes.map((a) => a.axis)).to.deep.equal([TRUST, RECIP, COLL, LEARN, DIST]);
    const trust = all!.axes[0]!;
    // 4, 3, 2, 3, 4 → mean 3.2; squared deviations 0.64+0.04+1.44+0.04+0.64 = 2.8; 2.8 / 4 = 0.7.
    expect(trust.n).to.equal(5);
    close(trust.mean, 3.2);
    close(trust.sd, Math.sqrt(0.7));
    expect([trust.min, trust.max]).to.deep.equal([2, 4]);
    const learn = all!.axes[3]!;
    // 4, 4, 4, (null), 3 → n 4, one missing, mean 3.75, SD √(0.75 / 3) = 0.5.
    expect([learn.n, learn.missing]).to.deep.equal([4, 1]);
    close(learn.mean, 3.75);
    close(learn.sd, 0.5);
    const dist = all!.axes[4]!;
    // 3, 4, 2, 2, (absent) → n 4, one missing, mean 2.75.
    expect([dist.n, dist.missing]).to.deep.equal([4, 1]);
    close(dist.mean, 2.75);
  });

  it('splits by time point, in order of each wave’s earliest response', () => {
    const { groups } = aggregateRatings(known, cfs, { by: 'wave' });
    expect(groups.map((g) => g.key)).to.deep.equal(['start', 'end']);
    const [start, end] = groups;
    expect(start!.firstAt).to.equal('2026-09-01T09:00:00Z');
    // Start: trust 2, 3, 4 → mean 3, SD 1. Reciprocal accountability 3, 3, 2 → 8/3, SD √(1/3).
    close(start!.axes[0]!.mean, 3);
    close(start!.axes[0]!.sd, 1);
    close(start!.axes[1]!.mean, 8 / 3);
    close(start!.axes[1]!.sd, Math.sqrt(1 / 3));
    // Learner outcomes 4, (null), 3 → n 2, mean 3.5, SD √0.5. Distributed leadership 2, 2 → SD 0.
    expect(start!.axes[3]!.n).to.equal(2);
    close(start!.axes[3]!.sd, Math.SQRT1_2);
    close(start!.axes[4]!.sd, 0);
    expect(start!.axes[4]!.missing).to.equal(1);
    // End: trust 4, 3 → 3.5.
    close(end!.axes[0]!.mean, 3.5);
    expect(end!.responses).to.equal(2);
  });

  it('splits by PLC and by subgroup, largest first, and can keep to one PLC', () => {
    const byPlc = aggregateRatings(known, cfs, { by: 'plc' });
    expect(byPlc.groups.map((g) => [g.key, g.responses])).to.deep.equal([
      ['p1', 3],
      ['p2', 2],
    ]);
    const bySub = aggregateRatings(known, cfs, { by: 'subgroup' });
    expect(bySub.groups.map((g) => g.key)).to.deep.equal(['teachers', 'leaders']);
    // Leaders: trust 4 and 4 → mean 4, SD 0; collective responsibility 3, 2.
    close(bySub.groups[1]!.axes[0]!.mean, 4);
    close(bySub.groups[1]!.axes[2]!.mean, 2.5);

    const onlyP2 = aggregateRatings(known, cfs, { by: 'wave', plc: 'p2' });
    expect(onlyP2.accepted).to.equal(2);
    expect(onlyP2.groups.map((g) => [g.key, g.responses])).to.deep.equal([
      ['start', 1],
      ['end', 1],
    ]);
    // One answer: a mean, but no SD.
    expect(onlyP2.groups[0]!.axes[0]!.sd).to.equal(null);
  });

  it('puts responses without a wave, PLC or subgroup in one group keyed ""', () => {
    const list = [rr('a', { [TRUST]: 1 }), rr('b', { [TRUST]: 3 }, { wave: 'w1' })];
    const { groups } = aggregateRatings(list, cfs, { by: 'wave' });
    expect(groups.map((g) => g.key).sort()).to.deep.equal(['', 'w1']);
  });

  it('keeps counting correctly past the first eight groups', () => {
    const list: RatingResponse[] = [];
    for (let s = 0; s < 20; s++) for (let i = 0; i <= s; i++) list.push(rr(`s${s}-${i}`, { [TRUST]: 1 + (i % 4) }, { subgroup: `g${s}` }));
    const { groups } = aggregateRatings(list, cfs, { by: 'subgroup' });
    expect(groups).to.have.length(20);
    expect(groups.map((g) => g.responses)).to.deep.equal(Array.from({ length: 20 }, (_, i) => 20 - i));
    const g19 = groups[0]!; // 20 responses: trust 1,2,3,4 five times → mean 2.5
    expect(g19.key).to.equal('g19');
    close(g19.axes[0]!.mean, 2.5);
    expect(g19.axes[1]!.missing).to.equal(20);
    expect(g19.axes[1]!.mean).to.equal(null);
  });

  it('matches a plain two-pass computation on any valid data (property)', () => {
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 4 }), fc.double({ min: 1, max: 4, noNaN: true }));
    const response = fc.record({ wave: fc.constantFrom('a', 'b', 'c'), values: fc.array(value, { minLength: 5, maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(response, { maxLength: 60 }), (rows) => {
        const list = rows.map((row, i) => rr(`r${i}`, Object.fromEntries(cfs.axes.map((a, j) => [a.id, row.values[j]!])), { wave: row.wave }));
        const { groups, accepted } = aggregateRatings(list, cfs, { by: 'wave' });
        expect(accepted).to.equal(list.length);
        for (const group of groups) {
          const mine = list.filter((r) => r.wave === group.key);
          expect(group.responses).to.equal(mine.length);
          group.axes.forEach((stats, j) => {
            const xs = mine.map((r) => r.ratings[cfs.axes[j]!.id]).filter((v): v is number => typeof v === 'number');
            expect(stats.n).to.equal(xs.length);
            expect(stats.missing).to.equal(mine.length - xs.length);
            if (!xs.length) return expect(stats.mean).to.equal(null);
            const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
            close(stats.mean, mean);
            expect(stats.min).to.equal(Math.min(...xs));
            expect(stats.max).to.equal(Math.max(...xs));
            if (xs.length < 2) return expect(stats.sd).to.equal(null);
            close(stats.sd, Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1)));
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('rating response checks (core)', () => {
  const bad: unknown[] = [
    rr('ok1', { [TRUST]: 3, [RECIP]: 2 }),
    rr('too-high', { [TRUST]: 5, [RECIP]: 0 }),
    rr('stranger', { [TRUST]: 3, happiness: 4 }),
    { ...rr('other', { enquiry: 3 }), framework: 'skills-for-success' },
    'not a response',
    { framework: cfs.id, ratings: { [TRUST]: 2 }, at: 'x' },
    rr('text', { [TRUST]: '3' as unknown as number }),
    rr('ok2', { [TRUST]: 1, [DIST]: null }),
  ];

  it('lists out-of-scale values, unknown axes, other frameworks and non-responses, each with its reasons', () => {
    const { valid, rejected } = checkResponses(bad, cfs);
    expect(valid.map((r) => r.id)).to.deep.equal(['ok1', 'ok2']);
    expect(rejected.map((r) => [r.index, r.id])).to.deep.equal([
      [1, 'too-high'],
      [2, 'stranger'],
      [3, 'other'],
      [4, '#5'],
      [5, '#6'],
      [6, 'text'],
    ]);
    const [high, stranger, other, notOne, , text] = rejected;
    expect(high!.reasons.map((r) => r.en)).to.deep.equal(['Trust: 5 is outside the scale 1–4.', 'Reciprocal accountability: 0 is outside the scale 1–4.']);
    expect(high!.reasons[0]!.cy).to.equal('Ymddiriedaeth: mae 5 y tu allan i’r raddfa 1–4.');
    expect(stranger!.reasons[0]!.en).to.equal('“happiness” is not one of this framework’s aspects.');
    expect(other!.reasons[0]!.en).to.equal('It rates the “skills-for-success” framework, not “conditions-for-success”.');
    expect(other!.reasons[1]!.en).to.contain('“enquiry” is not one of this framework’s aspects');
    expect(notOne!.reasons[0]!.en).to.contain('not a rating response');
    expect(text!.reasons[0]!.en).to.equal('Trust: “3” is not a number.');
    for (const r of rejected) for (const reason of r.reasons) expect(reason.cy, reason.en).to.be.a('string').and.not.equal(reason.en);
  });

  it('leaves bad responses out of the aggregation and still counts the good ones', () => {
    const withBad = aggregateRatings(bad, cfs);
    const goodOnly = aggregateRatings(checkResponses(bad, cfs).valid, cfs);
    expect(withBad.accepted).to.equal(2);
    expect(withBad.rejected).to.have.length(6);
    expect(withBad.groups).to.deep.equal(goodOnly.groups);
    close(withBad.groups[0]!.axes[0]!.mean, 2);
  });

  it('passes over other frameworks’ responses silently when asked (a workspace holds them all)', () => {
    const summary = aggregateRatings(bad, cfs, { otherFrameworks: 'skip' });
    expect(summary.rejected.map((r) => r.id)).to.deep.equal(['too-high', 'stranger', '#6', 'text']);
    expect(summary.accepted).to.equal(2);
  });

  it('checks against the framework’s own scale', () => {
    const tenPoint: RatingFramework = {
      ...cfs,
      id: 'ten',
      scale: { min: 0, max: 10, points: [{ value: 0, label: { en: 'None' } }, { value: 10, label: { en: 'All' } }] },
    };
    const { valid, rejected } = checkResponses([{ ...rr('a', { [TRUST]: 7.5 }), framework: 'ten' }, { ...rr('b', { [TRUST]: 11 }), framework: 'ten' }], tenPoint);
    expect(valid.map((r) => r.id)).to.deep.equal(['a']);
    expect(rejected[0]!.reasons[0]!.en).to.equal('Trust: 11 is outside the scale 0–10.');
  });
});

describe('rating score and spread band (core)', () => {
  it('gives an xAPI-shaped score: raw = sum, min and max = axes × the scale’s ends', () => {
    const score = ratingScore({ [TRUST]: 4, [RECIP]: 3, [COLL]: 2, [LEARN]: 4, [DIST]: 1 }, cfs);
    expect(score).to.deep.equal({ raw: 14, min: 5, max: 20, scaled: 0.6 });
    expect(XapiScore.safeParse(score).success).to.be.true;
    expect(ratingScore({ [TRUST]: 4, [RECIP]: 4, [COLL]: 4, [LEARN]: 4, [DIST]: 4 }, cfs).scaled).to.equal(1);
    // Only answered axes count, so a partial rating is scored on what it says.
    expect(ratingScore({ [TRUST]: 1, [RECIP]: null }, cfs)).to.deep.equal({ raw: 1, min: 1, max: 4, scaled: 0 });
    expect(xapiScore(0, 0, 0).scaled).to.equal(0);
    expect(xapiScore(2, 1, 4).scaled).to.equal(0.3333);
  });

  it('draws ±1 SD kept inside the scale, or min–max, or nothing', () => {
    const stats = { axis: TRUST, n: 3, missing: 0, mean: 3.6, sd: 0.7, min: 3, max: 4 };
    const [lo, hi] = spreadBand(stats, 'sd', cfs.scale)!;
    expect(lo).to.be.closeTo(2.9, 1e-12);
    expect(hi).to.equal(4);
    expect(spreadBand(stats, 'range', cfs.scale)).to.deep.equal([3, 4]);
    expect(spreadBand(stats, 'none', cfs.scale)).to.equal(null);
    expect(spreadBand({ ...stats, sd: null }, 'sd', cfs.scale)).to.deep.equal([3.6, 3.6]);
    expect(spreadBand({ ...stats, n: 0, mean: null, sd: null, min: null, max: null }, 'sd', cfs.scale)).to.equal(null);
  });
});

// Work in slices: a sort in steps orders exactly as Array.prototype.sort does, and runSliced hands
// back what the steps yield when it pauses (for a progress bar).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  buildSchoolGraph,
  checkReferences,
  checkReferencesSteps,
  createLayout,
  createLayoutSteps,
  generateNetwork,
  layoutInSlices,
  placementFor,
  placementSteps,
  runLayout,
  runSliced,
  sortSteps,
  type LayoutInput,
} from '@plc-kit/core';

function drain<T>(steps: Generator<unknown, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, yields };
    yields++;
  }
}

describe('sortSteps', () => {
  it('orders as Array.prototype.sort, equal items kept in their order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), at: fc.nat() }), { maxLength: 3000 }), (items) => {
        const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(drain(sortSteps(items, compare)).value).to.deep.equal(items.slice().sort(compare));
      }),
      { numRuns: 60 },
    );
  });

  it('sorts 20,000 names with a Welsh collator in many small steps, as one sort would', () => {
    const names = Array.from({ length: 20000 }, (_, i) => `Ysgol ${['Aber', 'Bryn', 'Llan', 'Ŵyr', 'Ćwm'][i % 5]} ${(i * 7919) % 20000}`);
    const compare = new Intl.Collator('cy-GB', { numeric: true }).compare;
    const { value, yields } = drain(sortSteps(names, compare));
    expect(yields).to.be.greaterThan(100);
    expect(value).to.deep.equal(names.slice().sort(compare));
  });
});

describe('the layout in steps', () => {
  const data = generateNetwork({ schools: 3000, seed: 'steps' });
  const graph = buildSchoolGraph(data);
  const input: LayoutInput = {
    ids: graph.nodes.map((n) => n.id),
    groups: graph.nodes.map((n) => n.cluster),
    source: graph.tieSource,
    target: graph.tieTarget,
    weight: Float64Array.from(graph.ties, (t) => t.weight),
    seed: 'steps|',
    ticks: 4,
  };

  it('places the clusters and sets the simulation up in many steps, the same as in one go', () => {
    const placed = drain(placementSteps(input));
    expect(placed.yields, 'placement steps').to.be.greaterThan(100);
    expect(placed.value).to.deep.equal(placementFor(input));
    const created = drain(createLayoutSteps(input, placed.value));
    expect(created.yields, 'set-up steps').to.be.greaterThan(4);
    created.value.step(created.value.total);
    const once = createLayout(input);
    once.step(once.total);
    expect(created.value.positions()).to.deep.equal(once.positions());
  });

  it('layoutInSlices gives the positions runLayout gives', async () => {
    expect(await layoutInSlices(input, undefined, { sliceMs: 2 })).to.deep.equal(runLayout(input));
  });

  it('checks references in steps, the same as in one go', () => {
    const broken = { ...data, plcs: data.plcs.map((p, i) => (i % 97 ? p : { ...p, schools: [...p.schools, 'nowhere'] })) };
    const stepped = drain(checkReferencesSteps(broken));
    expect(stepped.yields).to.be.greaterThan(3);
    expect(stepped.value).to.deep.equal(checkReferences(broken));
    expect(stepped.value.problems.length).to.equal(Math.ceil(data.plcs.length / 97));
  });
});

describe('runSliced', () => {
  it('gives the last value yielded each time it pauses, then the result', async () => {
    function* count(): Generator<number, string> {
      for (let i = 1; i <= 200; i++) {
        const until = performance.now() + 0.2;
        while (performance.now() < until);
        yield i / 200;
      }
      return 'done';
    }
    const seen: number[] = [];
    const result = await runSliced(count(), { sliceMs: 2 }, (share) => seen.push(share));
    expect(result).to.equal('done');
    expect(seen.length).to.be.greaterThan(3);
    expect(seen.every((s, i) => s > 0 && s <= 1 && (i === 0 || s > seen[i - 1]!))).to.equal(true);
  });
});

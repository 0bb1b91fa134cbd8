// Work in slices: a sort in steps orders exactly as Array.prototype.sort does, and runSliced hands
// back what the steps yield when it pauses (for a progress bar).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { runSliced, sortSteps } from '@plc-kit/core';

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

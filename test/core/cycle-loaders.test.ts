// `@plc-kit/core/cycle-loaders` is what <plc-enquiry-cycle> uses instead of the full registry: it must
// offer exactly the built-in models, the default without waiting, and each other one, once fetched,
// as the very framework `@plc-kit/core/frameworks` has.
import { expect } from '@open-wc/testing';
import { DEFAULT_CYCLE, walesPlc } from '@plc-kit/core';
import { cycleFrameworks } from '@plc-kit/core/frameworks';
import { cycleFrameworkLoaders, cycleModelIds } from '@plc-kit/core/cycle-loaders';

describe('cycle model loaders', () => {
  it('name the same models as the full registry, in the same order, default first', () => {
    expect(Object.keys(cycleFrameworkLoaders)).to.deep.equal(Object.keys(cycleFrameworks));
    expect(cycleModelIds).to.deep.equal(Object.keys(cycleFrameworks));
    expect(cycleModelIds[0]).to.equal(DEFAULT_CYCLE);
  });

  it('give the default as data, the very object the barrel exports', () => {
    expect(cycleFrameworkLoaders[DEFAULT_CYCLE]).to.equal(walesPlc);
    expect(cycleFrameworkLoaders[DEFAULT_CYCLE]).to.equal(cycleFrameworks[DEFAULT_CYCLE]);
  });

  it('load every other model as the same framework the full registry holds', async () => {
    const others = Object.entries(cycleFrameworkLoaders).filter(([id]) => id !== DEFAULT_CYCLE);
    expect(others.map(([id]) => id)).to.have.length(Object.keys(cycleFrameworks).length - 1);
    for (const [id, entry] of others) {
      expect(entry, `${id} is a loader`).to.be.a('function');
      const loaded = await (entry as () => Promise<unknown>)();
      expect(loaded, id).to.deep.equal(cycleFrameworks[id]);
      expect(loaded, `${id} is the registry's own object`).to.equal(cycleFrameworks[id]);
      expect((loaded as { id: string }).id).to.equal(id);
    }
  });
});

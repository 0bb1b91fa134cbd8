import { expect } from '@open-wc/testing';
import { buildSchoolGraph, createLayout, generateNetwork, initialPlacement, layoutTicks, runLayout, type LayoutInput, type NetworkData } from '@plc-kit/core';

function inputFor(data: NetworkData, extra: Partial<LayoutInput> = {}): LayoutInput {
  const g = buildSchoolGraph(data);
  return {
    ids: g.nodes.map((n) => n.id),
    groups: g.nodes.map((n) => n.cluster),
    source: g.tieSource,
    target: g.tieTarget,
    weight: g.ties.map((t) => t.weight),
    seed: 'test',
    ...extra,
  };
}

const byId = (input: LayoutInput, positions: Float64Array) =>
  Object.fromEntries(input.ids.map((id, i) => [id, [positions[i * 2], positions[i * 2 + 1]]]));

describe('network: seeded layout', () => {
  const data = generateNetwork({ schools: 150, clusters: 6, seed: 'layout' });

  it('gives the same positions for the same data, every time', () => {
    const a = runLayout(inputFor(data));
    const b = runLayout(inputFor(data));
    expect([...a]).to.deep.equal([...b]);
    expect([...a].every(Number.isFinite)).to.be.true;
  });

  it('does not depend on the order the rows came in', () => {
    const reversed: NetworkData = { ...data, schools: [...data.schools].reverse(), plcs: [...data.plcs].reverse() };
    const a = inputFor(data);
    const b = inputFor(reversed);
    const pa = byId(a, runLayout(a));
    const pb = byId(b, runLayout(b));
    for (const id of a.ids) {
      expect(pb[id]![0]).to.be.closeTo(pa[id]![0]!, 1e-6);
      expect(pb[id]![1]).to.be.closeTo(pa[id]![1]!, 1e-6);
    }
  });

  it('changes with the seed', () => {
    const a = runLayout(inputFor(data, { seed: 'one' }));
    const b = runLayout(inputFor(data, { seed: 'two' }));
    expect([...a]).not.to.deep.equal([...b]);
  });

  it('keeps pinned schools where they were pinned', () => {
    const input = inputFor(data, { pins: { [data.schools[3]!.id]: { x: 1234, y: -567 } } });
    const p = runLayout(input);
    const i = input.ids.indexOf(data.schools[3]!.id);
    expect([p[i * 2], p[i * 2 + 1]]).to.deep.equal([1234, -567]);
  });

  it('starts each cluster in its own patch, and keeps clusters apart after the layout', () => {
    const input = inputFor(data);
    const start = initialPlacement(input.ids, input.groups, 'test');
    const centres = new Map<string, string>();
    input.groups.forEach((g, i) => centres.set(g, `${start.cx[i]},${start.cy[i]}`));
    expect(new Set(centres.values()).size).to.equal(6);
    // After the layout, a school is nearer its own cluster's centroid than the average other one.
    const p = runLayout(input);
    const centroid = new Map<string, [number, number, number]>();
    input.groups.forEach((g, i) => {
      const c = centroid.get(g) ?? [0, 0, 0];
      centroid.set(g, [c[0] + p[i * 2]!, c[1] + p[i * 2 + 1]!, c[2] + 1]);
    });
    let nearer = 0;
    input.groups.forEach((g, i) => {
      const d = (key: string) => {
        const [x, y, k] = centroid.get(key)!;
        return Math.hypot(x / k - p[i * 2]!, y / k - p[i * 2 + 1]!);
      };
      const others = [...centroid.keys()].filter((k) => k !== g);
      const nearest = Math.min(...others.map(d));
      if (d(g) < nearest) nearer++;
    });
    expect(nearer / input.ids.length).to.be.greaterThan(0.9);
  });

  it('runs fewer ticks the larger the graph, and can be run a slice at a time', () => {
    expect(layoutTicks(100)).to.equal(300);
    expect(layoutTicks(5000)).to.be.at.most(80);
    const input = inputFor(data);
    const run = createLayout(input);
    let slices = 0;
    while (!run.step(25)) slices++;
    expect(slices).to.equal(Math.ceil(run.total / 25) - 1);
    expect([...run.positions()]).to.deep.equal([...runLayout(input)]);
  });
});

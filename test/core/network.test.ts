import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  betweenness,
  buildAdjacency,
  buildSchoolGraph,
  buildTwoModeGraph,
  createBetweenness,
  density,
  eiIndex,
  generateNetwork,
  networkMeasures,
  readNetworkData,
  readNetworkJson,
  schoolsCsv,
  tiesCsv,
  type NetworkData,
  type Plc,
} from '@plc-kit/core';
import { plc } from '../helpers/fixtures.js';

const school = (id: string, cluster?: string) => ({ id, name: `School ${id}`, ...(cluster ? { cluster } : {}) });

/** A graph straight from a list of school pairs (each pair its own PLC). */
function fromEdges(ids: string[], edges: [string, string][], clusters: Record<string, string> = {}) {
  const data: NetworkData = {
    schools: ids.map((id) => school(id, clusters[id])),
    plcs: edges.map(([a, b], i) => plc(`e${i}`, [a, b])),
    members: [],
  };
  return buildSchoolGraph(data);
}

const byId = (graph: ReturnType<typeof buildSchoolGraph>, values: ArrayLike<number>) =>
  Object.fromEntries(graph.nodes.map((n, i) => [n.id, values[i]]));

describe('network: from PLC memberships to a school graph', () => {
  // Worked by hand. North: A, B. South: C, D. E has no PLCs.
  // p1 = m1 (A) + m3 (B)           → tie A–B
  // p2 = school A + m2 (A) + m3 (B) → tie A–B again (weight 2; people m1, m2, m3)
  // p3 = m1 + m2, both of A        → inside A: counted on A, not lost
  // p4 = schools B, C              → tie B–C across clusters
  // p5 = schools C, D + m4 (C)     → tie C–D between schools of South
  const data: NetworkData = {
    schools: [school('A', 'North'), school('B', 'North'), school('C', 'South'), school('D', 'South'), school('E', 'South')],
    members: [
      { id: 'm1', name: 'Ann', school: 'A' },
      { id: 'm2', name: 'Bryn', school: 'A' },
      { id: 'm3', name: 'Cerys', school: 'B' },
      { id: 'm4', name: 'Dai', school: 'C' },
    ],
    plcs: [
      plc('p1', [], { members: ['m1', 'm3'] }),
      plc('p2', ['A'], { members: ['m2', 'm3'] }),
      plc('p3', [], { members: ['m1', 'm2'] }),
      plc('p4', ['B', 'C'], { kind: 'network' }),
      plc('p5', ['C', 'D'], { members: ['m4'], focusArea: 'Reading' }),
    ],
  };
  const graph = buildSchoolGraph(data);
  const tie = (a: string, b: string) => graph.ties.find((t) => t.source === a && t.target === b);

  it('weights each tie by shared PLCs and counts the distinct people involved', () => {
    expect(tie('A', 'B')).to.deep.equal({ source: 'A', target: 'B', kind: 'between', plcs: ['p1', 'p2'], weight: 2, members: 3 });
    expect(tie('B', 'C')).to.deep.equal({ source: 'B', target: 'C', kind: 'across', plcs: ['p4'], weight: 1, members: 0 });
    expect(tie('C', 'D')).to.deep.equal({ source: 'C', target: 'D', kind: 'between', plcs: ['p5'], weight: 1, members: 1 });
    expect(graph.ties).to.have.length(4);
  });

  it('counts a PLC inside one school on that school', () => {
    const a = graph.nodes[graph.index.get('A')!]!;
    expect(a.withinPlcs).to.deep.equal(['p3']);
    expect(a.withinMembers).to.equal(2);
    expect(a.plcs).to.deep.equal(['p1', 'p2', 'p3']);
    expect(tie('A', 'A')).to.deep.equal({ source: 'A', target: 'A', kind: 'within', plcs: ['p3'], weight: 1, members: 2 });
  });

  it('measures density, degree, components, isolated schools and tie shares', () => {
    const m = networkMeasures(graph);
    expect(m.ties).to.equal(3);
    expect(m.withinTies).to.equal(1);
    expect(m.density).to.equal(3 / 10);
    expect(byId(graph, m.degree)).to.deep.equal({ A: 1, B: 2, C: 2, D: 1, E: 0 });
    expect(byId(graph, m.weightedDegree)).to.deep.equal({ A: 2, B: 3, C: 2, D: 1, E: 0 });
    expect(m.components.count).to.equal(2);
    expect(m.components.sizes).to.deep.equal([4, 1]);
    expect(m.components.of[graph.index.get('E')!]).to.equal(1);
    expect(m.isolated.map((i) => graph.nodes[i]!.id)).to.deep.equal(['E']);
    expect(m.shares.counts).to.deep.equal({ within: 1, between: 2, across: 1 });
    expect(m.shares.shares).to.deep.equal({ within: 0.25, between: 0.5, across: 0.25 });
    // Weighted by PLCs: within 1, between 2 + 1, across 1 → 1/5, 3/5, 1/5.
    expect(m.shares.weighted).to.deep.equal({ within: 0.2, between: 0.6, across: 0.2 });
    // Degrees 1, 2, 2, 1, 0; max 2: Σ(2 − d) = 4; ÷ (n − 1)(n − 2) = 12.
    expect(m.centralisation).to.equal(4 / 12);
  });

  it('filters by PLC kind and focus, and by cluster without turning a cross-cluster PLC into a within-school one', () => {
    const noNetworks = buildSchoolGraph(data, { kinds: ['plc'] });
    expect(noNetworks.ties.some((t) => t.plcs.includes('p4'))).to.be.false;
    const reading = buildSchoolGraph(data, { focus: ['Reading'] });
    expect(reading.ties.map((t) => `${t.source}-${t.target}`)).to.deep.equal(['C-D']);
    const north = buildSchoolGraph(data, { clusters: ['North'] });
    expect(north.nodes.map((n) => n.id)).to.deep.equal(['A', 'B']);
    // p4 (B–C) still involves B but is not B's own PLC.
    const b = north.nodes[north.index.get('B')!]!;
    expect(b.plcs).to.include('p4');
    expect(b.withinPlcs).to.deep.equal([]);
    expect(north.ties.map((t) => `${t.source}-${t.target}`)).to.deep.equal(['A-A', 'A-B']);
    expect(north.plcs.get('p4')!.reach).to.equal('across');
  });

  it('builds the two-mode graph of schools and PLCs', () => {
    const two = buildTwoModeGraph(data);
    expect(two.schoolCount).to.equal(5);
    expect(two.nodes.filter((n) => n.kind === 'plc').map((n) => n.id)).to.deep.equal(['p1', 'p2', 'p3', 'p4', 'p5']);
    // p1: A, B · p2: A, B · p3: A · p4: B, C · p5: C, D
    expect(two.edges).to.have.length(9);
    const p2 = two.index.get('plc:p2')!;
    const a = two.index.get('A')!;
    expect(two.edges.find((e) => e.plc === p2 && e.school === a)).to.deep.equal({ school: a, plc: p2, members: 1, kind: 'between' });
    expect(two.edges.filter((e) => e.kind === 'within')).to.have.length(1);
  });
});

describe('network: betweenness (Brandes), worked by hand', () => {
  it('two triangles joined by a bridge: the bridge ends broker every crossing pair', () => {
    // a–b–c triangle, c–d bridge, d–e–f triangle. c lies on all 6 paths from {a, b} to {d, e, f};
    // d on all 6 from {a, b, c} to {e, f}. Pairs of other nodes: (6 − 1)(6 − 2) / 2 = 10.
    const g = fromEdges(['a', 'b', 'c', 'd', 'e', 'f'], [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['d', 'f']]);
    const b = betweenness(g.nodes.length, g.adjacency);
    expect(byId(g, b.values)).to.deep.equal({ a: 0, b: 0, c: 6, d: 6, e: 0, f: 0 });
    expect(byId(g, b.normalised)).to.deep.equal({ a: 0, b: 0, c: 0.6, d: 0.6, e: 0, f: 0 });
    expect(b.exact).to.be.true;
  });

  it('a square splits each opposite pair between two paths', () => {
    // a–b–c–d–a: a to c goes through b or d, each carrying half. Each node gets 1/2; normalised by 3.
    const g = fromEdges(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]);
    const b = betweenness(4, g.adjacency);
    expect([...b.values]).to.deep.equal([0.5, 0.5, 0.5, 0.5]);
    expect(b.normalised[0]).to.be.closeTo(1 / 6, 1e-12);
  });

  it('a path and a star with an island', () => {
    const path = fromEdges(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]);
    expect([...betweenness(4, path.adjacency).values]).to.deep.equal([0, 2, 2, 0]);
    const star = fromEdges(['hub', 'x', 'y', 'z', 'island'], [['hub', 'x'], ['hub', 'y'], ['hub', 'z']]);
    const b = betweenness(5, star.adjacency);
    expect(byId(star, b.values)).to.deep.equal({ hub: 3, x: 0, y: 0, z: 0, island: 0 });
    expect(b.normalised[star.index.get('hub')!]).to.equal(0.5);
  });

  it('agrees with counting shortest paths pair by pair on random graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 20, selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}` })),
        ),
        ([n, pairs]) => {
          const edges = pairs.filter(([a, b]) => a !== b);
          const adjacency = buildAdjacency(n, Uint32Array.from(edges.map((e) => e[0])), Uint32Array.from(edges.map((e) => e[1])));
          const fast = betweenness(n, adjacency).values;
          const slow = bruteForceBetweenness(n, edges);
          for (let i = 0; i < n; i++) expect(fast[i]).to.be.closeTo(slow[i]!, 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('above the stated size, estimates from a seeded sample and says so; the estimate finds the same brokers', () => {
    const data = generateNetwork({ schools: 400, clusters: 8, seed: 'sample-test' });
    const g = buildSchoolGraph(data);
    const exact = betweenness(g.nodes.length, g.adjacency);
    const estimate = betweenness(g.nodes.length, g.adjacency, { exact: false, samples: 200 });
    expect(estimate.exact).to.be.false;
    expect(estimate.sources).to.equal(200);
    const top = (v: Float64Array) => [...v.keys()].sort((x, y) => v[y]! - v[x]!).slice(0, 10);
    const shared = top(exact.values).filter((i) => top(estimate.values).includes(i)).length;
    expect(shared).to.be.at.least(6);
    // Same seed, same estimate.
    expect([...betweenness(g.nodes.length, g.adjacency, { exact: false, samples: 200 }).values]).to.deep.equal([...estimate.values]);
  });

  it('can run a few sources at a time and ends with the same figures', () => {
    const g = buildSchoolGraph(generateNetwork({ schools: 120, seed: 'steps' }));
    const run = createBetweenness(g.nodes.length, g.adjacency);
    let steps = 0;
    while (!run.step(7)) steps++;
    expect(steps).to.be.greaterThan(10);
    expect([...run.result().values]).to.deep.equal([...betweenness(g.nodes.length, g.adjacency).values]);
  });
});

/** σ_st(v) = σ_sv · σ_vt when v is on a shortest s–t path; betweenness sums σ_st(v) / σ_st over pairs. */
function bruteForceBetweenness(n: number, edges: [number, number][]): number[] {
  const nb: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    nb[a]!.push(b);
    nb[b]!.push(a);
  }
  const bfs = (s: number) => {
    const d = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    d[s] = 0;
    sigma[s] = 1;
    const q = [s];
    while (q.length) {
      const v = q.shift()!;
      for (const w of nb[v]!) {
        if (d[w] === -1) {
          d[w] = d[v]! + 1;
          q.push(w);
        }
        if (d[w] === d[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    return { d, sigma };
  };
  const all = Array.from({ length: n }, (_, s) => bfs(s));
  const out = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = s + 1; t < n; t++) {
      const dst = all[s]!.d[t]!;
      if (dst <= 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        if (all[s]!.d[v]! >= 0 && all[v]!.d[t]! >= 0 && all[s]!.d[v]! + all[v]!.d[t]! === dst) {
          out[v]! += (all[s]!.sigma[v]! * all[v]!.sigma[t]!) / all[s]!.sigma[t]!;
        }
      }
    }
  return out;
}

describe('network: E-I index, worked by hand', () => {
  it('counts internal and external ties per cluster', () => {
    // X = x1, x2, x3 (a triangle: 3 internal). Y = y1, y2 (1 internal). x3–y1 crosses. z has no cluster.
    const clusters = { x1: 'X', x2: 'X', x3: 'X', y1: 'Y', y2: 'Y' };
    const g = fromEdges(['x1', 'x2', 'x3', 'y1', 'y2'], [['x1', 'x2'], ['x2', 'x3'], ['x1', 'x3'], ['x3', 'y1'], ['y1', 'y2']], clusters);
    const m = networkMeasures(g);
    // X: (1 − 3) / 4 = −0.5. Y: (1 − 1) / 2 = 0. Whole network: (1 − 4) / 5 = −0.6.
    expect(m.ei).to.deep.equal([
      { cluster: 'X', schools: 3, internal: 3, external: 1, index: -0.5 },
      { cluster: 'Y', schools: 2, internal: 1, external: 1, index: 0 },
    ]);
    expect(m.eiOverall).to.be.closeTo(-0.6, 1e-12);

    // A tie to a school with no cluster is external to Y, and is an "across" tie.
    const g2 = fromEdges(['x1', 'x2', 'x3', 'y1', 'y2', 'z'], [['x1', 'x2'], ['x2', 'x3'], ['x1', 'x3'], ['x3', 'y1'], ['y1', 'y2'], ['y2', 'z']], clusters);
    const m2 = networkMeasures(g2);
    expect(m2.ei.find((e) => e.cluster === 'Y')).to.deep.equal({ cluster: 'Y', schools: 2, internal: 1, external: 2, index: 1 / 3 });
    expect(m2.eiOverall).to.be.closeTo((2 - 4) / 6, 1e-12);
    expect(g2.ties.find((t) => t.target === 'z')!.kind).to.equal('across');
  });

  it('is null for a cluster with no ties, and the formula holds at its ends', () => {
    expect(eiIndex(0, 0)).to.equal(null);
    expect(eiIndex(4, 0)).to.equal(1);
    expect(eiIndex(0, 4)).to.equal(-1);
    expect(density(1, 0)).to.equal(0);
    expect(density(4, 6)).to.equal(1);
  });
});

describe('network: reading data', () => {
  it('lists bad rows with where and why, and keeps the rest', () => {
    const { data, problems } = readNetworkData({
      schools: [school('a', 'N'), { id: 'b' }, school('a'), school('c', 'N'), 'nonsense'],
      members: [{ id: 'm1', name: 'Ann', school: 'zzz' }],
      plcs: [plc('p1', ['a', 'c', 'ghost'], { members: ['m1', 'nobody'] }), { id: 'p2', name: 'x', kind: 'not-a-kind' }],
    });
    expect(data.schools.map((s) => s.id)).to.deep.equal(['a', 'c']);
    expect(data.plcs.map((p) => p.schools)).to.deep.equal([['a', 'c']]);
    expect(data.members[0]!.school).to.equal(undefined);
    expect(problems.map((p) => [p.code, p.where, p.id ?? ''])).to.deep.equal([
      ['invalid-school', 'schools[1]', 'b'],
      ['duplicate-school', 'schools[2]', 'a'],
      ['invalid-school', 'schools[4]', ''],
      ['invalid-plc', 'plcs[1]', 'p2'],
      ['unknown-school', 'members[0].school', 'zzz'],
      ['unknown-school', 'plcs[0].schools', 'ghost'],
      ['unknown-member', 'plcs[0].members', 'nobody'],
    ]);
    expect(problems[0]!.detail).to.equal('name');
  });

  it('reports text that is not JSON, or not an object, as one problem', () => {
    expect(readNetworkJson('{ schools: ').problems[0]!.code).to.equal('not-json');
    expect(readNetworkData([1, 2]).problems[0]!.code).to.equal('not-object');
    expect(readNetworkData(null).data.schools).to.deep.equal([]);
  });
});

describe('network: generated networks and export', () => {
  it('generates the same network from the same seed, with about the ties asked for', () => {
    const one = generateNetwork({ schools: 1000, ties: 4000, seed: 'x' });
    const two = generateNetwork({ schools: 1000, ties: 4000, seed: 'x' });
    expect(JSON.stringify(one)).to.equal(JSON.stringify(two));
    const g = buildSchoolGraph(one);
    const m = networkMeasures(g);
    expect(g.nodes).to.have.length(1000);
    expect(m.ties).to.be.within(4000, 4002);
    expect(m.isolated.length).to.be.greaterThan(0);
    expect(m.shares.counts.within).to.be.greaterThan(0);
    expect(m.shares.counts.across).to.be.greaterThan(0);
    expect(JSON.stringify(generateNetwork({ schools: 50, seed: 'y' }))).not.to.equal(JSON.stringify(generateNetwork({ schools: 50, seed: 'z' })));
  });

  it('exports ties and schools as CSV that a spreadsheet cannot run', () => {
    const data: NetworkData = { schools: [school('a', 'N'), { id: 'b', name: '=HYPERLINK("x"), +Ysgol "B"' }], plcs: [plc('p', ['a', 'b'])], members: [] };
    const g = buildSchoolGraph(data);
    expect(tiesCsv(g)).to.equal('source,target,kind,weight,members,plcs\r\na,b,across,1,0,p\r\n');
    const rows = schoolsCsv(g, networkMeasures(g)).split('\r\n');
    expect(rows[2]).to.equal(`b,"'=HYPERLINK(""x""), +Ysgol ""B""",,,1,0,1,1,,,1,no`);
  });
});

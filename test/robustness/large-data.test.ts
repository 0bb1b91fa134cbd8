// Large data beyond the issue's list: a stored workspace of 500 PLCs and 2,000 schools in the cycle
// overview, and 100,000 ratings in the radar (design.md's sizes). Each is shown in full (the overview
// after a busy note has been painted); the freezes measured are printed, not asserted (on two shared
// cores they depend on what else runs). The
// 1,000-item framework and the 20,000-school network, whose freezes are asserted, are in
// large-checklist.test.ts and large-network.test.ts.
import { expect } from '@open-wc/testing';
import { generateNetwork, sampleWorkspace, serializeWorkspace, conditionsForSuccess, type RatingResponse } from '@plc-kit/core';
import '@plc-kit/elements/network-map/define.js';
import '@plc-kit/elements/enquiry-cycle/define.js';
import '@plc-kit/elements/conditions-radar/define.js';
import { deepText, settle, until } from '../security/harness.js';
import { watchFreezes, type Freeze } from './support.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

/** A loading or progress indicator: a progress bar, or a busy region. */
const busy = (el: Element) => !!el.shadowRoot?.querySelector('[part~="progress"][role="progressbar"], [aria-busy="true"]');

function report(what: string, freezes: Freeze[], extra = ''): void {
  const longest = freezes.reduce((m, f) => Math.max(m, f.duration), 0);
  const unindicated = freezes.filter((f) => !f.indicated);
  console.log(`[robustness] ${what}: ${freezes.length} freezes over 100 ms (longest ${longest} ms), ${unindicated.length} without a progress indicator${unindicated.length ? ` (${unindicated.map((f) => f.duration).join(', ')} ms)` : ''}${extra ? `; ${extra}` : ''}`);
}


describe('robustness: large data', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('plc-checklist, plc-network-map, plc-enquiry-cycle, plc-conditions-radar').forEach((el) => el.remove()));

  it('a network of 1,200 schools (past the map’s deferred long lists) still lists every school in its table, 100 at a time', async function () {
    this.timeout(120000);
    const el = document.createElement('plc-network-map') as Lit & { data?: unknown; ready: Promise<unknown> };
    el.setAttribute('storage', 'none');
    document.body.append(el);
    el.data = generateNetwork({ schools: 1200, seed: 'table' });
    await el.ready;
    const rows = () => $$(el, '[part~="table"] tbody tr').length;
    // Betweenness and redraws come after the layout: the table must survive them.
    await until(async () => {
      ($$(el, '[part~="table"]')[0] as HTMLDetailsElement).open = true;
      await settle(window, 200);
      return !busy(el) && /\d/.test($$(el, '[part~="table"] tbody tr td')[6]?.textContent ?? '') && rows() === 100;
    }, 'the first 100 schools with their betweenness', 60000);
    await settle(window, 1000);
    expect(rows(), 'rows still listed once everything has settled').to.equal(100);
    const more = $$(el, '[part~="table"] > button')[0] as HTMLButtonElement;
    more.click();
    await el.updateComplete;
    expect(rows()).to.equal(200);
  });

  it('a stored workspace of 500 PLCs and 2,000 schools opens in the cycle overview', async function () {
    this.timeout(120000);
    localStorage.setItem('big-store:workspace', serializeWorkspace(sampleWorkspace()));
    const el = document.createElement('plc-enquiry-cycle') as Lit;
    el.setAttribute('storage-key', 'big-store');
    el.setAttribute('view', 'overview');
    await settle(window, 50);
    const watch = watchFreezes(el, busy);
    const start = performance.now();
    document.body.append(el);
    await until(() => $$(el, '[part~="overview-table"] tbody tr').length > 0, 'the overview', 60000);
    const took = performance.now() - start;
    const freezes = watch.stop();
    report('cycle overview of 500 PLCs', freezes, `shown in ${Math.round(took)} ms`);
    expect(watch.sawProgress, 'a busy note while the stored workspace is read').to.equal(true);
    expect(busy(el), 'and it is gone once the overview is shown').to.equal(false);
    expect($$(el, '[part~="overview-table"] tbody tr').length).to.be.greaterThan(0);
    // Every PLC is counted; the table shows them a hundred at a time.
    expect(deepText(el)).to.include('Number of PLCs: 500');
    for (let i = 0; i < 4; i++) {
      $$(el, '.more-button')[0]!.click();
      await (el as Lit).updateComplete;
    }
    expect(deepText(el)).to.include('PLC 499');
  });

  it('100,000 ratings aggregated and drawn in the radar', async function () {
    this.timeout(120000);
    const axes = conditionsForSuccess.axes.map((a) => a.id);
    const responses: RatingResponse[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `r${i}`,
      framework: conditionsForSuccess.id,
      wave: i % 2 ? 'End' : 'Start',
      ratings: Object.fromEntries(axes.map((a, j) => [a, 1 + ((i * 7 + j * 3) % 4)])),
      at: '2026-09-01T09:00:00Z',
    }));
    const el = document.createElement('plc-conditions-radar') as Lit & { responses?: unknown[] };
    el.setAttribute('storage', 'none');
    el.setAttribute('mode', 'results');
    el.setAttribute('compare', 'wave');
    document.body.append(el);
    await el.updateComplete;
    await settle(window, 50);
    const watch = watchFreezes(el, busy);
    const start = performance.now();
    el.responses = responses;
    await until(() => deepText(el).includes('100,000') || deepText(el).includes('50,000'), 'the counts of ratings', 60000);
    const took = performance.now() - start;
    const freezes = watch.stop();
    report('radar of 100,000 ratings', freezes, `shown in ${Math.round(took)} ms`);
    // 100,000 is design.md's size, within its 100 ms budget: no busy note (more than that gets one:
    // test/elements/conditions-radar.test.ts).
    expect(busy(el)).to.equal(false);
    expect(deepText(el)).to.include('50,000');
  });
});

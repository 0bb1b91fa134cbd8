// PENDING (not in the test glob until it passes; run it with
// `npx wtr --config web-test-runner.config.mjs --files test/robustness/large-data.pending.ts`):
// the 20,000-school map (as data and as CSV) still freezes the page for more than 100 ms with no
// progress indicator. (The 1,000-item checklist passes: test/robustness/large-checklist.test.ts.)
//
// Large data from issue #10: a network of 20,000 schools (as data and as CSV files). Each is shown
// in full or degrades gracefully (progress, sampling, a stated limit), and
// the page is never frozen for more than 100 ms at a time without a progress indicator on screen —
// 100 ms of a quiet machine's time, scaled by the load measured around the test (loadFactor). The
// figures measured are printed.
import { expect } from '@open-wc/testing';
import { generateNetwork, membershipsToCsv, schoolsToCsv } from '@plc-kit/core';
import '@plc-kit/elements/network-map/define.js';
import { alerts, deepText, settle, until } from '../security/harness.js';
import { loadFactor, watchFreezes, type Freeze } from './support.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

/** A loading or progress indicator: a progress bar, or a busy region. */
const busy = (el: Element) => !!el.shadowRoot?.querySelector('[part~="progress"][role="progressbar"], [aria-busy="true"]');

let origin = 0;
function report(what: string, freezes: Freeze[], extra = ''): void {
  const longest = freezes.reduce((m, f) => Math.max(m, f.duration), 0);
  const unindicated = freezes.filter((f) => !f.indicated);
  const list = unindicated.map((f) => `${f.duration} ms at +${Math.round(f.start - origin)} ms`).join(', ');
  console.log(`[robustness] ${what}: ${freezes.length} freezes over 100 ms (longest ${longest} ms), ${unindicated.length} without a progress indicator${list ? ` (${list})` : ''}${extra ? `; ${extra}` : ''}`);
}

/** Freezes longer than 100 ms of a quiet machine's time (scaled by the load now) with no indicator on screen. */
function expectNoUnindicatedFreeze(freezes: Freeze[], what: string, factor: number): void {
  const bad = freezes.filter((f) => !f.indicated && f.duration > 100 * factor).map((f) => `${f.duration} ms`);
  expect(bad, `${what}: the page froze with no progress indicator on screen (limit ${Math.round(100 * factor)} ms at load ×${factor.toFixed(1)})`).to.deep.equal([]);
}

describe('robustness: large data (pending)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('plc-checklist, plc-network-map, plc-enquiry-cycle, plc-conditions-radar').forEach((el) => el.remove()));

  it('a network of 20,000 schools: progress while it works, then the map, its table and measures', async function () {
    this.timeout(300000);
    const data = generateNetwork({ schools: 20000, seed: 'robustness' });
    const el = document.createElement('plc-network-map') as Lit & { data?: unknown };
    el.setAttribute('storage', 'none');
    document.body.append(el);
    await el.updateComplete;
    const factor = loadFactor();
    await settle(window, 50);
    const watch = watchFreezes(el, busy);
    const start = (origin = performance.now());
    el.data = data;
    await until(async () => {
      await settle(window, 100);
      return !busy(el) && /20,000/.test($(el, '[part~="table"] summary')?.textContent ?? '');
    }, 'the 20,000-school map to finish', 280000);
    const took = performance.now() - start;
    console.log(`[robustness] table opened at +${Math.round(performance.now() - start)} ms`);
    ($(el, '[part~="table"]') as HTMLDetailsElement).open = true;
    await until(() => $$(el, '[part~="table"] tbody tr').length > 0, 'the table of schools');
    const freezes = watch.stop();
    expect(watch.sawProgress, 'a progress indicator was shown').to.equal(true);
    expect(deepText(el)).to.include('20,000');
    report('network map of 20,000 schools', freezes, `finished in ${Math.round(took)} ms`);
    expectNoUnindicatedFreeze(freezes, 'network map of 20,000 schools', Math.max(factor, loadFactor()));
  });

  it('a network of 20,000 schools imported from CSV files: progress while it works', async function () {
    this.timeout(300000);
    const data = generateNetwork({ schools: 20000, seed: 'csv' });
    const files = [
      new File([schoolsToCsv(data.schools)], 'schools.csv', { type: 'text/csv' }),
      new File([membershipsToCsv({ plcs: data.plcs, members: data.members })], 'memberships.csv', { type: 'text/csv' }),
    ];
    const el = document.createElement('plc-network-map') as Lit & { importFiles(files: File[]): Promise<void> };
    el.setAttribute('storage', 'none');
    document.body.append(el);
    await el.updateComplete;
    const factor = loadFactor();
    await settle(window, 50);
    const watch = watchFreezes(el, busy);
    const start = (origin = performance.now());
    const input = $(el, 'input[type="file"]') as HTMLInputElement;
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(async () => {
      await settle(window, 100);
      return !busy(el) && /20,000/.test($(el, '[part~="table"] summary')?.textContent ?? '');
    }, 'the CSV import and map to finish', 280000);
    const took = performance.now() - start;
    console.log(`[robustness] table opened at +${Math.round(performance.now() - start)} ms`);
    ($(el, '[part~="table"]') as HTMLDetailsElement).open = true;
    await until(() => $$(el, '[part~="table"] tbody tr').length > 0, 'the table of schools');
    const freezes = watch.stop();
    report('CSV import of 20,000 schools', freezes, `finished in ${Math.round(took)} ms`);
    expectNoUnindicatedFreeze(freezes, 'CSV import of 20,000 schools', Math.max(factor, loadFactor()));
  });
});

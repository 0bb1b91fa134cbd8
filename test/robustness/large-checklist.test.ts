// Issue #10 for <plc-checklist>: a user's framework of 1,000 items (the most the schema allows) shows
// every row without freezing the page for more than 100 ms with no progress indicator on screen —
// 100 ms of a quiet machine's time, scaled by the load measured around the test (loadFactor).
import { expect } from '@open-wc/testing';
import '@plc-kit/elements/checklist/define.js';
import { alerts, deepText, settle, until } from '../security/harness.js';
import { bigChecklist, loadFactor, watchFreezes, watchLongTasks, type Freeze } from './support.js';
import { withInlineJson } from '../helpers/inline.js';

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

/** A checklist (not yet on the page) whose inline framework has 1,000 items. */
function bigChecklistElement(): Lit {
  return withInlineJson<Lit>('plc-checklist', bigChecklist(1000), { storage: 'none' });
}

describe('robustness: a checklist of 1,000 items', () => {
  afterEach(() => document.querySelectorAll('plc-checklist').forEach((el) => el.remove()));

  it('paints "Loading…" before checking the long framework, even when the parser is already loaded', async () => {
    await import('@plc-kit/core/parse'); // as when another element on the page used it: the import is immediate
    const el = bigChecklistElement();
    const atFirstFrame = new Promise<{ loading: boolean; rows: number }>((resolve) =>
      requestAnimationFrame(() => resolve({ loading: !!el.shadowRoot?.querySelector('[role="status"][aria-busy="true"]'), rows: $$(el, '[part~="item"]').length })),
    );
    document.body.append(el);
    // What the first frame after insertion paints: the note, not a page held while 1,000 rows are checked.
    expect(await atFirstFrame).to.deep.equal({ loading: true, rows: 0 });
    await until(() => $$(el, '[part~="item"]').length > 0, 'the first rows');
  });

  it('shows every row, and answering stays responsive', async function () {
    this.timeout(120000);
    const el = bigChecklistElement();
    const factor = loadFactor();
    await settle(window, 50); // the test's own preparation (and calibration) is not the element's freeze
    const watch = watchFreezes(el, busy);
    const tasks = watchLongTasks();
    const start = (origin = performance.now());
    document.body.append(el);
    await until(() => $$(el, '[part~="item"]').length === 1000, 'all 1,000 rows', 60000);
    const shown = performance.now() - start;
    expect(alerts(el)).to.deep.equal([]);
    const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[];
    // One answer per task, as a person gives them: three clicks in one task would be one long task.
    for (const i of [0, 1999, 3999]) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      radios[i]!.click();
      await el.updateComplete;
    }
    await settle(window, 300);
    expect($(el, '[part~="progress"]')?.textContent ?? deepText(el)).to.match(/3/);
    const freezes = watch.stop();
    const longest = Math.round(Math.max(0, ...tasks.stop()));
    report('checklist of 1,000 items', freezes, `all rows shown after ${Math.round(shown)} ms, longest task ${longest} ms`);
    expectNoUnindicatedFreeze(freezes, 'checklist of 1,000 items', Math.max(factor, loadFactor()));
  });
});

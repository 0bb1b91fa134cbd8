// <plc-checklist> with a long framework: a screenful of rows at once, the rest added in slices
// between frames, with the list marked busy meanwhile; answers and keys work throughout.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChecklistChangeDetail } from '@plc-kit/core';
import type { PlcChecklist } from '@plc-kit/elements';
import '@plc-kit/elements/checklist/define.js';
import { bigChecklist } from '../robustness/support.js';
import { withInlineJson } from '../helpers/inline.js';

const $ = <T extends Element = HTMLElement>(el: PlcChecklist, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: PlcChecklist, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const rows = (el: PlcChecklist) => $$(el, 'fieldset').length;
const list = (el: PlcChecklist) => $(el, '[part="items"]')!;
const radio = (el: PlcChecklist, row: number, value: number) => $$<HTMLInputElement>(el, `input[name="item-${row}"]`)[value - 1]!;

let keyCounter = 0;

/** A checklist of `n` rows from inline JSON, not yet in the page. */
function longChecklist(n: number): PlcChecklist {
  return withInlineJson<PlcChecklist>('plc-checklist', bigChecklist(n), { storage: 'none', 'storage-key': `slices-${Date.now()}-${keyCounter++}` });
}

/** Waits until the first rows are drawn and returns how many there were then. */
async function firstRows(el: PlcChecklist): Promise<number> {
  await waitUntil(() => rows(el) > 0, 'the first rows', { timeout: 20000, interval: 1 });
  return rows(el);
}

async function allRows(el: PlcChecklist, n: number): Promise<void> {
  await waitUntil(() => rows(el) === n, `all ${n} rows`, { timeout: 50000 });
  await el.updateComplete;
}

describe('<plc-checklist> with a long framework', function () {
  this.timeout(60000); // a thousand rows on two shared cores
  afterEach(() => document.querySelectorAll('plc-checklist, form.slices').forEach((el) => el.remove()));

  it('draws the built-in eleven rows in its first update, with nothing left to add', async () => {
    const el = document.createElement('plc-checklist') as PlcChecklist;
    el.setAttribute('storage', 'none');
    el.setAttribute('storage-key', `slices-${Date.now()}-${keyCounter++}`);
    document.body.append(el);
    await el.updateComplete;
    expect(rows(el)).to.equal(11);
    expect(list(el).getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[part="adding"]')).to.equal(null);
  });

  it('draws a screenful at once, then adds the rest in slices while the list says it is busy', async () => {
    const el = longChecklist(1000);
    const counts: number[] = [];
    const busyWhileAdding: boolean[] = [];
    document.body.append(el);
    const first = await firstRows(el);
    expect(first, 'at least a screenful at once').to.be.at.least(10);
    expect(first, 'not all at once').to.be.below(1000);
    expect(list(el).getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part="adding"]')!.textContent).to.match(/^Adding rows: \d+ of 1,000 so far…$/);
    const watch = new MutationObserver(() => {
      counts.push(rows(el));
      busyWhileAdding.push(rows(el) === 1000 || list(el).getAttribute('aria-busy') === 'true');
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await allRows(el, 1000);
    watch.disconnect();
    expect(new Set(counts).size, 'rows arrived in several slices').to.be.at.least(3);
    expect(counts, 'rows are only ever added').to.deep.equal([...counts].sort((a, b) => a - b));
    expect(busyWhileAdding.every(Boolean), 'busy until the last row').to.be.true;
    expect(list(el).getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[part="adding"]')).to.equal(null);
    expect($$(el, 'input[type="radio"]')).to.have.length(4000);
    expect($$(el, 'legend').at(-1)!.textContent).to.equal('Row 1,000 of 1,000');
    expect($(el, '.progress span')!.textContent!.trim()).to.equal('0 of 1,000 answered');
  });

  it('keeps answers given by mouse and keyboard while rows are still being added, in the count and the form value', async () => {
    const form = document.createElement('form');
    form.className = 'slices';
    const el = longChecklist(1000);
    el.setAttribute('name', 'answers');
    form.append(el);
    const changes: ChecklistChangeDetail[] = [];
    el.addEventListener('plc-change', (e) => changes.push(e.detail as ChecklistChangeDetail));
    document.body.append(form);
    await firstRows(el);

    expect(list(el).getAttribute('aria-busy'), 'still adding rows when answering').to.equal('true');
    radio(el, 2, 3).click();
    expect(changes.at(-1)).to.include({ item: 'item-1', value: 3, answered: 1, total: 1000 });

    radio(el, 1, 1).focus();
    expect(list(el).getAttribute('aria-busy'), 'still adding rows when pressing keys').to.equal('true');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => changes.at(-1)?.item === 'item-0' && changes.at(-1)?.value === 2, 'the keyboard answer');
    expect(el.shadowRoot!.activeElement, 'focus stays on the row while rows are added').to.equal(radio(el, 1, 2));

    await allRows(el, 1000);
    expect(radio(el, 2, 3).checked).to.be.true;
    expect(radio(el, 1, 2).checked).to.be.true;
    expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(2);
    expect($(el, '.progress span')!.textContent!.trim()).to.equal('2 of 1,000 answered');
    expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(2);
    expect(JSON.parse(String(new FormData(form).get('answers')))).to.deep.equal({
      framework: 'big-checklist',
      answers: { 'item-0': 2, 'item-1': 3 },
    });
  });

  it('carries on adding rows after being moved to another place in the page', async () => {
    const el = longChecklist(400);
    document.body.append(el);
    await firstRows(el);
    el.remove();
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await allRows(el, 400);
    expect(list(el).getAttribute('aria-busy')).to.equal('false');
    other.remove();
  });
});

// What the security tests know about each element: how to set it up, how a user works with it (run
// under the strict CSP), how to reach every part of it (so a hostile-input walk sees everything it can
// show), and what of a workspace it shows as text. An element without an entry here still gets the
// generic checks (it renders, no violation, stored and attribute payloads never run).
import { expect } from '@open-wc/testing';
import { generateNetwork, schoolsToCsv, type Workspace } from '@plc-kit/core';
import { settle, until } from './harness.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

export interface ElementSpec {
  /** The attribute naming a built-in framework, and the kind of framework the element takes. */
  framework?: { attribute: string; kind: 'checklist' | 'rating' | 'cycle' };
  /** Attributes to show the hostile workspace's PLC (or whatever else it needs to show stored text). */
  showStored?: Record<string, string>;
  /** What of the hostile workspace the element must show as text once `visitAll` has run. */
  storedShown?: (ws: Workspace) => string[];
  /** Whether the stored workspace's safe evidence links must show as live links once `visitAll` has run. */
  storedLinks?: boolean;
  /** A user's typical work with the element (answers, saves, navigation); asserts that it worked. */
  exercise?: (el: Lit) => Promise<void>;
  /**
   * Opens every part a user can reach (tabs, modes, dialogs), one after another, calling `step`
   * in each state (the hostile-input test checks every state, not only the last).
   */
  visitAll?: (el: Lit, step?: () => void) => Promise<void>;
  /**
   * Types `text` wherever the element takes typed text, as a user would (fills fields, submits),
   * and returns the texts it should now show.
   */
  typeText?: (el: Lit, text: string) => Promise<string[]>;
  /** Types a link wherever the element takes one; resolves whether the element kept it. */
  typeLink?: (el: Lit, url: string) => Promise<void>;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function updated(el: Lit): Promise<void> {
  await el.updateComplete;
  await settle(el.ownerDocument.defaultView!, 30);
  await el.updateComplete;
}

/** Sets a field's value and tells the element, as typing would (events from the field's own realm). */
function fill(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const win = field.ownerDocument.defaultView! as Window & typeof globalThis;
  field.focus();
  field.value = value;
  field.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
}

function submit(form: HTMLFormElement): void {
  form.requestSubmit();
}

// ------------------------------------------------------------------ plc-checklist

async function answerAll(el: Lit): Promise<void> {
  const rows = $$(el, '[part~="item"]');
  expect(rows.length, 'checklist rows').to.be.greaterThan(0);
  rows.forEach((row, i) => {
    const radios = [...row.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    radios[(i * 3 + 1) % radios.length]!.click();
  });
  await updated(el);
}

const checklist: ElementSpec = {
  framework: { attribute: 'framework', kind: 'checklist' },
  showStored: { plc: 'p-hostile' },
  storedShown: (ws) => [ws.plcs.find((p) => p.id === 'p-hostile')!.name],
  async exercise(el) {
    let completed = 0;
    el.addEventListener('plc-complete', () => completed++);
    await answerAll(el);
    expect(completed, 'plc-complete').to.be.greaterThan(0);
    expect($(el, '[part~="result"]'), 'result panel').to.exist;
    expect($(el, '[part~="band"]')!.textContent!.trim()).to.not.equal('');
  },
  async visitAll(el, step = () => {}) {
    step();
    await answerAll(el);
    step();
  },
};

// ------------------------------------------------------------------ plc-conditions-radar

async function rateAll(el: Lit): Promise<void> {
  const axes = $$(el, 'fieldset.axis');
  expect(axes.length, 'radar aspects').to.be.greaterThan(2);
  axes.forEach((_, i) => {
    const points = $$<HTMLInputElement>(el, `input[name="a${i}"]`);
    points[(i + 2) % points.length]!.click();
  });
  await updated(el);
}

const radar: ElementSpec = {
  framework: { attribute: 'framework', kind: 'rating' },
  storedShown: (ws) => ws.plcs.map((p) => p.name),
  async exercise(el) {
    await rateAll(el);
    let completed = 0;
    el.addEventListener('plc-complete', () => completed++);
    const respondent = $<HTMLInputElement>(el, 'input[name="respondent"]');
    if (respondent) fill(respondent, 'Ceri');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await updated(el);
    expect(completed, 'plc-complete').to.equal(1);
    el.setAttribute('mode', 'results');
    await updated(el);
    await until(() => $(el, 'canvas') && $(el, 'table'), 'the results radar and its table');
    const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    expect(painted, 'pixels drawn on the radar').to.be.greaterThan(100);
  },
  async visitAll(el, step = () => {}) {
    el.setAttribute('mode', 'rate');
    await updated(el);
    step();
    await rateAll(el);
    for (const mode of ['results', 'rate']) {
      el.setAttribute('mode', mode);
      await updated(el);
      step();
    }
  },
  async typeText(el, text) {
    await rateAll(el);
    const value = text.slice(0, 200);
    for (const name of ['respondent', 'subgroup', 'wave']) fill($<HTMLInputElement>(el, `input[name="${name}"]`)!, value);
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await updated(el);
    el.setAttribute('mode', 'results');
    el.setAttribute('compare', 'wave');
    await updated(el);
    return [value.trim()]; // The time point names its series in the legend and the table.
  },
};

// ------------------------------------------------------------------ plc-enquiry-cycle

async function visitTabs(el: Lit, step = () => {}): Promise<number> {
  const tabs = $$<HTMLButtonElement>(el, '[role="tab"]');
  for (const id of tabs.map((t) => t.id)) {
    $<HTMLButtonElement>(el, `#${id}`)!.click();
    await updated(el);
    step();
  }
  return tabs.length;
}

const enquiryCycle: ElementSpec = {
  framework: { attribute: 'cycle', kind: 'cycle' },
  showStored: { plc: 'p-hostile' },
  storedLinks: true,
  storedShown: (ws) => {
    const plc = ws.plcs.find((p) => p.id === 'p-hostile')!;
    const record = plc.cycle!.stages.find((s) => s.stage === plc.cycle!.currentStage)!;
    return [plc.name, plc.cycle!.question, record.notes, ...record.evidence.map((e) => e.title), ...record.actions.map((a) => a.what), ...record.decisions.map((d) => d.text), ...plc.cycle!.impact.map((m) => m.name)];
  },
  async exercise(el) {
    const name = $<HTMLInputElement>(el, '#new-name');
    expect(name, 'the new-PLC form').to.exist;
    fill(name!, 'Oracy across the cluster');
    submit(name!.form!);
    await updated(el);
    expect($(el, '[part~="header"]')?.textContent ?? '').to.contain('Oracy across the cluster');
    expect(await visitTabs(el), 'tabs').to.be.greaterThan(2);
  },
  async visitAll(el, step = () => {}) {
    step();
    await visitTabs(el, step);
    el.setAttribute('view', 'overview');
    await updated(el);
    step();
    el.setAttribute('view', 'plc');
    await updated(el);
  },
  async typeText(el, text) {
    const name = $<HTMLInputElement>(el, '#new-name')!;
    fill(name, text.slice(0, 500));
    const focus = $<HTMLTextAreaElement>(el, '#new-focus');
    if (focus) fill(focus, text);
    submit(name.form!);
    await updated(el);
    await visitTabs(el);
    return [text.slice(0, 500).trim()];
  },
  async typeLink(el, url) {
    if (!$(el, '[role="tab"]')) {
      const name = $<HTMLInputElement>(el, '#new-name')!;
      fill(name, 'Evidence links');
      submit(name.form!);
      await updated(el);
    }
    $<HTMLButtonElement>(el, '#tab-stage')!.click();
    await updated(el);
    const before = $$(el, '[part~="panel"] li').length;
    fill($<HTMLInputElement>(el, '#evidence-title')!, `Link to ${url.slice(0, 40)}`);
    fill($<HTMLInputElement>(el, '#evidence-url')!, url);
    submit($<HTMLInputElement>(el, '#evidence-url')!.form!);
    await updated(el);
    const added = $$(el, '[part~="panel"] li').length > before;
    const safe = /^(https?:|mailto:)/i.test(url.trim());
    expect(added, `evidence with ${url} ${safe ? 'kept' : 'refused'}`).to.equal(safe);
    if (!safe) expect($<HTMLInputElement>(el, '#evidence-url')!.getAttribute('aria-invalid'), 'the link field says what is wrong').to.equal('true');
  },
};

// ------------------------------------------------------------------ plc-network-map

/** A value rebuilt in the element's own realm (an iframe's), as data set by that page would be. */
function local<T>(el: Element, value: T): T {
  const win = el.ownerDocument.defaultView! as Window & typeof globalThis;
  return win.JSON.parse(JSON.stringify(value)) as T;
}

/** Picks files in the element's file input, as a user would. */
async function pickFiles(el: Lit, files: { name: string; text: string }[]): Promise<void> {
  const win = el.ownerDocument.defaultView! as Window & typeof globalThis;
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  expect(input, 'the CSV import control').to.exist;
  const transfer = new win.DataTransfer();
  for (const f of files) transfer.items.add(new win.File([f.text], f.name, { type: 'text/csv' }));
  input!.files = transfer.files;
  input!.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
  await until(async () => {
    await updated(el);
    return !$(el, '[part~="progress"]');
  }, 'the import and layout to finish');
}

function tableRows(el: Lit): number {
  return $$(el, '[part~="table"] tbody tr').length;
}

/** Opens the table of schools (a <details>; a large network fills it a task after the map). */
function openTable(el: Lit): void {
  const details = $<HTMLDetailsElement>(el, '[part~="table"]');
  if (details && !details.open) details.open = true;
}

async function mapDrawn(el: Lit, rows: number): Promise<void> {
  await until(async () => {
    openTable(el);
    await updated(el);
    return !$(el, '[part~="progress"]') && tableRows(el) >= rows;
  }, `the map to lay out ${rows} schools`, 20000);
  const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
  expect(painted, 'pixels drawn on the map').to.be.greaterThan(100);
}

const networkMap: ElementSpec = {
  storedShown: (ws) => ws.schools.map((s) => s.name),
  async exercise(el) {
    (el as Lit & { data?: unknown }).data = local(el, generateNetwork({ schools: 60, seed: 'csp' }));
    await mapDrawn(el, 60);
    $<HTMLButtonElement>(el, '[part~="table"] tbody button')!.click();
    await updated(el);
    expect(el.getAttribute('selected'), 'a school chosen from the table').to.not.equal('');
    await pickFiles(el, [{ name: 'schools.csv', text: 'id,name,cluster\r\nnew-1,Ysgol Newydd,Afon\r\n' }]);
    await mapDrawn(el, 61);
  },
  async visitAll(el, step = () => {}) {
    openTable(el);
    for (const view of ['two-mode', 'schools']) {
      el.setAttribute('view', view);
      await until(async () => {
        await updated(el);
        return !$(el, '[part~="progress"]');
      }, `the ${view} layout to finish`, 20000);
      step();
    }
  },
  async typeText(el, text) {
    const name = text.slice(0, 500);
    await pickFiles(el, [{ name: 'schools.csv', text: schoolsToCsv([{ id: 'typed-1', name }, { id: 'typed-2', name: `${name} (2)` }]) }]);
    openTable(el);
    await updated(el);
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    if (search) fill(search, name.slice(0, 100));
    await updated(el);
    return [name.trim(), `${name} (2)`.trim()];
  },
};

export const SPECS: Record<string, ElementSpec> = {
  'plc-network-map': networkMap,
  'plc-checklist': checklist,
  'plc-conditions-radar': radar,
  'plc-enquiry-cycle': enquiryCycle,
};

export function specFor(tag: string): ElementSpec {
  return SPECS[tag] ?? {};
}

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { NetworkData, Plc } from '@plc-kit/core';
import { PlcNetworkMap } from '@plc-kit/elements';
import '@plc-kit/elements/network-map/define.js';
import { plc } from '../helpers/fixtures.js';
import { withInlineJson } from '../helpers/inline.js';


/**
 * The hand-made network of the core tests. North: A, B. South: C, D. E has no PLC (an island).
 * Ties: A–B (2 PLCs, between), B–C (across), C–D (between); p3 is inside A.
 */
const small = (): NetworkData => ({
  schools: [
    { id: 'A', name: 'Ysgol Aber', cluster: 'North', phase: 'primary' },
    { id: 'B', name: 'Ysgol Bryn', cluster: 'North', phase: 'secondary' },
    { id: 'C', name: 'Ysgol Cwm', cluster: 'South', phase: 'primary' },
    { id: 'D', name: 'Ysgol Dyffryn', cluster: 'South' },
    { id: 'E', name: 'Ysgol Eithin', cluster: 'South' },
  ],
  members: [
    { id: 'm1', name: 'Ann', school: 'A' },
    { id: 'm2', name: 'Bryn', school: 'A' },
    { id: 'm3', name: 'Cerys', school: 'B' },
    { id: 'm4', name: 'Dai', school: 'C' },
  ],
  plcs: [
    plc('p1', [], { members: ['m1', 'm3'], focusArea: 'Reading' }),
    plc('p2', ['A'], { members: ['m2', 'm3'], focusArea: 'Numeracy' }),
    plc('p3', [], { members: ['m1', 'm2'], focusArea: 'Reading' }),
    plc('p4', ['B', 'C'], { kind: 'network', focusArea: 'Oracy' }),
    plc('p5', ['C', 'D'], { members: ['m4'], focusArea: 'Reading' }),
  ],
});

const $ = <T extends Element = HTMLElement>(el: PlcNetworkMap, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: PlcNetworkMap, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const measure = (el: PlcNetworkMap, name: string) => $(el, `[data-measure="${name}"]`).textContent!.replace(/\s+/g, ' ').trim();
const tableRows = (el: PlcNetworkMap) => $$(el, 'details.table tbody tr').map((tr) => tr.getAttribute('data-id'));

async function map(template = html`<plc-network-map storage="none" no-worker></plc-network-map>`, data: NetworkData | null = small()) {
  const el = await fixture<PlcNetworkMap>(template);
  if (data) el.data = data;
  await el.ready;
  await nextFrame();
  return el;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

function hex(colour: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!m) throw new Error(`not a hex colour: ${colour}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** The colour painted at a node's centre. */
function pixelAt(el: PlcNetworkMap, key: string): [number, number, number] {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  const p = el.screenPoint(key)!;
  const scale = canvas.width / canvas.getBoundingClientRect().width;
  const d = canvas.getContext('2d')!.getImageData(Math.round(p.x * scale), Math.round(p.y * scale), 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

/** How many canvas pixels are exactly this colour. */
function countColour(el: PlcNetworkMap, colour: string): number {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  const [r, g, b] = hex(colour);
  const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i] === r && d[i + 1] === g && d[i + 2] === b) n++;
  return n;
}

const series = (el: PlcNetworkMap) => getComputedStyle(el).getPropertyValue('--_series').split(',').map((c) => c.trim());

/** A point of the page (for real mouse input) at a node. */
function pagePoint(el: PlcNetworkMap, key: string): [number, number] {
  $(el, 'canvas').scrollIntoView({ block: 'center' });
  const rect = $(el, 'canvas').getBoundingClientRect();
  const p = el.screenPoint(key)!;
  return [Math.round(rect.left + p.x), Math.round(rect.top + p.y)];
}

describe('<plc-network-map>', function () {
  // Layouts run in real time on a shared machine: allow for a busy one.
  this.timeout(30000);
  before(() => setViewport({ width: 1200, height: 900 }));
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await resetMouse();
    document.documentElement.removeAttribute('lang');
    PlcNetworkMap.workerUrl = undefined;
  });

  it('draws the hand-made network: five schools in the table, measures from core, each school painted in its cluster colour', async () => {
    const el = await map();
    ($(el, 'details.table') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    expect(measure(el, 'schools')).to.equal('5');
    expect(measure(el, 'ties')).to.equal('3');
    expect(measure(el, 'within')).to.equal('1');
    expect(measure(el, 'density')).to.equal('0.3');
    expect(measure(el, 'components')).to.contain('2');
    expect(measure(el, 'isolated')).to.contain('Ysgol Eithin');
    expect(measure(el, 'shares')).to.contain('25%').and.to.contain('50%');
    // Row for A: 3 PLCs, 1 inside the school, 1 partner, 2 shared PLCs, not isolated.
    const a = $$(el, 'tbody tr[data-id="A"] td').map((td) => td.textContent!.trim());
    expect(a).to.deep.equal(['North', 'Primary', '3', '1', '1', '2', '0', 'No']);
    // B lies on the paths A–C and A–D, C on A–D and B–D: 2 each, of (5 − 1)(5 − 2) / 2 = 6 pairs.
    expect(measure(el, 'brokers')).to.contain('Ysgol Bryn: 0.333').and.to.contain('Ysgol Cwm: 0.333');
    expect($$(el, 'tbody tr[data-id="B"] td')[6]!.textContent).to.equal('0.333');
    // E-I by cluster: North 1 internal, 1 external → 0; South 1 internal, 1 external → 0.
    expect($$(el, 'table.ei tbody tr').map((tr) => tr.getAttribute('data-cluster'))).to.deep.equal(['North', 'South']);

    const [north, south] = series(el);
    for (const id of ['A', 'B']) expect(pixelAt(el, id)).to.deep.equal(hex(north!));
    for (const id of ['C', 'D', 'E']) expect(pixelAt(el, id)).to.deep.equal(hex(south!));
    // Five schools, five painted discs: every node is drawn where the map says it is.
    const points = ['A', 'B', 'C', 'D', 'E'].map((id) => el.screenPoint(id)!);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('gives the same positions for the same data, every time', async () => {
    const one = await map();
    const two = await map();
    expect([...two.positions()]).to.deep.equal([...one.positions()]);
    expect(one.positions().size).to.equal(5);
  });

  it('lays out in a Worker when it can, with the same positions as on the page', async () => {
    PlcNetworkMap.workerUrl = new URL('/packages/elements/src/network-map/layout.worker.ts', location.origin);
    const inWorker = await map(html`<plc-network-map storage="none"></plc-network-map>`);
    const onPage = await map();
    expect(inWorker.positions().size).to.equal(5);
    expect([...inWorker.positions()]).to.deep.equal([...onPage.positions()]);
    expect($(inWorker, '.note')).to.equal(null);
  });

  it('falls back to the page, and says so, when the Worker cannot start', async () => {
    PlcNetworkMap.workerUrl = new URL('/no-such-worker.js', location.origin);
    const el = await map(html`<plc-network-map storage="none"></plc-network-map>`);
    expect(el.positions().size).to.equal(5);
    expect($(el, '.note').textContent).to.contain('background worker');
    expect([...el.positions()]).to.deep.equal([...(await map()).positions()]);
  });

  it('shows a progress bar while laying out', async () => {
    const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" no-worker></plc-network-map>`);
    const { generateNetwork } = await import('@plc-kit/core');
    el.data = generateNetwork({ schools: 400, clusters: 4, seed: 'progress' });
    const labels = new Set<string>();
    for (let i = 0; i < 400 && !labels.has('Laying out the map'); i++) {
      await nextFrame();
      const bar = $(el, '[role="progressbar"]');
      if (bar) labels.add(bar.getAttribute('aria-label')!);
    }
    expect([...labels], 'progress bar').to.include('Laying out the map');
    await el.ready;
    expect($(el, '[role="progressbar"]')).to.equal(null);
  });

  it('selects a school by mouse, fires plc-select and opens its panel', async () => {
    const el = await map();
    const [x, y] = pagePoint(el, 'B');
    setTimeout(() => void sendMouse({ type: 'click', position: [x, y] }));
    const event = await oneEvent(el, 'plc-select');
    expect(event.detail).to.deep.equal({ kind: 'school', id: 'B' });
    await el.updateComplete;
    expect(el.selected).to.equal('B');
    const panel = $(el, '[part="panel"]');
    expect(panel.querySelector('.panel-name')!.textContent).to.equal('Ysgol Bryn');
    expect(panel.textContent).to.contain('PLC p4').and.to.contain('Ysgol Aber').and.to.contain('Ysgol Cwm');
    await expect(el).to.be.accessible();
  });

  it('moves from node to node with the arrow keys, announces each, shows focus, and selects with Enter', async () => {
    const el = await map();
    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    const focusColour = getComputedStyle(el).getPropertyValue('--_color-focus').trim();
    const surface = getComputedStyle(el).getPropertyValue('--_color-surface').trim();
    expect(focusColour).to.match(/^#/);
    const before = countColour(el, focusColour);
    // Reach the canvas by keyboard: Tab through the controls until it has focus.
    for (let i = 0; i < 30 && el.shadowRoot!.activeElement !== canvas; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(canvas);
    const live = $(el, '[aria-live="polite"]');
    // The focused school's announcement replaces "Map ready" once the focus has been drawn; a busy machine takes longer.
    await waitUntil(() => /^Ysgol /.test(live.textContent!.trim()), 'the focused school is announced', { timeout: 5000 });
    await nextFrame();
    const first = live.textContent!.trim();
    expect(first).to.match(/^Ysgol \w+\. (North|South)\. Partner schools: \d\. PLCs: \d\./);
    expect(countColour(el, focusColour), 'a focus ring is painted').to.be.greaterThan(before);
    expect(surface).to.match(/^#/);
    // Arrow keys move to other schools; some direction always leads on from any node here.
    const seen = new Set([first.split('.')[0]]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowUp']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      seen.add(live.textContent!.trim().split('.')[0]);
    }
    expect(seen.size).to.be.greaterThan(1);
    const announced = live.textContent!.trim();
    const name = announced.startsWith('No school') ? undefined : announced.split('.')[0];
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'plc-select');
    expect(event.detail.kind).to.equal('school');
    await el.updateComplete;
    if (name) expect($(el, '.panel-name').textContent).to.equal(name);
    expect(live.textContent).to.contain('Selected:');
    await expect(el).to.be.accessible();
  });

  it('filters change what is drawn and what is measured', async () => {
    const el = await map();
    const [, south] = series(el);
    expect(countColour(el, south!)).to.be.greaterThan(0);
    const select = $$<HTMLSelectElement>(el, '[part="filters"] select')[0]!;
    select.value = 'North';
    select.dispatchEvent(new Event('change'));
    await el.ready;
    await nextFrame();
    expect(measure(el, 'schools')).to.equal('2');
    expect(measure(el, 'ties')).to.equal('1');
    expect(measure(el, 'density')).to.equal('1');
    expect($(el, '[aria-live="polite"]').textContent).to.contain('Showing schools: 2, ties: 1');
    expect(countColour(el, south!), 'no South school is drawn').to.equal(0);
    ($(el, 'details.table') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal(['A', 'B']);
    // PLC kind: without the network p4, B and C are no longer partners.
    select.value = '';
    select.dispatchEvent(new Event('change'));
    const kind = $$<HTMLSelectElement>(el, '[part="filters"] select')[1]!;
    kind.value = 'plc';
    kind.dispatchEvent(new Event('change'));
    await el.ready;
    expect(measure(el, 'ties')).to.equal('2');
    expect(measure(el, 'components')).to.contain('3');
    // Focus: Reading PLCs only (p1, p3, p5).
    kind.value = '';
    kind.dispatchEvent(new Event('change'));
    const focus = $$<HTMLSelectElement>(el, '[part="filters"] select')[2]!;
    focus.value = 'Reading';
    focus.dispatchEvent(new Event('change'));
    await el.ready;
    expect(measure(el, 'ties')).to.equal('2');
    expect(measure(el, 'within')).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('imports CSV files of schools and memberships, listing bad rows by line and showing the rest', async () => {
    const el = await map(html`<plc-network-map storage="none" storage-key="csv-import" no-worker></plc-network-map>`, null);
    expect($(el, '.empty').textContent).to.contain('no schools');
    const schools = [
      'id,name,cluster,phase',
      's1,Ysgol Un,Aber,primary',
      's2,Ysgol Dau,Aber,secondary',
      's1,Duplicate,Aber,primary',
      's3,Ysgol Tri,Cwm,primary',
      ',No id,Cwm,primary',
    ].join('\n');
    const memberships = ['plc_id,plc_name,school_id,member_id,member_name', 'r1,Reading,s1,m1,Ann', 'r1,Reading,s2,m2,Bryn', 'r1,Reading,nowhere,m3,Cai', 'r2,Oracy,s3,m4,Dee'].join('\n');
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    const files = new DataTransfer();
    files.items.add(new File([memberships], 'memberships.csv', { type: 'text/csv' }));
    files.items.add(new File([schools], 'schools.csv', { type: 'text/csv' }));
    input.files = files.files;
    setTimeout(() => input.dispatchEvent(new Event('change')));
    const change = await oneEvent(el, 'plc-change');
    expect(change.detail.kind).to.equal('data');
    await el.ready;
    const alert = $(el, '[role="alert"]');
    expect(alert.textContent).to.contain('schools file, line 4').and.to.contain('line 6');
    expect(alert.textContent).to.contain('memberships file, line 4');
    expect(measure(el, 'schools')).to.equal('3');
    expect(measure(el, 'ties')).to.equal('1');
    expect(measure(el, 'within')).to.equal('1');
    expect($(el, '[role="status"]').textContent).to.contain('Imported');
    // Imported into the workspace: a reload finds it there.
    expect(el.store.state.schools.map((s) => s.id)).to.deep.equal(['s1', 's2', 's3']);
    await expect(el).to.be.accessible();
  });

  it('imports files dropped on it', async () => {
    const el = await map(html`<plc-network-map storage="none" storage-key="csv-drop" no-worker></plc-network-map>`, null);
    const drop = new DataTransfer();
    drop.items.add(new File(['id,name,cluster\nx1,Ysgol Drop,Glan\nx2,Ysgol Arall,Glan\n'], 'drop.csv', { type: 'text/csv' }));
    el.dispatchEvent(new DragEvent('dragover', { dataTransfer: drop, bubbles: true, cancelable: true }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }));
    await oneEvent(el, 'plc-change');
    await el.ready;
    expect(measure(el, 'schools')).to.equal('2');
    expect(measure(el, 'isolated')).to.contain('Ysgol Drop');
  });

  it('lists bad rows of JSON data with where and why, and shows the rest', async () => {
    const data = small() as unknown as { schools: unknown[]; plcs: unknown[] };
    data.schools.push({ id: 'bad id!', name: 'Broken' }, { id: 'A', name: 'Duplicate of A' });
    data.plcs.push({ ...plc('p9', ['A', 'ghost']) });
    const el = await map(undefined, data as unknown as NetworkData);
    const alert = $(el, '[role="alert"]');
    expect(alert.textContent).to.contain('schools[5]').and.to.contain('schools[6]').and.to.contain('“ghost”');
    expect(measure(el, 'schools')).to.equal('5');
    await expect(el).to.be.accessible();
  });

  it('never runs markup in a school’s name', async () => {
    (window as unknown as { __xss?: number }).__xss = undefined;
    const data = small();
    data.schools[0]!.name = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const el = await map(undefined, data);
    ($(el, 'details.table') as HTMLDetailsElement).open = true;
    el.selected = 'A';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect($(el, 'tbody tr[data-id="A"] th').textContent!.trim()).to.equal(data.schools[0]!.name);
    expect($(el, '.panel-name').textContent).to.equal(data.schools[0]!.name);
  });

  it('shows schools and PLCs in the two-mode view', async () => {
    const el = await map();
    const radio = $$<HTMLInputElement>(el, 'input[name="view"]').find((r) => r.value === 'two-mode')!;
    radio.click();
    await el.ready;
    await nextFrame();
    expect(el.view).to.equal('two-mode');
    const keys = [...el.positions().keys()];
    expect(keys.filter((k) => k.startsWith('plc:'))).to.have.length(5);
    expect(keys.filter((k) => !k.startsWith('plc:'))).to.have.length(5);
    // A PLC square is painted in the PLC colour, and choosing it fires plc-select for a PLC.
    const plcColour = getComputedStyle(el).getPropertyValue('--_map-plc').trim();
    expect(pixelAt(el, 'plc:p4')).to.deep.equal(hex(plcColour));
    const [x, y] = pagePoint(el, 'plc:p4');
    setTimeout(() => void sendMouse({ type: 'click', position: [x, y] }));
    const event = await oneEvent(el, 'plc-select');
    expect(event.detail).to.deep.equal({ kind: 'plc', id: 'p4' });
    await el.updateComplete;
    expect($(el, '[part="panel"]').textContent).to.contain('Ysgol Bryn').and.to.contain('Network');
    await expect(el).to.be.accessible();
  });

  it('pins a dragged school and keeps the pin in the workspace', async () => {
    const el = await map(html`<plc-network-map storage="local" storage-key="map-pins" no-worker></plc-network-map>`);
    const [x, y] = pagePoint(el, 'E');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 30, y + 20] });
    setTimeout(() => void sendMouse({ type: 'up' }));
    const event = await oneEvent(el, 'plc-change');
    expect(event.detail.kind).to.equal('pins');
    const pins = el.store.state.pins['network-map']!;
    expect(Object.keys(pins)).to.deep.equal(['E']);
    await Promise.resolve();
    expect(JSON.parse(localStorage.getItem('map-pins:workspace')!).pins['network-map'].E).to.deep.equal(pins.E);
    // A new map with the same store starts with E where it was pinned.
    const again = await map(html`<plc-network-map storage="local" storage-key="map-pins" no-worker></plc-network-map>`);
    expect(again.positions().get('E')).to.deep.equal({ x: Math.fround(pins.E!.x), y: Math.fround(pins.E!.y) });
  });

  it('follows the theme: the canvas is redrawn in the dark tokens', async () => {
    const el = await map();
    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    const corner = () => [...canvas.getContext('2d')!.getImageData(1, 1, 1, 1).data.slice(0, 3)];
    expect(corner()).to.deep.equal([255, 255, 255]);
    el.theme = 'dark';
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(corner()).to.deep.equal(hex(getComputedStyle(el).getPropertyValue('--_color-surface')));
    expect(corner()).to.not.deep.equal([255, 255, 255]);
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh in full when the page does', async () => {
    document.documentElement.lang = 'cy';
    const el = await map();
    expect($(el, '.title').textContent).to.equal('Rhwydwaith o ysgolion a CDPau');
    expect($(el, '#measures-title').textContent).to.equal('Mesurau’r rhwydwaith');
    expect($(el, 'canvas').getAttribute('aria-label')).to.contain('Map o ysgolion');
    await expect(el).to.be.accessible();
  });

  it('finds a school with the search box and selects it with Enter', async () => {
    const el = await map();
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    search.focus();
    await sendKeys({ type: 'dyff' });
    await el.updateComplete;
    expect($$(el, '.results button').map((b) => b.textContent)).to.deep.equal(['Ysgol Dyffryn']);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'plc-select');
    expect(event.detail).to.deep.equal({ kind: 'school', id: 'D' });
  });

  it('exports the graph as JSON and CSV', async () => {
    const el = await map();
    const saved: { name: string; text: string }[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, text: '' });
    };
    try {
      const buttons = $$<HTMLButtonElement>(el, '[part="export"] button');
      buttons.find((b) => b.textContent!.includes('JSON'))!.click();
      const json = JSON.parse(await blob!.text());
      expect(json.schools.map((s: { id: string }) => s.id)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
      expect(json.measures.density).to.equal(0.3);
      expect(json.ties).to.have.length(4);
      buttons.find((b) => b.textContent!.includes('Ties'))!.click();
      expect((await blob!.text()).split('\r\n')[0]).to.equal('source,target,kind,weight,members,plcs');
      expect(saved.map((s) => s.name.split('.').pop())).to.deep.equal(['json', 'csv']);
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('reads inline JSON, and takes its heading level from the page', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = withInlineJson<PlcNetworkMap>('plc-network-map', small(), { storage: 'none', 'heading-level': '3' });
    el.noWorker = true;
    holder.append(el);
    await el.ready;
    expect(measure(el, 'schools')).to.equal('5');
    expect($(el, '.title').getAttribute('aria-level')).to.equal('3');
    expect($(el, '#measures-title').getAttribute('aria-level')).to.equal('4');
  });

  it('shows one school and its partners for a school’s own page', async () => {
    const el = await map(html`<plc-network-map storage="none" no-worker school="B"></plc-network-map>`);
    expect(measure(el, 'schools')).to.equal('3');
    expect(el.selected).to.equal('B');
    expect($(el, '.panel-name').textContent).to.equal('Ysgol Bryn');
  });
});

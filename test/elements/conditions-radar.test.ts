import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  aggregateRatings,
  localText,
  formatNumber,
  type RadarChangeDetail,
  type RadarCompleteDetail,
  type RatingResponse,
} from '@plc-kit/core';
import { ratingFrameworks } from '@plc-kit/core/frameworks';
import { fetchLimits, type PlcConditionsRadar, type PlcProvider } from '@plc-kit/elements';
import '@plc-kit/elements/conditions-radar/define.js';
import { stubFetch } from '../helpers/fetch.js';
import { withInlineJson } from '../helpers/inline.js';

const cfs = ratingFrameworks['conditions-for-success']!;
const ids = cfs.axes.map((a) => a.id);

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

function rr(id: string, values: (number | null)[], extra: Partial<RatingResponse> = {}): RatingResponse {
  return { id, framework: cfs.id, ratings: Object.fromEntries(ids.map((a, i) => [a, values[i] ?? null])), at: '2026-09-01T09:00:00Z', ...extra };
}

/** A known data set: a PLC at the start and end of a cycle, and a second PLC. */
const known: RatingResponse[] = [
  rr('s1', [2, 3, 1, 4, 2], { wave: 'Start', plc: 'p1', at: '2026-09-02T09:00:00Z' }),
  rr('s2', [3, 3, 2, null, 2], { wave: 'Start', plc: 'p1', at: '2026-09-01T09:00:00Z' }),
  rr('s3', [4, 2, 2, 3, null], { wave: 'Start', plc: 'p2', at: '2026-09-03T09:00:00Z' }),
  rr('e1', [4, 4, 3, 4, 3], { wave: 'End', plc: 'p1', at: '2026-12-01T09:00:00Z' }),
  rr('e2', [3, 4, 4, 4, 4], { wave: 'End', plc: 'p2', at: '2026-12-02T09:00:00Z' }),
  rr('e3', [4, 3, 3, 3, 4], { wave: 'End', plc: 'p2', at: '2026-12-02T10:00:00Z' }),
];

/** Every painted pixel's colour, for checking that the canvas really draws (and in which colours). */
function pixels(el: PlcConditionsRadar): Uint8ClampedArray {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}
const painted = (data: Uint8ClampedArray) => data.reduce((n, v, i) => (i % 4 === 3 && v > 0 ? n + 1 : n), 0);
function hasColour(data: Uint8ClampedArray, [r, g, b]: [number, number, number]): boolean {
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255 && Math.abs(data[i]! - r) < 3 && Math.abs(data[i + 1]! - g) < 3 && Math.abs(data[i + 2]! - b) < 3) return true;
  return false;
}

async function results(template: ReturnType<typeof html>): Promise<PlcConditionsRadar> {
  const el = await fixture<PlcConditionsRadar>(template);
  await el.updateComplete;
  await frame();
  return el;
}

/** Captures what `download()` offers the user, by catching the link it clicks. */
async function captureDownload(action: () => void): Promise<{ name: string; blob: Blob }> {
  const original = HTMLAnchorElement.prototype.click;
  let link: HTMLAnchorElement | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    link = this;
  };
  try {
    action();
    for (let i = 0; i < 100 && !link; i++) await new Promise((r) => setTimeout(r, 10));
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  expect(link, 'a download was offered').to.exist;
  return { name: link!.download, blob: await (await fetch(link!.href)).blob() };
}

describe('<plc-conditions-radar> rate mode', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('is rated by keyboard alone, saves the response and fires plc-complete with a matching detail', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <plc-conditions-radar storage="none" storage-key="radar-keyboard" plc="p1" wave="Start"></plc-conditions-radar>
    </div>`);
    const el = wrapper.querySelector('plc-conditions-radar')!;
    await el.updateComplete;
    const changes: RadarChangeDetail[] = [];
    el.addEventListener('plc-change', (e) => changes.push(e.detail));
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    const wanted = [2, 3, 4, 3, 2];
    for (const value of wanted) {
      await sendKeys({ press: 'Tab' }); // into the next radio group (its first point)
      await sendKeys({ press: 'Space' }); // chooses point 1
      for (let v = 1; v < value; v++) await sendKeys({ press: 'ArrowRight' });
    }
    await el.updateComplete;
    expect(el.ratings).to.deep.equal(Object.fromEntries(ids.map((id, i) => [id, wanted[i]])));
    expect(changes.at(-1)).to.deep.include({ framework: cfs.id, plc: 'p1', axis: ids[4], value: 2, answered: 5, total: 5 });
    expect($(el, '.progress').textContent).to.equal('5 of 5 rated');

    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ceri' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'teachers' });
    await sendKeys({ press: 'Tab' }); // the time point, preset to "Start"
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Save my rating');
    const completed = oneEvent(el, 'plc-complete');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await completed) as unknown as CustomEvent<RadarCompleteDetail>;

    const stored = el.store.state.ratingResponses;
    expect(stored).to.have.length(1);
    expect(detail.response).to.deep.equal(stored[0]);
    expect(stored[0]).to.deep.include({ framework: cfs.id, plc: 'p1', respondent: 'Ceri', subgroup: 'teachers', wave: 'Start' });
    expect(stored[0]!.ratings).to.deep.equal(Object.fromEntries(ids.map((id, i) => [id, wanted[i]])));
    expect(detail.score).to.deep.equal({ raw: 14, min: 5, max: 20, scaled: 0.6 });
    expect(detail.plc).to.equal('p1');
    await el.updateComplete;
    expect($(el, '[role="status"]').textContent).to.contain('Your rating was saved (1 so far');
    expect(el.ratings).to.deep.equal({});
    await expect(el).to.be.accessible();
  });

  it('keeps the respondent optional, so anonymous ratings work', async () => {
    const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar storage="none" storage-key="radar-anon" heading-level="3"></plc-conditions-radar>`);
    expect($(el, '[role="heading"]').getAttribute('aria-level')).to.equal('3');
    for (const [i] of cfs.axes.entries()) $$<HTMLInputElement>(el, `input[name="a${i}"]`)[2]!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    const [saved] = el.store.state.ratingResponses;
    expect(saved).to.exist;
    expect(saved).not.to.have.any.keys('respondent', 'plc', 'subgroup', 'wave');
  });

  it('will not save until every aspect is rated, and says which are missing', async () => {
    const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar storage="none" storage-key="radar-missing"></plc-conditions-radar>`);
    $$<HTMLInputElement>(el, 'input[name="a0"]')[3]!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(el.store.state.ratingResponses).to.have.length(0);
    const alert = $(el, '.status[role="alert"]');
    expect(alert.textContent).to.contain('Reciprocal accountability, Collective responsibility');
    expect(el.shadowRoot!.activeElement).to.equal($$(el, 'input[name="a1"]')[0]);
    await expect(el).to.be.accessible();
  });

  it('asks before "Start again" throws away ratings, says when it did, and puts focus back on the form', async () => {
    const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar storage="none" storage-key="radar-start-again"></plc-conditions-radar>`);
    $$<HTMLInputElement>(el, 'input[name="a0"]')[2]!.click();
    $$<HTMLInputElement>(el, 'input[name="a1"]')[3]!.click();
    await el.updateComplete;
    const startAgain = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent === 'Start again')!;
    startAgain.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect($(el, '#confirm-body').textContent).to.equal('This clears the 2 ratings you have given and not yet saved.');
    await expect(el).to.be.accessible();
    // Cancel (the dialog's first, focused button) keeps everything.
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Cancel');
    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(false);
    expect(el.ratings).to.deep.equal({ [ids[0]!]: 3, [ids[1]!]: 4 });
    // Confirming clears, says so, and focus goes to the form's first point.
    startAgain.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Clear my ratings');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.ratings).to.deep.equal({});
    expect($(el, '.status[role="status"]').textContent).to.equal('Your ratings were cleared. The form is empty.');
    expect(el.shadowRoot!.activeElement).to.equal($$(el, 'input[name="a0"]')[0]);
  });

  it('says its form message again in the new language when the language switches', async () => {
    const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar storage="none" storage-key="radar-message-lang"></plc-conditions-radar>`);
    $$<HTMLInputElement>(el, 'input[name="a0"]')[3]!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect($(el, '.status[role="alert"]').textContent).to.contain('Still to rate: Reciprocal accountability');
    el.setAttribute('lang', 'cy');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    const welsh = $(el, '.status[role="alert"]').textContent!;
    expect(welsh).to.contain('Heb sgôr eto:');
    expect(welsh).to.contain(localText(cfs.axes[1]!.label, 'cy'));
    expect(welsh).not.to.contain('Reciprocal accountability');
  });

  it('says "Loading…" while a src framework is fetched, and that it could not be loaded when the server never answers', async () => {
    const timeout = fetchLimits.timeout;
    // A server that accepts the request and never answers: only the element's own time limit ends it.
    const network = stubFetch((_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))));
    fetchLimits.timeout = 400;
    try {
      const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar lang="cy" storage="none" src="/never-answers.json"></plc-conditions-radar>`);
      const loading = $(el, '[role="status"][aria-busy="true"]');
      expect(loading.textContent).to.equal('Wrthi’n llwytho…');
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'a message once the time limit passes', { timeout: 3000 });
      expect($(el, '[role="alert"]').textContent).to.contain('dim ateb ar ôl 0.4 eiliad');
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      network.restore();
      fetchLimits.timeout = timeout;
    }
  });

  it('refuses a src that is not an http(s) address without fetching it', async () => {
    const network = stubFetch();
    try {
      const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar storage="none" src="javascript:alert(1)"></plc-conditions-radar>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the message');
      expect($(el, '[role="alert"]').textContent).to.contain('a javascript: address cannot be loaded; use an http or https one');
      expect(network.calls).to.deep.equal([]);
    } finally {
      network.restore();
    }
  });

  it('updates the radar as ratings are given, with no animation under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar storage="none" storage-key="radar-live"></plc-conditions-radar>`);
    await frame();
    expect(el.chart!.options.animation).to.equal(false);
    const before = pixels(el);
    for (const [i] of cfs.axes.entries()) $$<HTMLInputElement>(el, `input[name="a${i}"]`)[3]!.click();
    await el.updateComplete;
    expect(el.chart!.data.datasets[0]!.data).to.deep.equal([4, 4, 4, 4, 4]);
    const after = pixels(el);
    expect(painted(after)).to.be.greaterThan(painted(before));
    expect($(el, 'canvas').getAttribute('aria-label')).to.contain('Trust: 4');
  });

  it('keeps an unsaved rating through a reload, and forgets it once saved', async () => {
    const make = () => fixture<PlcConditionsRadar>(html`<plc-conditions-radar storage-key="radar-draft" plc="p9"></plc-conditions-radar>`);
    let el = await make();
    $$<HTMLInputElement>(el, 'input[name="a0"]')[2]!.click();
    $$<HTMLInputElement>(el, 'input[name="a3"]')[0]!.click();
    await el.updateComplete;
    el.remove();
    el = await make();
    await el.updateComplete;
    expect(el.ratings).to.deep.equal({ [ids[0]!]: 3, [ids[3]!]: 1 });
    expect($$<HTMLInputElement>(el, 'input[name="a0"]')[2]!.checked).to.be.true;
    for (const [i] of cfs.axes.entries()) $$<HTMLInputElement>(el, `input[name="a${i}"]`)[1]!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    el.remove();
    el = await make();
    await el.updateComplete;
    expect(el.ratings).to.deep.equal({});
    expect(el.store.state.ratingResponses).to.have.length(1);
  });

  it('offers the workspace’s PLCs when no plc is set', async () => {
    const provider = await fixture<PlcProvider>(html`<plc-provider storage="none" storage-key="radar-plcs">
      <plc-conditions-radar></plc-conditions-radar>
    </plc-provider>`);
    const el = provider.querySelector('plc-conditions-radar')!;
    el.store.update((ws) => ({
      ...ws,
      plcs: [{ id: 'oracy', name: 'Oracy PLC', kind: 'plc', members: [], schools: [], status: 'active', pastCycles: [], history: [], notes: '' }],
    }));
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, 'select[name="plc"]');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['—', 'Oracy PLC']);
    select.value = 'oracy';
    for (const [i] of cfs.axes.entries()) $$<HTMLInputElement>(el, `input[name="a${i}"]`)[3]!.click();
    await el.updateComplete;
    const completed = oneEvent(el, 'plc-complete');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    const { detail } = (await completed) as unknown as CustomEvent<RadarCompleteDetail>;
    expect(detail.plc).to.equal('oracy');
    expect(el.store.state.ratingResponses[0]!.plc).to.equal('oracy');
    await expect(el).to.be.accessible();
  });

  it('shows a failure inside the element instead of throwing it at the page', async () => {
    const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar storage="none" storage-key="radar-fail"></plc-conditions-radar>`);
    for (const [i] of cfs.axes.entries()) $$<HTMLInputElement>(el, `input[name="a${i}"]`)[0]!.click();
    el.store.update = () => {
      throw new Error('disk on fire');
    };
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    addEventListener('error', onError);
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect($(el, '[part="error"][role="alert"]').textContent).to.contain('disk on fire');
  });

  it('submits the ratings as JSON with a surrounding form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><plc-conditions-radar name="radar" storage="none" storage-key="radar-form"></plc-conditions-radar></form>`);
    const el = form.querySelector('plc-conditions-radar')!;
    await el.updateComplete;
    $$<HTMLInputElement>(el, 'input[name="a0"]')[1]!.click();
    expect(JSON.parse(String(new FormData(form).get('radar')))).to.deep.equal({ ...Object.fromEntries(ids.map((id) => [id, null])), trust: 2 });
    form.reset();
    await el.updateComplete;
    expect(el.ratings).to.deep.equal({});
  });

  it('works with every built-in rating framework and with a user’s own inline framework', async () => {
    for (const framework of Object.values(ratingFrameworks)) {
      const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar storage="none" framework=${framework.id}></plc-conditions-radar>`);
      // Every framework but the default is fetched on demand, so it may take a moment to arrive.
      await waitUntil(() => $$(el, 'fieldset.axis').length > 0, `${framework.id} arrives`);
      expect($$(el, 'fieldset.axis').length, framework.id).to.equal(framework.axes.length);
      expect($(el, '[role="heading"]').textContent).to.equal(framework.title.en);
      expect($(el, '[role="heading"]').getAttribute('aria-level')).to.equal('2');
    }
    const own = {
      id: 'our-team',
      kind: 'rating',
      title: { en: 'Our team' },
      source: { citation: 'Us' },
      axes: ['a', 'b', 'c'].map((id) => ({ id, label: { en: `Aspect ${id}` }, description: { en: `About ${id}` } })),
      scale: { min: 0, max: 10, points: [0, 5, 10].map((value) => ({ value, label: { en: `${value}` } })) },
    };
    const el = withInlineJson('plc-conditions-radar', own, { storage: 'none' });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await waitUntil(() => $$(el, 'fieldset.axis').length > 0, 'the inline framework is parsed');
    expect($$(el, 'fieldset.axis').length).to.equal(3);
    expect($$(el, 'input[name="a0"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['0', '5', '10']);
  });

  it('speaks Welsh, axis names and descriptions included, and switches language live', async () => {
    const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar lang="cy" storage="none"></plc-conditions-radar>`);
    await frame();
    expect($$(el, 'legend').map((l) => l.textContent)).to.include('Ymddiriedaeth');
    expect($(el, '#d0').textContent).to.contain('Mae’r aelodau’n teimlo’n ddiogel');
    expect($(el, 'button[type="submit"]').textContent).to.equal('Cadw fy sgôr');
    expect((el.chart!.data.labels as string[][])[0]).to.deep.equal(['Ymddiriedaeth']);
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect((el.chart!.data.labels as string[][])[0]).to.deep.equal(['Trust']);
    await expect(el).to.be.accessible();
  });
});

describe('<plc-conditions-radar> results mode', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('draws exactly core’s aggregation of a known data set, and the table shows the same numbers', async () => {
    const el = await results(html`<plc-conditions-radar mode="results" compare="wave" storage="none" .responses=${known}></plc-conditions-radar>`);
    const core = aggregateRatings(known, cfs, { by: 'wave' });
    expect(el.summary).to.deep.equal(core);
    const datasets = el.chart!.data.datasets;
    expect(datasets.map((d) => d.label)).to.deep.equal(['Start', 'End']);
    datasets.forEach((d, s) => expect(d.data).to.deep.equal(core.groups[s]!.axes.map((a) => a.mean)));
    // Start, trust: 2, 3, 4 → mean 3, SD 1, so the band drawn is 2–4.
    expect(el.series[0]!.band[0]).to.deep.equal([2, 4]);

    const groups = $$(el, 'tbody');
    expect(groups).to.have.length(2);
    groups.forEach((tbody, s) => {
      expect(tbody.querySelector('th[scope="rowgroup"]')!.textContent).to.equal(`${datasets[s]!.label} (n = ${core.groups[s]!.responses})`);
      [...tbody.querySelectorAll('tr:not(:first-child)')].forEach((row, a) => {
        const cells = [...row.children].map((c) => c.textContent!.trim());
        const stats = core.groups[s]!.axes[a]!;
        const mean = datasets[s]!.data[a] as number;
        const band = el.series[s]!.band[a]!;
        expect(cells).to.deep.equal([
          cfs.axes[a]!.label.en,
          String(stats.n),
          String(stats.missing),
          formatNumber('en', mean, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          stats.sd === null ? '—' : formatNumber('en', stats.sd, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          String(stats.min),
          String(stats.max),
          band.map((v) => formatNumber('en', v, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).join('–'),
        ]);
      });
    });
    expect($(el, 'table').classList.contains('visually-hidden')).to.be.true;
    $<HTMLButtonElement>(el, '.actions button[aria-pressed]').click();
    await el.updateComplete;
    expect($(el, 'table').classList.contains('visually-hidden')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('aggregates many ratings after painting a busy note, then draws exactly core’s aggregation', async () => {
    const many = Array.from({ length: 120_000 }, (_, i) => known[i % known.length]!).map((r, i) => ({ ...r, id: `m${i}` }));
    const el = await results(html`<plc-conditions-radar mode="results" compare="wave" storage="none"></plc-conditions-radar>`);
    el.responses = many;
    await new Promise((r) => setTimeout(r)); // the render, not yet the deferred aggregation
    const note = $(el, '[part="busy"]');
    expect(note.getAttribute('role')).to.equal('status');
    expect(note.getAttribute('aria-busy')).to.equal('true');
    expect(note.textContent!.trim()).to.equal('Working out the results of 120,000 ratings…');
    expect(el.chart, 'no chart of stale numbers meanwhile').to.equal(undefined);
    await expect(el).to.be.accessible();
    await el.updateComplete; // also waits for the aggregation and its render
    expect(el.shadowRoot!.querySelector('[part="busy"]')).to.equal(null);
    expect(el.summary).to.deep.equal(aggregateRatings(many, cfs, { by: 'wave' }));
    expect(el.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['Start', 'End']);
    el.setAttribute('lang', 'cy');
    el.responses = [...many];
    await new Promise((r) => setTimeout(r));
    expect($(el, '[part="busy"]').textContent!.trim()).to.equal('Wrthi’n cyfrifo canlyniadau 120,000 o sgorau…');
    await el.updateComplete;
  });

  it('really paints the canvas, and the painting changes when the data change', async () => {
    const el = await results(html`<plc-conditions-radar mode="results" storage="none" .responses=${known.slice(0, 3)}></plc-conditions-radar>`);
    const first = pixels(el);
    expect(painted(first)).to.be.greaterThan(1000);
    el.responses = known.slice(3);
    await el.updateComplete;
    const second = pixels(el);
    let differ = 0;
    for (let i = 3; i < first.length; i += 4) if (first[i] !== second[i]) differ++;
    expect(differ).to.be.greaterThan(200);
  });

  it('switches the band between ±1 SD and lowest–highest, and the legend shows and hides series', async () => {
    const el = await results(html`<plc-conditions-radar mode="results" compare="plc" storage="none" .responses=${known}></plc-conditions-radar>`);
    expect(el.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['p1', 'p2']);
    const [spreadSelect] = $$<HTMLSelectElement>(el, '.controls select').slice(1);
    spreadSelect!.value = 'range';
    spreadSelect!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('spread')).to.equal('range');
    const p1 = aggregateRatings(known, cfs, { by: 'plc' }).groups[0]!;
    expect(el.series[0]!.band).to.deep.equal(p1.axes.map((a) => [a.min, a.max]));
    expect($(el, '.legend').textContent).to.contain('lowest to highest answer');

    const [p1Button] = $$<HTMLButtonElement>(el, '.legend button');
    p1Button!.click();
    await el.updateComplete;
    expect(p1Button!.getAttribute('aria-pressed')).to.equal('false');
    expect(el.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['p2']);
    expect($$(el, 'tbody')).to.have.length(1);
    p1Button!.click();
    await el.updateComplete;
    expect(el.chart!.data.datasets).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('lists responses that are out of scale or name unknown axes, and still charts the rest', async () => {
    const bad = [
      ...known.slice(0, 3),
      { ...rr('wild', [5, 3, 3, 3, 3]) },
      { ...rr('stranger', [3, 3, 3, 3, 3]), ratings: { trust: 3, happiness: 4 } },
      { ...rr('elsewhere', [3, 3, 3, 3, 3]), framework: 'skills-for-success' },
    ];
    const el = await results(html`<plc-conditions-radar mode="results" storage="none" .responses=${bad}></plc-conditions-radar>`);
    const items = $$(el, '[part="rejected"] li').map((li) => li.textContent);
    expect($(el, '[part="rejected"]').getAttribute('role')).to.equal('alert');
    expect(items).to.deep.equal([
      'wild: Trust: 5 is outside the scale 1–4.',
      'stranger: “happiness” is not one of this framework’s aspects.',
      'elsewhere: It rates the “skills-for-success” framework, not “conditions-for-success”.',
    ]);
    expect(el.summary!.accepted).to.equal(3);
    expect(el.chart!.data.datasets[0]!.data).to.deep.equal(aggregateRatings(known.slice(0, 3), cfs).groups[0]!.axes.map((a) => a.mean));
    expect(painted(pixels(el))).to.be.greaterThan(1000);
    await expect(el).to.be.accessible();
  });

  it('redraws in the new colours when the theme changes (attribute, provider, or the device’s scheme)', async () => {
    const el = await results(html`<plc-conditions-radar mode="results" storage="none" .responses=${known}></plc-conditions-radar>`);
    const light: [number, number, number] = [0x0b, 0x5c, 0xad];
    const darkBlue: [number, number, number] = [0x7c, 0xb8, 0xf7];
    expect(el.chart!.data.datasets[0]!.borderColor).to.equal('#0b5cad');
    expect(hasColour(pixels(el), light)).to.be.true;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.chart!.data.datasets[0]!.borderColor).to.equal('#7cb8f7');
    expect(hasColour(pixels(el), darkBlue)).to.be.true;
    expect(hasColour(pixels(el), light)).to.be.false;
    const ticks = (el.chart!.options.scales!.r as { ticks: { color: string } }).ticks;
    expect(ticks.color).to.equal('#eef1f5');

    el.theme = 'auto';
    await el.updateComplete;
    expect(el.chart!.data.datasets[0]!.borderColor).to.equal('#0b5cad');
    await emulateMedia({ colorScheme: 'dark' });
    // The device's scheme reaches the element through its token watch, within a frame or two.
    await waitUntil(() => el.chart!.data.datasets[0]!.borderColor === '#7cb8f7', 'the device’s dark scheme is drawn');

    const provider = await fixture<PlcProvider>(html`<plc-provider storage="none" storage-key="radar-theme" theme="high-contrast">
      <plc-conditions-radar mode="results" .responses=${known}></plc-conditions-radar>
    </plc-provider>`);
    const inner = provider.querySelector('plc-conditions-radar')!;
    await inner.updateComplete;
    expect(inner.chart!.data.datasets[0]!.borderColor).to.equal('#ffff00');
    provider.theme = 'light';
    await provider.updateComplete;
    await inner.updateComplete;
    expect(inner.chart!.data.datasets[0]!.borderColor).to.equal('#0b5cad');
  });

  it('resizes the chart with its box', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px">
      <plc-conditions-radar mode="results" storage="none" .responses=${known}></plc-conditions-radar>
    </div>`);
    const el = wrapper.querySelector('plc-conditions-radar')!;
    await el.updateComplete;
    await frame();
    const wide = el.chart!.width;
    wrapper.style.width = '300px';
    for (let i = 0; i < 20 && el.chart!.width === wide; i++) await frame();
    expect(el.chart!.width).to.be.lessThan(wide);
    expect(el.chart!.width).to.be.closeTo(300, 2);
  });

  it('aggregates the workspace’s responses, names PLCs, keeps to one PLC, and shows an empty state', async () => {
    const provider = await fixture<PlcProvider>(html`<plc-provider storage="none" storage-key="radar-workspace">
      <plc-conditions-radar mode="results" compare="plc"></plc-conditions-radar>
    </plc-provider>`);
    const el = provider.querySelector('plc-conditions-radar')!;
    await el.updateComplete;
    expect($(el, '[part="empty"]').textContent).to.contain('No ratings yet');
    await expect(el).to.be.accessible();
    const other = { ...rr('other', [3, 3, 3, 3, 3]), framework: 'skills-for-success', ratings: { enquiry: 3, collaborative: 3, leadership: 3 } };
    el.store.update((ws) => ({
      ...ws,
      plcs: [{ id: 'p1', name: 'Reading PLC', kind: 'plc', members: [], schools: [], status: 'active', pastCycles: [], history: [], notes: '' }],
      ratingResponses: [...known, other],
    }));
    await el.updateComplete;
    expect(el.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['Reading PLC', 'p2']);
    // Another framework's responses in the workspace belong to another radar: passed over, not listed.
    expect(el.shadowRoot!.querySelector('[part="rejected"]')).to.equal(null);
    el.plc = 'p2';
    el.compare = 'wave';
    await el.updateComplete;
    expect(el.summary!.accepted).to.equal(3);
    expect(el.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['Start', 'End']);
  });

  it('downloads the table as CSV and the chart as PNG', async () => {
    const el = await results(html`<plc-conditions-radar mode="results" compare="wave" storage="none" .responses=${known}></plc-conditions-radar>`);
    const [, png, csv] = $$<HTMLButtonElement>(el, '.actions button');
    const file = await captureDownload(() => csv!.click());
    expect(file.name).to.equal('conditions-for-success.csv');
    const lines = (await file.blob.text()).trim().split('\r\n');
    expect(lines).to.have.length(1 + 2 * ids.length);
    expect(lines[0]).to.contain('Series,Responses,id,Aspect,n');
    const start = el.summary!.groups[0]!;
    expect(lines[1]).to.equal(`Start,3,trust,Trust,3,0,3,1,2,4,2,4`);
    expect(lines[2]).to.equal(`Start,3,reciprocal-accountability,Reciprocal accountability,3,0,${Math.round(start.axes[1]!.mean! * 1e4) / 1e4},${Math.round(start.axes[1]!.sd! * 1e4) / 1e4},2,3,${Math.round((start.axes[1]!.mean! - start.axes[1]!.sd!) * 1e4) / 1e4},${Math.round((start.axes[1]!.mean! + start.axes[1]!.sd!) * 1e4) / 1e4}`);
    const image = await captureDownload(() => png!.click());
    expect(image.name).to.equal('conditions-for-success.png');
    expect(image.blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(image.blob);
    expect(bitmap.height).to.be.greaterThan(bitmap.width);
  });

  it('speaks Welsh in results mode: aspect names, series and table', async () => {
    const el = await results(html`<plc-conditions-radar lang="cy" mode="results" storage="none" .responses=${known}></plc-conditions-radar>`);
    expect((el.chart!.data.labels as string[][]).map((l) => l.join(' '))).to.deep.equal(cfs.axes.map((a) => a.label.cy));
    expect($(el, 'tbody th[scope="rowgroup"]').textContent).to.equal('Pob ymateb (n = 6)');
    expect($(el, 'tbody th[scope="row"]').textContent).to.equal('Ymddiriedaeth');
    expect($(el, 'caption').textContent!.trim()).to.equal('Amodau ar gyfer llwyddiant: y rhifau a ddangosir yn y siart');
    expect($(el, 'canvas').getAttribute('aria-label')).to.contain('siart radar');
    await expect(el).to.be.accessible();
  });

  it('says so when an attribute has a value it does not know, and carries on', async () => {
    const el = await results(html`<plc-conditions-radar mode="results" compare="colour" storage="none" .responses=${known}></plc-conditions-radar>`);
    expect($(el, '[part="error"]').textContent).to.contain('compare="colour" is not one of none, wave, plc, subgroup');
    expect(el.chart!.data.datasets).to.have.length(1);
    el.removeAttribute('compare');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('says the responses property must be a list when a page sets anything else, and shows none', async () => {
    const el = await results(html`<plc-conditions-radar mode="results" storage="none" .responses=${known}></plc-conditions-radar>`);
    (el as unknown as { responses: unknown }).responses = 'x';
    await el.updateComplete;
    expect($(el, '[part="error"]').textContent).to.contain('The responses property must be a list (an array) of rating responses; it was given string.');
    expect(el.shadowRoot!.querySelector('[part="rejected"]')).to.equal(null); // Not "one response was left out".
    expect(el.summary!.accepted).to.equal(0);
    await expect(el).to.be.accessible();
    el.responses = known;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.summary!.accepted).to.equal(known.length);
  });

  it('reads out the point under the pointer without redrawing the chart', async () => {
    const el = await results(html`<plc-conditions-radar mode="results" compare="wave" storage="none" .responses=${known}></plc-conditions-radar>`);
    const chart = el.chart!;
    let updates = 0;
    const update = chart.update.bind(chart);
    chart.update = (...args: Parameters<typeof chart.update>) => {
      updates++;
      return update(...args);
    };
    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    const box = canvas.getBoundingClientRect();
    const trustEnd = chart.getDatasetMeta(1).data[0]!; // End of cycle, trust: the top spoke
    canvas.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + trustEnd.x, clientY: box.top + trustEnd.y, bubbles: true }));
    await el.updateComplete;
    const end = el.summary!.groups[1]!.axes[0]!;
    expect($(el, '.hover').textContent).to.equal(`End · Trust: mean ${formatNumber('en', end.mean!, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}, n = ${end.n}`);
    expect(updates).to.equal(0);
    canvas.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '.hover').textContent).to.equal('');
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { checklistFrameworks, type ChecklistCompleteDetail, type ChecklistChangeDetail } from '@plc-kit/core';
import type { PlcChecklist } from '@plc-kit/elements';
import '@plc-kit/elements/checklist/define.js';
import { captureDownloads } from '../helpers/downloads.js';

const plcOrNot = checklistFrameworks['plc-or-not']!;
const total = plcOrNot.items.length;

const root = (el: PlcChecklist) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: PlcChecklist, sel: string) => root(el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: PlcChecklist, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const radios = (el: PlcChecklist, row: number) => $$<HTMLInputElement>(el, `input[name="item-${row}"]`);
const progressText = (el: PlcChecklist) => $(el, '.progress span')!.textContent!.trim();

/** The accessible name of a row's fieldset, assembled from its aria-labelledby ids as a browser does. */
function fieldsetName(el: PlcChecklist, row: number): string {
  const fieldset = $$<HTMLFieldSetElement>(el, 'fieldset')[row - 1]!;
  return fieldset
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => root(el).getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim())
    .join(' ');
}

async function settle(el: PlcChecklist): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}

/** Clicks a point on a row, as a mouse user would. */
async function pick(el: PlcChecklist, row: number, value: number): Promise<void> {
  radios(el, row)[value - 1]!.click();
  await settle(el);
}

async function answerAll(el: PlcChecklist, values: number[]): Promise<void> {
  for (let i = 0; i < values.length; i++) await pick(el, i + 1, values[i]!);
}

let keyCounter = 0;
const uniqueKey = () => `checklist-test-${Date.now()}-${keyCounter++}`;

describe('<plc-checklist>', function () {
  this.timeout(20000); // axe and many clicks per test, on a machine whose two cores are shared
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    document.documentElement.removeAttribute('lang');
    await emulateMedia({ media: 'screen' });
  });

  it('renders the default framework: both poles per row, a four-point scale, progress, and passes axe empty', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()}></plc-checklist>`);
    await settle(el);
    expect($(el, '[role="heading"]')!.textContent).to.equal('A PLC or not a PLC?');
    expect($$(el, 'fieldset')).to.have.length(total);
    for (let row = 1; row <= total; row++) expect(radios(el, row)).to.have.length(4);
    const first = plcOrNot.items[0]!;
    expect(fieldsetName(el, 1)).to.equal(`Row 1 of 11 Not a PLC: ${first.not!.en} or A PLC: ${first.plc.en}`);
    expect($(el, '[part~="pole-not"]')!.textContent).to.contain(first.not!.en);
    expect($(el, '[part~="pole-plc"]')!.textContent).to.contain(first.plc.en);
    expect(radios(el, 1).map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal([
      'Clearly not a PLC',
      'Leaning to not a PLC',
      'Leaning to a PLC',
      'Clearly a PLC',
    ]);
    // Row 10 has one pole in the source: it asks for agreement, and its name says so.
    expect(fieldsetName(el, 10)).to.equal(`Row 10 of 11 A PLC: ${plcOrNot.items[9]!.plc.en} How far do you agree?`);
    expect(radios(el, 10).map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal([
      'Strongly disagree',
      'Disagree',
      'Agree',
      'Strongly agree',
    ]);
    expect(progressText(el)).to.equal('0 of 11 answered');
    expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(0);
    expect($(el, '[part="result"]')).to.equal(null);
    expect($(el, '.pending')!.textContent).to.contain('appears here when every row is answered');
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone, and passes axe half done and with the result', async function () {
    this.timeout(30000); // 30 key presses and two axe runs, on a machine shared with other test runs
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button id="before">before</button><plc-checklist storage="none" storage-key=${uniqueKey()}></plc-checklist></div>`,
    );
    const el = wrapper.querySelector('plc-checklist')!;
    await settle(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' }); // the "About this checklist" disclosure
    const about = root(el).activeElement as HTMLButtonElement;
    expect(about.textContent).to.equal('About this checklist');
    expect(about.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#about')!.hidden).to.be.true;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(about.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#about')!.hidden).to.be.false;
    expect($(el, '#about')!.textContent).to.contain(plcOrNot.source.citation);
    for (let row = 1; row <= total; row++) {
      await sendKeys({ press: 'Tab' });
      const focused = root(el).activeElement as HTMLInputElement;
      expect(focused.name, `Tab reaches row ${row}`).to.equal(`item-${row}`);
      if (row <= 6) {
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' }); // 1 → 4: clearly a PLC
      } else {
        await sendKeys({ press: 'Space' }); // the first point: clearly not a PLC
      }
      await settle(el);
      if (row === 6) {
        expect(progressText(el)).to.equal('6 of 11 answered');
        await expect(el).to.be.accessible();
      }
    }
    await settle(el);
    expect(radios(el, 1)[3]!.checked).to.be.true;
    expect(radios(el, 11)[0]!.checked).to.be.true;
    const result = $(el, '[part="result"]')!;
    expect($(el, '[part="band"]')!.textContent).to.equal('Band: Emerging PLC');
    expect($(el, '[part="score"]')!.textContent).to.equal('6 of 11 rows on the PLC side (55%)');
    expect($(el, '[part="note"]')!.textContent).to.equal('This is a reflection aid, not a validated measure.');
    const feedback = $$(el, '[part="feedback"] li');
    expect(feedback).to.have.length(11);
    expect(feedback[0]!.textContent).to.contain('Strengthen first');
    expect(feedback[0]!.textContent).to.contain(plcOrNot.items[6]!.strengthen.en);
    expect(feedback[10]!.textContent).to.contain('A strength');
    expect(result.textContent).to.contain(plcOrNot.items[0]!.strengthen.en);
    expect($(el, '[role="status"][aria-live]')!.textContent).to.contain('Every row is answered. Result: Emerging PLC');
    await expect(el).to.be.accessible();
  });

  it('saves answers as they are given and restores them from storage after a reload', async () => {
    const key = uniqueKey();
    const el = await fixture<PlcChecklist>(html`<plc-checklist plc="team-a" storage-key=${key}></plc-checklist>`);
    await pick(el, 2, 3);
    await pick(el, 5, 1);
    await Promise.resolve();
    const saved = localStorage.getItem(`${key}:workspace`)!;
    const response = JSON.parse(saved).checklistResponses[0];
    expect(response).to.deep.include({ framework: 'plc-or-not', plc: 'team-a' });
    expect(response.answers).to.deep.equal({ 'own-focus-and-membership': 3, 'distributed-leadership': 1 });

    // A reload reads the stored text afresh: copy it under a new key, so a new store must parse it.
    const reloadKey = uniqueKey();
    localStorage.setItem(`${reloadKey}:workspace`, saved);
    const again = await fixture<PlcChecklist>(html`<plc-checklist plc="team-a" storage-key=${reloadKey}></plc-checklist>`);
    await settle(again);
    expect(radios(again, 2)[2]!.checked).to.be.true;
    expect(radios(again, 5)[0]!.checked).to.be.true;
    expect(progressText(again)).to.equal('2 of 11 answered');
    // Another PLC on the same page has its own answers.
    const other = await fixture<PlcChecklist>(html`<plc-checklist plc="team-b" storage-key=${reloadKey}></plc-checklist>`);
    await settle(other);
    expect(progressText(other)).to.equal('0 of 11 answered');
  });

  it('keeps one response per storage key when there is no plc, and says so when plc is not a usable id', async () => {
    const key = uniqueKey();
    const el = await fixture<PlcChecklist>(html`<plc-checklist plc="not valid <b>" storage-key=${key}></plc-checklist>`);
    await settle(el);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('“not valid <b>” is not a usable id');
    expect(alert.querySelector('b')).to.equal(null);
    await pick(el, 1, 4);
    expect(el.store.state.checklistResponses.map((r) => r.id)).to.deep.equal([`checklist:plc-or-not:key:${key}`]);
    await expect(el).to.be.accessible();
  });

  it('fires plc-change with the answers and counts, and plc-complete with an xAPI-shaped score', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()} plc="reading"></plc-checklist>`);
    await settle(el);
    setTimeout(() => radios(el, 3)[1]!.click());
    const change = (await oneEvent(el, 'plc-change')) as CustomEvent<ChecklistChangeDetail>;
    expect(change.bubbles && change.composed).to.be.true;
    expect(change.detail).to.deep.equal({
      framework: 'plc-or-not',
      plc: 'reading',
      item: 'new-practice',
      value: 2,
      answers: { 'new-practice': 2 },
      answered: 1,
      total: 11,
    });

    const completes: ChecklistCompleteDetail[] = [];
    const changes: ChecklistChangeDetail[] = [];
    el.addEventListener('plc-complete', (e) => completes.push(e.detail));
    el.addEventListener('plc-change', (e) => changes.push(e.detail));
    await answerAll(el, [4, 4, 2, 3, 4, 4, 4, 4, 1, 3, 4]);
    expect(changes.map((c) => c.answered)).to.deep.equal([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]); // row 3 unchanged: no event
    expect(completes).to.have.length(1);
    const { result, response } = completes[0]!;
    expect(result.score).to.deep.equal({ raw: 9, min: 0, max: 11, scaled: 9 / 11 });
    expect(result.band!.id).to.equal('working-as-a-plc');
    expect(result.feedback.map((f) => f.item.id).slice(0, 3)).to.deep.equal(['interdependent-learning', 'new-practice', 'enquiry-cycle']);
    expect(response.completedAt).to.be.a('string');
  });

  it('rejects an invalid framework with a clear alert inside the element while the page carries on', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()}>
        <script type="application/json">
          { "id": "broken", "kind": "checklist", "title": { "en": "Broken" }, "source": { "citation": "x" }, "items": [], "bands": [] }
        </script>
      </plc-checklist>`);
      // A user's framework is read by a parser that loads on demand: wait for its verdict.
      await waitUntil(() => $(el, '[role="alert"]'), 'the problem with the framework');
      await settle(el);
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.match(/problem/i);
      expect(alert.textContent).to.contain('items');
      expect($$(el, 'fieldset')).to.have.length(0);
      await expect(el).to.be.accessible();

      const notJson = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()}><script type="application/json">{ nope</script></plc-checklist>`);
      await waitUntil(() => $(notJson, '[role="alert"]'), 'the problem with the JSON');
      expect($(notJson, '[role="alert"]')!.textContent).to.match(/JSON/);

      const missing = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()} src="/no-such-framework.json"></plc-checklist>`);
      await new Promise((r) => setTimeout(r, 300));
      await settle(missing);
      expect($(missing, '[role="alert"]')!.textContent).to.contain('could not be loaded');

      const unknown = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()} framework="no-such"></plc-checklist>`);
      await settle(unknown);
      expect($(unknown, '[role="alert"]')!.textContent).to.contain('no built-in framework called “no-such”');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('shows a user’s framework text as text: <img onerror> markup never runs', async () => {
    const win = window as unknown as { __checklistPwned?: number };
    delete win.__checklistPwned;
    const evil = '<img src=x onerror="window.__checklistPwned=1">';
    const framework = {
      id: 'evil',
      kind: 'checklist',
      title: { en: `Our checklist ${evil}` },
      source: { citation: evil },
      items: [
        { id: 'a', plc: { en: `We share ${evil}` }, not: { en: `We hoard ${evil}` }, strengthen: { en: `Share ${evil}` } },
        { id: 'b', plc: { en: 'We reflect' }, strengthen: { en: 'Reflect more' } },
      ],
      bands: [{ id: 'all', min: 0, label: { en: `Band ${evil}` }, summary: { en: evil } }],
    };
    const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()}>
      <script type="application/json">${JSON.stringify(framework)}</script>
    </plc-checklist>`);
    // A user's own framework waits for the parser, which loads on demand.
    await waitUntil(() => $(el, '[role="heading"]'), 'the inline framework is parsed');
    await settle(el);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, '[role="heading"]')!.textContent).to.equal(`Our checklist ${evil}`);
    await answerAll(el, [1, 4]);
    await new Promise((r) => setTimeout(r, 100));
    expect(root(el).querySelector('img')).to.equal(null);
    expect($(el, '[part="band"]')!.textContent).to.equal(`Band: Band ${evil}`);
    expect($(el, '[part="feedback"]')!.textContent).to.contain(`Share ${evil}`);
    expect(win.__checklistPwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('submits its answers as JSON in a form, and `required` blocks an incomplete one with a clear message', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <plc-checklist name="selfcheck" required storage="none" storage-key=${uniqueKey()} plc="maths"></plc-checklist>
      <button>Send</button>
    </form>`);
    const el = form.querySelector('plc-checklist')!;
    await settle(el);
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    expect(form.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Answer every row before sending: 11 still to answer.');
    form.requestSubmit();
    expect(submitted).to.equal(0);

    await answerAll(el, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(el.validationMessage).to.equal('Answer every row before sending: 1 still to answer.');
    form.querySelector('button')!.click();
    expect(submitted).to.equal(0);

    const completes: ChecklistCompleteDetail[] = [];
    el.addEventListener('plc-complete', (e) => completes.push(e.detail));
    await pick(el, 11, 2);
    expect(form.checkValidity()).to.be.true;
    const value = JSON.parse(new FormData(form).get('selfcheck') as string);
    expect(value.framework).to.equal('plc-or-not');
    expect(value.plc).to.equal('maths');
    expect(Object.keys(value.answers)).to.have.length(11);
    expect(value.answers['community-of-learners']).to.equal(2);
    expect(completes).to.have.length(1);
    form.querySelector('button')!.click();
    expect(submitted).to.equal(1);
    expect(completes).to.have.length(2); // submitting a finished checklist reports it again
  });

  it('asks for confirmation inside the element before starting again, never with window.confirm', async () => {
    const original = window.confirm;
    window.confirm = () => {
      throw new Error('window.confirm must not be used');
    };
    try {
      const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()}></plc-checklist>`);
      await settle(el);
      expect($(el, 'button.start-again')).to.equal(null); // nothing to clear yet
      await pick(el, 1, 4);
      await pick(el, 2, 3);
      $(el, 'button.start-again')!.click();
      await settle(el);
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.be.true;
      expect(dialog.textContent).to.contain('This clears the 2 answers saved');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(dialog.open).to.be.false;
      expect(progressText(el)).to.equal('2 of 11 answered');

      $(el, 'button.start-again')!.click();
      await settle(el);
      $(el, 'dialog button.cancel')!.click();
      await settle(el);
      expect(progressText(el)).to.equal('2 of 11 answered');

      $(el, 'button.start-again')!.click();
      await settle(el);
      setTimeout(() => $(el, 'dialog button.confirm')!.click());
      const cleared = (await oneEvent(el, 'plc-change')) as CustomEvent<ChecklistChangeDetail>;
      expect(cleared.detail.answered).to.equal(0);
      await settle(el);
      expect(dialog.open).to.be.false;
      expect(progressText(el)).to.equal('0 of 11 answered');
      expect(radios(el, 1).some((r) => r.checked)).to.be.false;
      expect(el.response).to.equal(undefined);
    } finally {
      window.confirm = original;
    }
  });

  it('shows a saved response read-only: the result is there and nothing can change', async () => {
    const key = uniqueKey();
    const empty = await fixture<PlcChecklist>(html`<plc-checklist readonly plc="science" storage-key=${key}></plc-checklist>`);
    await settle(empty);
    expect($(empty, '.notice')!.textContent).to.contain('No answers have been saved for this checklist yet.');
    const writer = await fixture<PlcChecklist>(html`<plc-checklist plc="science" storage-key=${key}></plc-checklist>`);
    await answerAll(writer, [1, 2, 3, 4, 3, 2, 3, 4, 1, 2, 3]); // six rows on the PLC side
    const el = await fixture<PlcChecklist>(html`<plc-checklist readonly plc="science" storage-key=${key}></plc-checklist>`);
    await settle(el);
    expect($(el, '.notice')!.textContent).to.contain('Read only');
    expect(radios(el, 4)[3]!.checked).to.be.true;
    expect(radios(el, 1).every((r) => r.disabled)).to.be.true;
    expect($(el, '[part="band"]')!.textContent).to.equal('Band: Emerging PLC');
    expect($(el, 'button.start-again')).to.equal(null);
    let changes = 0;
    el.addEventListener('plc-change', () => changes++);
    radios(el, 1)[3]!.click();
    await settle(el);
    expect(changes).to.equal(0);
    expect(radios(el, 1)[0]!.checked).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('undoes a choice whose save failed, says so, and keeps the answer that was saved', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()}></plc-checklist>`);
    await settle(el);
    await pick(el, 3, 2);
    const store = el.store;
    const update = store.update;
    store.update = () => {
      throw new Error('the disk is full');
    };
    const failed = new Promise<unknown>((resolve) => {
      const log = console.error;
      console.error = (...args: unknown[]) => {
        console.error = log;
        resolve(args[1]);
      };
    });
    try {
      radios(el, 3)[3]!.click();
      expect(((await failed) as Error).message).to.equal('the disk is full');
    } finally {
      store.update = update;
    }
    await settle(el);
    expect(radios(el, 3).map((r) => r.checked), 'the row shows the saved answer again').to.deep.equal([false, true, false, false]);
    expect($(el, '[role="alert"]')!.textContent).to.contain('the disk is full');
    expect(progressText(el)).to.equal('1 of 11 answered');
    await pick(el, 3, 4); // and the row still answers once saving works again
    expect(radios(el, 3)[3]!.checked).to.be.true;
    expect(el.answers).to.deep.equal({ [plcOrNot.items[2]!.id]: 4 });
  });

  it('speaks Welsh with lang="cy", and switches language live', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist lang="cy" storage="none" storage-key=${uniqueKey()}></plc-checklist>`);
    await settle(el);
    expect($(el, '[role="heading"]')!.textContent).to.equal('CDP ynteu ddim yn CDP?');
    expect(progressText(el)).to.equal('0 o 11 wedi’u hateb');
    expect(fieldsetName(el, 1)).to.equal(`Rhes 1 o 11 Ddim yn CDP: ${plcOrNot.items[0]!.not!.cy} neu CDP: ${plcOrNot.items[0]!.plc.cy}`);
    expect(radios(el, 1)[3]!.closest('label')!.textContent!.trim()).to.equal('Yn bendant yn CDP');
    expect(radios(el, 10)[0]!.closest('label')!.textContent!.trim()).to.equal('Anghytuno’n gryf');
    await answerAll(el, [4, 4, 4, 4, 4, 4, 4, 4, 4, 1, 1]);
    expect($(el, '[part="band"]')!.textContent).to.equal('Band: Yn gweithio fel CDP');
    expect($(el, '[part="score"]')!.textContent).to.equal('9 o 11 rhes ar ochr y CDP (82%)');
    expect($(el, '[part="note"]')!.textContent).to.equal('Cymorth i fyfyrio yw hwn, nid mesur wedi’i ddilysu.');
    expect($(el, '[part="feedback"] li')!.textContent).to.contain('I’w gryfhau yn gyntaf');
    expect($(el, 'button.start-again')!.textContent).to.equal('Dechrau eto');
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect($(el, '[part="band"]')!.textContent).to.equal('Band: Working as a PLC');
    expect(progressText(el)).to.equal('11 of 11 answered');
    // The Welsh live message is not left to be read out again under an English page.
    expect($(el, '[role="status"][aria-live]')!.textContent!.trim()).to.equal('');
  });

  it('gives the source’s note in Welsh with lang="cy", after the citation, which stays as published', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist lang="cy" storage="none" storage-key=${uniqueKey()}></plc-checklist>`);
    await settle(el);
    const { citation, note } = plcOrNot.source;
    const sourceLines = () => [$(el, '#about p.muted')!, $$(el, '[part="result"] p.muted').at(-1)!].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    await answerAll(el, [4, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1]);
    for (const line of sourceLines()) {
      expect(line).to.equal(`Ffynhonnell: ${citation} ${note!.cy}`);
      expect(line).to.not.contain(note!.en);
    }
    expect(note!.cy).to.contain('Mae’r un sleidiau’n cyfeirio at Harris a Jones (2010)');

    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await settle(el);
    for (const line of sourceLines()) expect(line).to.equal(`Source: ${citation} ${note!.en}`);
  });

  it('exports the result: JSON and CSV downloads, copy as text', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()}></plc-checklist>`);
    await answerAll(el, [4, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1]);
    const files = captureDownloads(() => {
      const buttons = $$<HTMLButtonElement>(el, '[part="actions"] button');
      buttons.find((b) => b.textContent === 'Download JSON')!.click();
      buttons.find((b) => b.textContent === 'Download CSV')!.click();
    });
    const blobs = files.map((f) => f.blob);
    const names = files.map((f) => f.name);
    expect(names).to.deep.equal(['a-plc-or-not-a-plc.json', 'a-plc-or-not-a-plc.csv']);
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.result.score).to.deep.equal({ raw: 6, min: 0, max: 11, scaled: 6 / 11 });
    expect(json.result.band.label).to.equal('Emerging PLC');
    const csv = await blobs[1]!.text();
    expect(csv.split('\r\n')[0]).to.equal('Row,Item id,Not a PLC,A PLC,Answer (1–4),Answer,Side,What to strengthen');
    expect(csv.split('\r\n')).to.have.length(13);

    let copied = '';
    const clipboard = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      $$<HTMLButtonElement>(el, '[part="actions"] button').find((b) => b.textContent === 'Copy result')!.click();
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
    } finally {
      navigator.clipboard.writeText = clipboard;
    }
    expect(copied).to.contain('Band: Emerging PLC');
    expect(copied).to.contain('6 of 11 rows on the PLC side');
    expect($$(el, '[part="actions"] button').map((b) => b.textContent)).to.include('Copied');
  });

  it('prints the result without its buttons (a print stylesheet in the shadow root)', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()}></plc-checklist>`);
    await answerAll(el, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(getComputedStyle($(el, '[part="actions"]')!).display).to.equal('flex');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="actions"]')!).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="progress"]')!).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="result"]')!).display).to.equal('block');
  });

  it('follows the light, dark and high-contrast themes and passes axe in each', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()} theme="dark"></plc-checklist>`);
    await answerAll(el, [4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4]);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 25, 31)');
    await expect(el).to.be.accessible();
    el.theme = 'high-contrast';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle($(el, '[part="result"]')!).borderTopColor).to.equal('rgb(255, 255, 0)');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('shows the PLC’s name from the workspace as text', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${uniqueKey()} plc="p1"></plc-checklist>`);
    el.store.update((ws) => ({
      ...ws,
      plcs: [{ id: 'p1', name: 'Reading <script>alert(1)</script>', kind: 'plc', members: [], schools: [], status: 'active', pastCycles: [], history: [], notes: '' }],
    }));
    await settle(el);
    expect($(el, '.for')!.textContent).to.equal('For: Reading <script>alert(1)</script>');
    expect($(el, '.for script')).to.equal(null);
  });
});

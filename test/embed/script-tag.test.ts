import { expect } from '@open-wc/testing';
import { ERROR_PROBE, info, loadPage, newLrs, problemsIn, rendered, until, type Page } from './helpers.js';

const page = (scripts: string[], body: string) =>
  loadPage(`<!doctype html><html lang="en"><head><meta charset="utf-8">${ERROR_PROBE}
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}</head><body>${body}</body></html>`, { width: 1000, height: 800 });

/** The elements plc-kit.js defines (every landed element; the test checks the checklist is among them). */
async function kitElements(): Promise<string[]> {
  const { elements } = await info();
  const probe = await loadPage('<!doctype html><script type="module" src="/__embed/plc-kit.js"></script>');
  await until(() => probe.win.customElements.get('plc-provider'), 'the kit');
  const defined = elements.filter((t) => probe.win.customElements.get(t));
  probe.frame.remove();
  return defined;
}

async function allRendered(p: Page, tags: string[]): Promise<Element[]> {
  return until(() => {
    const els = tags.map((t) => p.doc.querySelector(t));
    return els.every((el) => rendered(el)) ? (els as Element[]) : undefined;
  }, `${tags.join(', ')} to render`, 15000);
}

describe('script tag: plc-kit.js and the per-element bundles', function () {
  this.timeout(60000);
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it('a page with only <script src="plc-kit.js"> and the elements renders every element', async () => {
    const elements = await kitElements();
    expect(elements).to.include.members(['plc-checklist', 'plc-conditions-radar', 'plc-enquiry-cycle']);
    const p = await page(['/__embed/plc-kit.js'], elements.map((t) => `<${t} storage="none"></${t}>`).join('\n'));
    frames.push(p.frame);
    const els = await allRendered(p, elements);
    for (const el of els) expect(problemsIn(el), el.localName).to.deep.equal([]);
    expect(p.win.customElements.get('plc-provider')).to.be.a('function');
    expect(p.win.__errors).to.deep.equal([]);
  });

  it('each element’s own bundle works alone on a page, with <plc-provider> too', async () => {
    const { elements } = await info();
    for (const tag of elements) {
      const p = await page([`/__embed/${tag}.js`], `<plc-provider storage="none" storage-key="${tag}"><${tag}></${tag}></plc-provider>`);
      frames.push(p.frame);
      const [el] = await allRendered(p, [tag]);
      expect(problemsIn(el!), tag).to.deep.equal([]);
      expect(p.win.customElements.get('plc-provider'), tag).to.be.a('function');
      // Only this element: a page that needs one element does not pay for the others.
      for (const other of elements.filter((t) => t !== tag)) expect(p.win.customElements.get(other), `${other} in ${tag}.js`).to.equal(undefined);
      expect(p.win.__errors, tag).to.deep.equal([]);
    }
  });

  it('keeps working when the kit is loaded twice, or as two versions beside an element bundle', async () => {
    const lrs = await newLrs();
    const elements = await kitElements();
    // An element's own bundle first, then the kit, then the kit again from another address (a second copy of everything).
    const p = await page(
      ['/__embed/plc-checklist.js', '/__embed/plc-kit.js', '/__embed/plc-kit.js?version=2'],
      `<plc-provider storage="none" lrs-endpoint="${lrs.endpoint}" lrs-auth="test:test">${elements.map((t) => `<${t}></${t}>`).join('\n')}</plc-provider>`,
    );
    frames.push(p.frame);
    const els = await allRendered(p, elements);
    expect(p.win.__errors).to.deep.equal([]);
    for (const el of els) expect(problemsIn(el), el.localName).to.deep.equal([]);

    // The checklist still works as a learner uses it, and its completion is sent once, not once per copy.
    const checklist = p.doc.querySelector('plc-checklist')!;
    const completions: unknown[] = [];
    checklist.addEventListener('plc-complete', (e) => completions.push((e as CustomEvent).detail));
    for (const row of checklist.shadowRoot!.querySelectorAll('fieldset')) {
      row.querySelector<HTMLInputElement>('input[type="radio"][value="3"]')!.click();
      await (checklist as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
    expect(completions).to.have.length(1);
    const log = await until(async () => ((await lrs.log()).statements.length ? lrs.log() : undefined), 'the statement');
    await new Promise((r) => setTimeout(r, 300));
    expect((await lrs.log()).statements).to.have.length(1);
    expect(log.statements[0]!.statement.result.score).to.deep.equal({ scaled: 1, raw: 11, min: 0, max: 11 });
    expect(log.statements[0]!.statement.object.definition.name['en-GB']).to.be.a('string').and.not.equal('');
    expect(p.win.__errors).to.deep.equal([]);
  });

  it('serves the network map’s layout worker beside the bundles that start it', async () => {
    const response = await fetch('/__embed/layout.worker.js');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.contain('javascript');
    expect((await response.text()).length).to.be.greaterThan(1000);
  });

  it('defines nothing twice and never throws when the same bundle runs again', async () => {
    const p = await page(['/__embed/plc-kit.js'], '<plc-checklist storage="none"></plc-checklist>');
    frames.push(p.frame);
    await allRendered(p, ['plc-checklist']);
    const first = p.win.customElements.get('plc-checklist');
    const again = p.doc.createElement('script');
    again.type = 'module';
    again.src = '/__embed/plc-kit.js?again=1';
    const loaded = new Promise((r) => again.addEventListener('load', r, { once: true }));
    p.doc.head.append(again);
    await loaded;
    expect(p.win.customElements.get('plc-checklist')).to.equal(first);
    expect(p.win.__errors).to.deep.equal([]);
  });
});

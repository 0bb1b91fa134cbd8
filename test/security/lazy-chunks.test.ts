// What the bundle budgets rest on (bench/bundles.mjs counts only a bundle's initial download): a page
// that uses an element the default way fetches the entry and its static chunks and NO lazy chunk, and
// a page that does use an optional part (a custom framework, a CSV import) fetches that part's chunk and works.
// Production bundles, under the strict CSP of test/security/server.mjs, counted from the frame's own
// resource timing (`performance.getEntriesByType('resource')`).
import { expect } from '@open-wc/testing';
import { generateNetwork } from '@plc-kit/core';
import { cycleFrameworks } from '@plc-kit/core/frameworks';
import { alerts, closePages, deepText, openPage, rendersContent, settle, until, type TestPage } from './harness.js';
import { $, $$, specFor } from './element-specs.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

interface Layout {
  entry: string;
  initial: string[];
  lazy: { file: string; label: string }[];
}

async function layoutOf(bundle: string): Promise<Layout> {
  const response = await fetch(`/__sec/bundle/${bundle}.json`);
  expect(response.ok, `the test server builds ${bundle}`).to.equal(true);
  return response.json();
}

/** The bundle's files this page fetched: paths like "plc-checklist.js" and "chunks/parse-….js". */
function fetched(page: TestPage, layout: Layout): string[] {
  const base = new URL('./', page.win.location.href).pathname;
  const files = new Set([layout.entry, ...layout.initial, ...layout.lazy.map((l) => l.file)]);
  return page.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(base))
    .map((path) => path.slice(base.length))
    .filter((file) => files.has(file) || file.startsWith('chunks/'));
}

async function bundlePage(bundle: string, tags: string[]): Promise<{ page: TestPage; layout: Layout }> {
  const layout = await layoutOf(bundle);
  const page = await openPage('csp', `page.html?bundles=${bundle}`, { ready: (p) => tags.every((t) => !!p.win.customElements.get(t)) });
  return { page, layout };
}

async function place(page: TestPage, tag: string, attributes: Record<string, string> = {}, children: Node[] = []): Promise<Lit> {
  const el = page.doc.createElement(tag) as Lit;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  page.host.append(el);
  await until(() => rendersContent(el), `${tag} to render`);
  await settle(page.win);
  return el;
}

/** Uses the network map the default way: a data set, laid out and drawn; no CSV import. */
async function showNetwork(el: Lit): Promise<void> {
  const win = el.ownerDocument.defaultView! as Window & typeof globalThis;
  (el as Lit & { data?: unknown }).data = win.JSON.parse(JSON.stringify(generateNetwork({ schools: 40, seed: 'lazy' })));
  await until(async () => {
    const details = $<HTMLDetailsElement>(el, '[part~="table"]');
    if (details && !details.open) details.open = true;
    await el.updateComplete;
    return !$(el, '[part~="progress"]') && $$(el, '[part~="table"] tbody tr').length >= 40;
  }, 'the map to lay out 40 schools', 20000);
}

/** The default use of each element: its default framework, a user's typical work with it. */
const DEFAULT_USE: Record<string, (el: Lit) => Promise<void>> = {
  'plc-checklist': (el) => specFor('plc-checklist').exercise!(el),
  'plc-conditions-radar': (el) => specFor('plc-conditions-radar').exercise!(el),
  'plc-enquiry-cycle': (el) => specFor('plc-enquiry-cycle').exercise!(el),
  'plc-network-map': showNetwork,
};

function expectClean(page: TestPage, what: string): void {
  expect(page.probe.violations, `CSP violations ${what}: ${JSON.stringify(page.probe.violations)}`).to.deep.equal([]);
  expect(page.probe.errors, `errors ${what}`).to.deep.equal([]);
}

function expectNoLazyChunk(page: TestPage, layout: Layout, what: string): void {
  const got = fetched(page, layout);
  const lazy = layout.lazy.filter((l) => got.includes(l.file)).map((l) => `${l.file} (${l.label})`);
  expect(lazy, `lazy chunks fetched by ${what}`).to.deep.equal([]);
  // Every file of the initial download was fetched (so the count above looks where the chunks are).
  expect(got.filter((f) => layout.initial.includes(f)).sort(), `${what}: the initial files fetched`).to.deep.equal([...layout.initial].sort());
  expect(got.filter((f) => !layout.initial.includes(f)), `${what}: files fetched that are not the bundle's`).to.deep.equal([]);
}

describe('lazy chunks: default use downloads only what the bundle budget counts', function () {
  this.timeout(90000);
  afterEach(closePages);

  for (const [tag, use] of Object.entries(DEFAULT_USE)) {
    it(`${tag}.js: the default use fetches no lazy chunk`, async () => {
      const { page, layout } = await bundlePage(tag, [tag]);
      const el = await place(page, tag, { storage: 'none', 'storage-key': `lazy-${tag}` });
      await use(el);
      await settle(page.win, 300);
      expect(alerts(el), `${tag} shows no problem`).to.deep.equal([]);
      expectNoLazyChunk(page, layout, `${tag} used the default way`);
      expectClean(page, `using ${tag}`);
    });
  }

  it('plc-kit.js: every element used the default way fetches no lazy chunk', async () => {
    const tags = Object.keys(DEFAULT_USE);
    const { page, layout } = await bundlePage('plc-kit', tags);
    for (const tag of tags) {
      const el = await place(page, tag, { storage: 'none', 'storage-key': `lazy-kit-${tag}` });
      await DEFAULT_USE[tag]!(el);
    }
    await settle(page.win, 300);
    expectNoLazyChunk(page, layout, 'the whole kit used the default way');
    expectClean(page, 'using every element of plc-kit.js');
  });

  it('plc-checklist.js: an inline custom framework fetches the parser chunk and shows its items', async () => {
    const { page, layout } = await bundlePage('plc-checklist', ['plc-checklist']);
    const parser = layout.lazy.find((l) => l.label.includes('frameworks/parse'));
    expect(parser, `the parser is a lazy chunk of plc-checklist.js: ${JSON.stringify(layout.lazy)}`).to.exist;
    expect(fetched(page, layout), 'nothing lazy before a custom framework is on the page').to.not.include(parser!.file);

    const json = page.doc.createElement('script');
    json.type = 'application/json';
    json.textContent = JSON.stringify({
      id: 'cwm-derw-lazy',
      kind: 'checklist',
      title: { en: 'Our own checklist', cy: 'Ein rhestr ein hunain' },
      source: { citation: 'Ysgol Cwm Derw staff, 2026' },
      items: [
        { id: 'a', plc: { en: 'We plan lessons together' }, not: { en: 'We plan alone' }, strengthen: { en: 'Plan one lesson together' } },
        { id: 'b', plc: { en: 'We look at pupils’ work together' }, strengthen: { en: 'Bring work to the meeting' } },
      ],
      bands: [{ id: 'all', min: 0, label: { en: 'Our band' }, summary: { en: 'Keep going' } }],
    });
    const el = await place(page, 'plc-checklist', { storage: 'none' }, [json]);
    await until(async () => {
      await el.updateComplete;
      return $$(el, '[part~="item"]').length === 2;
    }, 'the custom framework’s two items');
    await settle(page.win, 300);

    expect(alerts(el)).to.deep.equal([]);
    const text = deepText(el);
    expect(text).to.contain('Our own checklist');
    expect(text).to.contain('We plan lessons together');
    expect(text).to.contain('We look at pupils’ work together');
    expect(fetched(page, layout), 'the parser chunk was fetched').to.include(parser!.file);
    // Only the parser and what it imports: no other lazy chunk came with it.
    const otherLazy = layout.lazy.filter((l) => l.file !== parser!.file && fetched(page, layout).includes(l.file));
    expect(otherLazy.every((l) => l.label.startsWith('shared:')), `other lazy chunks fetched: ${JSON.stringify(otherLazy)}`).to.equal(true);
    expectClean(page, 'with a custom framework');
  });

  it('plc-enquiry-cycle.js: a non-default cycle model fetches that model’s chunk only, and its PLC follows it', async () => {
    const { page, layout } = await bundlePage('plc-enquiry-cycle', ['plc-enquiry-cycle']);
    const lessonStudy = cycleFrameworks['lesson-study']!;
    const chunk = layout.lazy.find((l) => l.label.includes('cycles/lesson-study'));
    expect(chunk, `lesson study is a lazy chunk of plc-enquiry-cycle.js: ${JSON.stringify(layout.lazy)}`).to.exist;
    expect(fetched(page, layout), 'nothing lazy before the model is on the page').to.not.include(chunk!.file);

    const el = await place(page, 'plc-enquiry-cycle', { storage: 'none', cycle: 'lesson-study' });
    await until(() => $(el, '#new-name'), 'the new-PLC form once lesson study has arrived');
    await specFor('plc-enquiry-cycle').exercise!(el);
    const steps = await until(() => {
      const labels = $$(el, '[part~="step"] .step-label').map((s) => (s.textContent ?? '').trim());
      return labels.length ? labels : undefined;
    }, 'the stepper');
    await settle(page.win, 300);

    expect(steps).to.deep.equal(lessonStudy.stages.map((s) => s.label.en));
    expect(alerts(el)).to.deep.equal([]);
    expect(fetched(page, layout), 'the model’s chunk was fetched').to.include(chunk!.file);
    // Only that model and what it shares with the others: no other model, no parser.
    const otherLazy = layout.lazy.filter((l) => l.file !== chunk!.file && fetched(page, layout).includes(l.file));
    expect(otherLazy.every((l) => l.label.startsWith('shared:')), `other lazy chunks fetched: ${JSON.stringify(otherLazy)}`).to.equal(true);
    expectClean(page, 'with a non-default cycle model');
  });

  it('plc-network-map.js: importing a CSV file fetches the CSV chunk and adds its schools', async () => {
    const { page, layout } = await bundlePage('plc-network-map', ['plc-network-map']);
    const csv = layout.lazy.find((l) => l.label.includes('io/csv'));
    expect(csv, `CSV import is a lazy chunk of plc-network-map.js: ${JSON.stringify(layout.lazy)}`).to.exist;
    const el = await place(page, 'plc-network-map', { storage: 'none', 'storage-key': 'lazy-csv' });
    await showNetwork(el);
    expect(fetched(page, layout), 'nothing lazy before a file is imported').to.not.include(csv!.file);

    const win = page.win;
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    const transfer = new win.DataTransfer();
    transfer.items.add(new win.File(['id,name,cluster\r\nlazy-1,Ysgol y Gadwyn,Afon\r\n'], 'schools.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
    await until(async () => {
      await el.updateComplete;
      return !$(el, '[part~="progress"]') && deepText(el).includes('Ysgol y Gadwyn');
    }, 'the imported school in the map’s table', 20000);
    await settle(page.win, 300);

    expect(fetched(page, layout), 'the CSV chunk was fetched').to.include(csv!.file);
    expect(alerts(el).filter((a) => /unexpected|could not/i.test(a))).to.deep.equal([]);
    expectClean(page, 'importing a CSV file');
  });
});

import { expect } from '@open-wc/testing';
import { ERROR_PROBE, info, loadPage, newLrs, until, type Lrs, type Page } from './helpers.js';
import { buildStatement, isoDuration, lrsConfig, activityId, backoff } from '../../packages/embed/src/xapi/index.js';

/** A page with only the kit's script tag, an element, and the LRS settings on a wrapper. */
async function kitPage(lrs: Lrs, attrs: string, body = ''): Promise<Page> {
  return loadPage(`<!doctype html><html lang="en"><head>${ERROR_PROBE}
    <script type="module" src="/__embed/plc-kit.js"></script></head>
    <body><div id="wrap" lrs-endpoint="${lrs.endpoint}" lrs-auth="test:test" lrs-retry-base="60" ${attrs}>${body}</div></body></html>`);
}

const checklistDetail = (startedAt: string) => ({
  framework: 'plc-or-not',
  plc: 'reading-plc',
  result: { framework: 'plc-or-not', answered: 12, total: 12, complete: true, score: { raw: 9, min: 0, max: 12, scaled: 0.75 } },
  response: { id: 'r1', framework: 'plc-or-not', answers: {}, startedAt, updatedAt: new Date().toISOString() },
});

/** Fires a completion as an element would (bubbling, composed) from a `plc-*` element in the page. */
function complete(page: Page, tag = 'plc-checklist', detail: unknown = checklistDetail(new Date(Date.now() - 65_000).toISOString())): Element {
  const el = page.doc.createElement(tag);
  el.setAttribute('framework', 'plc-or-not');
  page.doc.getElementById('wrap')!.append(el);
  el.dispatchEvent(new CustomEvent('plc-complete', { detail, bubbles: true, composed: true }));
  return el;
}

type Bridge = { pending(): unknown[]; rejected(): unknown[]; sender?: unknown };
const bridgeOf = (page: Page): Bridge => (page.win as unknown as Record<symbol, Bridge>)[Symbol.for('plc-kit.xapi')]!;

describe('xAPI: statements from completions', function () {
  this.timeout(30000);
  let frames: HTMLIFrameElement[] = [];
  // Only the bridge's own keys: other test files share this origin's storage while they run.
  const clearOutbox = () => ['plc-kit:xapi:queue', 'plc-kit:xapi:rejected'].forEach((k) => localStorage.removeItem(k));
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
    clearOutbox();
  });
  beforeEach(clearOutbox);

  it('builds a statement the receiver accepts: answered, score, completion, duration, framework activity', async () => {
    const lrs = await newLrs();
    const page = await kitPage(lrs, 'lrs-actor-email="ceri@ysgol.example" lrs-actor-name="Ceri Jones"');
    frames.push(page.frame);
    complete(page);
    const log = await until(async () => ((await lrs.log()).statements.length ? lrs.log() : undefined), 'a stored statement');
    expect(log.rejected).to.deep.equal([]);
    expect(log.statements).to.have.length(1);
    const { statement, headers } = log.statements[0]!;
    expect(headers.version).to.match(/^1\.0\.\d$/);
    expect(headers.auth).to.equal(`Basic ${btoa('test:test')}`);
    expect(statement.actor).to.deep.equal({ objectType: 'Agent', name: 'Ceri Jones', mbox: 'mailto:ceri@ysgol.example' });
    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(statement.object.id).to.equal('urn:plc-kit:framework:plc-or-not');
    expect(statement.object.definition.type).to.equal('http://adlnet.gov/expapi/activities/assessment');
    expect(statement.result.score).to.deep.equal({ scaled: 0.75, raw: 9, min: 0, max: 12 });
    expect(statement.result.completion).to.equal(true);
    const seconds = Number(/^PT(?:(\d+)M)?([\d.]+)S$/.exec(statement.result.duration)!.slice(1).reduce((a, b, i) => (i === 0 ? Number(b ?? 0) * 60 : Number(a) + Number(b)), 0));
    expect(seconds).to.be.within(64, 70);
    expect(statement.context.contextActivities.grouping[0].id).to.equal('urn:plc-kit:plc:reading-plc');
    expect(page.win.__errors).to.deep.equal([]);
    expect(bridgeOf(page).pending()).to.have.length(0);
  });

  it('reaches the receiver exactly once after it first fails and then recovers', async () => {
    const lrs = await newLrs();
    await lrs.control({ fail: 2, status: 503 });
    const page = await kitPage(lrs, '');
    frames.push(page.frame);
    const retries: number[] = [];
    page.win.addEventListener('plc-xapi-retry', (e) => retries.push((e as CustomEvent).detail.attempts));
    complete(page);
    const log = await until(async () => ((await lrs.log()).statements.length ? lrs.log() : undefined), 'the statement after recovery');
    const id = log.statements[0]!.statement.id;
    expect(log.attempts.map((a) => a.status)).to.deep.equal([503, 503, 200]);
    expect(log.attempts.every((a) => a.ids.length === 1 && a.ids[0] === id)).to.equal(true);
    // Retries are announced by whichever page sends (test pages share this origin's outbox), so at least this page's first.
    expect(retries[0]).to.equal(1);
    // Nothing more goes out afterwards: the outbox is empty and the store holds one copy.
    await new Promise((r) => setTimeout(r, 400));
    const after = await lrs.log();
    expect(after.statements).to.have.length(1);
    expect(after.attempts).to.have.length(3);
    expect(bridgeOf(page).pending()).to.deep.equal([]);
  });

  it('keeps statements while the store is unreachable, across a reload, and sends each once when it is back', async () => {
    const lrs = await newLrs();
    await lrs.control({ down: true });
    let page = await kitPage(lrs, '');
    frames.push(page.frame);
    const retried = new Promise((r) => page.win.addEventListener('plc-xapi-retry', r, { once: true }));
    complete(page);
    await retried;
    const queued = JSON.parse(page.win.localStorage.getItem('plc-kit:xapi:queue')!);
    expect(queued).to.have.length(1);
    expect(queued[0].attempts).to.be.greaterThan(0);
    const id = queued[0].statement.id;

    // The learner closes the page while the store is down; it comes back; they open any page with the kit.
    page.frame.remove();
    await lrs.control({ down: false });
    page = await kitPage(lrs, '');
    frames.push(page.frame);
    const log = await until(async () => ((await lrs.log()).statements.length ? lrs.log() : undefined), 'the queued statement after reload');
    expect(log.statements.map((s) => s.statement.id)).to.deep.equal([id]);
    expect(log.attempts.filter((a) => a.status === 200)).to.have.length(1);
    expect(JSON.parse(localStorage.getItem('plc-kit:xapi:queue')!)).to.deep.equal([]);
  });

  it('sends a shared outbox once when two pages flush it at the same time', async () => {
    const lrs = await newLrs();
    await lrs.control({ down: true });
    const a = await kitPage(lrs, '');
    frames.push(a.frame);
    const retried = new Promise((r) => a.win.addEventListener('plc-xapi-retry', r, { once: true }));
    complete(a);
    complete(a);
    await retried;
    await lrs.control({ down: false });
    // A second tab opens (flushing on load) while the first comes back online.
    const [b] = await Promise.all([kitPage(lrs, ''), Promise.resolve(a.win.dispatchEvent(new Event('online')))]);
    frames.push(b.frame);
    const log = await until(async () => ((await lrs.log()).statements.length === 2 ? lrs.log() : undefined), 'both statements');
    await new Promise((r) => setTimeout(r, 300));
    const final = await lrs.log();
    expect(final.statements).to.have.length(2);
    expect(final.attempts.filter((x) => x.status === 200)).to.have.length(2);
    expect(new Set(log.statements.map((s) => s.statement.id)).size).to.equal(2);
  });

  it('keeps a statement the store refuses as invalid aside instead of retrying it forever', async () => {
    const lrs = await newLrs();
    // An account home page must be a URL (xAPI 4.1.2.4); the receiver's schema check refuses "urn:…".
    const page = await kitPage(lrs, 'lrs-actor-account="ceri" lrs-actor-homepage="urn:ysgol"');
    frames.push(page.frame);
    const rejected = new Promise<CustomEvent>((r) => page.win.addEventListener('plc-xapi-rejected', (e) => r(e as CustomEvent), { once: true }));
    complete(page);
    const event = await rejected;
    expect(event.detail.status).to.equal(400);
    const log = await lrs.log();
    expect(log.rejected[0]!.problems.join(' ')).to.contain('/actor/account/homePage');
    expect(bridgeOf(page).pending()).to.deep.equal([]);
    expect(bridgeOf(page).rejected()).to.have.length(1);
    await new Promise((r) => setTimeout(r, 300));
    expect((await lrs.log()).attempts).to.have.length(1);
  });

  it('sends nothing without an endpoint, and says why when the settings are wrong', async () => {
    const lrs = await newLrs();
    const page = await loadPage(`<!doctype html><html><head><script type="module" src="/__embed/plc-kit.js"></script></head><body><div id="wrap"></div></body></html>`);
    frames.push(page.frame);
    complete(page);
    const wrap = page.doc.getElementById('wrap')!;
    wrap.setAttribute('lrs-endpoint', 'javascript:alert(1)');
    const error = new Promise<CustomEvent>((r) => page.win.addEventListener('plc-xapi-error', (e) => r(e as CustomEvent), { once: true }));
    complete(page);
    expect((await error).detail.message).to.contain('http(s)');
    await new Promise((r) => setTimeout(r, 200));
    expect(bridgeOf(page).pending()).to.deep.equal([]);
    expect((await lrs.log()).attempts).to.have.length(0);
  });
});

describe('xAPI: statement details', () => {
  const config = lrsConfig(new Map([['lrs-endpoint', 'https://lrs.example/xapi'], ['lrs-actor-email', 'a@b.example']]), 'https://intranet.example/page');

  it('reads the settings closest to the element, with sensible defaults', () => {
    if (typeof config !== 'object') throw new Error(String(config));
    expect(config.endpoint).to.equal('https://lrs.example/xapi/');
    expect(config.actor).to.deep.equal({ objectType: 'Agent', mbox: 'mailto:a@b.example' });
    expect(lrsConfig(new Map([['lrs-endpoint', 'x'], ['lrs-actor-email', 'not-an-email']]), 'https://i.example/')).to.be.a('string');
    expect(lrsConfig(new Map(), 'https://i.example/')).to.equal(undefined);
  });

  it('uses "completed" for elements that are not questionnaires, and a site activity base when given', () => {
    if (typeof config !== 'object') throw new Error(String(config));
    const s = buildStatement({ ...config, activityBase: 'https://intranet.example/plc/' }, { tag: 'plc-enquiry-cycle', detail: { framework: 'wales-plc' }, lang: 'cy', startedAt: 0, now: 3_723_450 }, 'id');
    expect(s.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(s.verb.display['cy-GB']).to.equal('cwblhaodd');
    expect(s.object.id).to.equal('https://intranet.example/plc/framework/wales-plc');
    expect(s.result.score).to.equal(undefined);
    expect(s.result.duration).to.equal('PT1H2M3.45S');
    expect(s.context.language).to.equal('cy-GB');
  });

  it('ignores a score that breaks the xAPI rules rather than sending it', () => {
    if (typeof config !== 'object') throw new Error(String(config));
    const s = buildStatement(config, { tag: 'plc-checklist', detail: { score: { raw: 14, min: 0, max: 12, scaled: 1 } }, lang: 'en', startedAt: 0, now: 0 }, 'id');
    expect(s.result.score).to.equal(undefined);
    expect(s.result.duration).to.equal('PT0S');
  });

  it('formats durations and ids as the spec asks, and backs off exponentially', () => {
    expect(isoDuration(59_994)).to.equal('PT59.99S');
    expect(isoDuration(60_000)).to.equal('PT1M');
    expect(activityId('urn:plc-kit', 'framework', 'a b')).to.equal('urn:plc-kit:framework:a%20b');
    expect([1, 2, 3, 4].map((n) => backoff(100, n, () => 0.5))).to.deep.equal([100, 200, 400, 800]);
    expect(backoff(1000, 40, () => 0.5)).to.equal(3_600_000);
  });
});

describe('xAPI: info', () => {
  it('the test server lists the element bundles it can build', async () => {
    const { elements } = await info();
    expect(elements).to.be.an('array');
  });
});

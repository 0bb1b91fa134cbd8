import { expect } from '@open-wc/testing';
import { info, loadPage, loadUrl, rendered, until } from './helpers.js';

const resizerUrl = '/__embed/plc-resizer.js';
const cspReports = async () => (await (await fetch('/__embed/csp-reports')).json()) as { 'violated-directive'?: string; 'blocked-uri'?: string }[];

function alertText(doc: Document): string {
  return doc.querySelector('[role="alert"]')?.textContent ?? '';
}

async function frameElement(frame: HTMLIFrameElement, tag: string) {
  return until(() => {
    const el = frame.contentDocument?.querySelector(tag);
    return rendered(el) ? el! : undefined;
  }, `<${tag}> in the frame`);
}

describe('iframe embed (embed.html)', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the element with its attributes from the address, under the page’s strict CSP', async () => {
    const before = (await cspReports()).length;
    const frame = await loadUrl('/__embed/embed.html?element=plc-checklist&framework=plc-or-not&lang=cy&theme=dark&storage=none', { width: '700', height: '600' });
    const el = await frameElement(frame, 'plc-checklist');
    expect(el.getAttribute('framework')).to.equal('plc-or-not');
    expect(el.getAttribute('lang')).to.equal('cy');
    expect(el.matches(':state(theme-dark)')).to.equal(true);
    expect(frame.contentDocument!.documentElement.lang).to.equal('cy');
    expect(frame.contentDocument!.querySelector('[role="alert"]')).to.equal(null);
    // Every script and style came from files: the policy (script-src/style-src 'self', no inline) was never violated.
    const html = await (await fetch('/__embed/embed.html')).text();
    expect(html).not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.to.match(/<style|\sstyle=/);
    await new Promise((r) => setTimeout(r, 200));
    expect((await cspReports()).slice(before)).to.deep.equal([]);
  });

  it('says clearly when the element is unknown', async () => {
    const frame = await loadUrl('/__embed/embed.html?element=plc-nope');
    const text = await until(() => alertText(frame.contentDocument!), 'the message');
    expect(text).to.contain('“plc-nope” is not a PLC Kit element');
    expect(text).to.contain('plc-checklist');
    const none = await loadUrl('/__embed/embed.html');
    expect(await until(() => alertText(none.contentDocument!), 'the message')).to.contain('needs an element parameter');
  });

  it('names an unknown attribute (in the page’s language) and still shows the element with the rest', async () => {
    const frame = await loadUrl('/__embed/embed.html?element=plc-checklist&framwork=plc-or-not&lang=cy&readonly=maybe&storage=none');
    const text = await until(() => alertText(frame.contentDocument!), 'the message');
    expect(text).to.contain('Nid yw’n un o ddewisiadau <plc-checklist>: framwork');
    expect(text).to.contain('framework');
    expect(text).to.contain('Ni all y dewis “readonly” fod yn “maybe”');
    const el = await frameElement(frame, 'plc-checklist');
    expect(el.hasAttribute('framwork')).to.equal(false);
    expect(el.hasAttribute('readonly')).to.equal(false);
  });

  it('gives the page and the element one language however lang is written, and keeps a long unknown name short', async () => {
    for (const [query, lang] of [
      ['lang=cy&lang=en', 'cy'],
      ['lang=en&lang=cy', 'en'],
      ['lang=cy_GB', 'cy'],
      ['lang=cy-GB', 'cy'],
      ['lang=xx', 'en'],
    ] as const) {
      const frame = await loadUrl(`/__embed/embed.html?element=plc-checklist&storage=none&${query}`);
      const el = await frameElement(frame, 'plc-checklist');
      expect(frame.contentDocument!.documentElement.lang, query).to.equal(lang);
      expect(el.getAttribute('lang'), query).to.equal(lang);
      expect(frame.contentDocument!.querySelectorAll('[role="alert"]'), query).to.have.length(0);
      frame.remove();
    }
    const long = 'x'.repeat(7000);
    const frame = await loadUrl(`/__embed/embed.html?element=plc-checklist&storage=none&${long}=1`);
    const text = await until(() => alertText(frame.contentDocument!), 'the message');
    expect(text).to.contain(`${'x'.repeat(200)}…`);
    expect(text.length).to.be.below(1000);
  });

  it('says in the frame, in the page’s language, when lrs-endpoint is not an http(s) address, and does not pass it on', async () => {
    for (const [query, said] of [
      ['lang=en', 'The option “lrs-endpoint” cannot be “javascript:alert(1)”: use an http or https address.'],
      ['lang=cy', 'Ni all y dewis “lrs-endpoint” fod yn “javascript:alert(1)”: defnyddiwch gyfeiriad http neu https.'],
    ] as const) {
      const frame = await loadUrl(`/__embed/embed.html?element=plc-checklist&storage=none&${query}&lrs-endpoint=${encodeURIComponent('javascript:alert(1)')}`);
      expect(await until(() => alertText(frame.contentDocument!), 'the message'), query).to.contain(said);
      const el = await frameElement(frame, 'plc-checklist');
      expect(el.hasAttribute('lrs-endpoint'), query).to.equal(false);
      frame.remove();
    }
    // What the bridge accepts passes silently: an https address, or one relative to the frame's page.
    for (const endpoint of ['https://lrs.example/xapi/', '/__lrs/']) {
      const frame = await loadUrl(`/__embed/embed.html?element=plc-checklist&storage=none&lrs-endpoint=${encodeURIComponent(endpoint)}`);
      const el = await frameElement(frame, 'plc-checklist');
      expect(el.getAttribute('lrs-endpoint'), endpoint).to.equal(endpoint);
      expect(frame.contentDocument!.querySelector('[role="alert"]'), endpoint).to.equal(null);
      frame.remove();
    }
  });

  it('leaves a theme or heading-level the element cannot use to the element, which says so and carries on', async () => {
    const frame = await loadUrl('/__embed/embed.html?element=plc-checklist&storage=none&lang=cy&theme=evil&heading-level=99');
    const el = await frameElement(frame, 'plc-checklist');
    const note = await until(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent, 'the element’s note');
    expect(note).to.contain('Dydy theme="evil" ddim yn un o light, dark, auto, high-contrast, felly defnyddir “light”.');
    expect(note).to.contain('Dydy heading-level="99" ddim yn un o 1, 2, 3, 4, 5, 6, felly defnyddir “6”.');
    expect(el.matches(':state(theme-light)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('6');
  });

  it('works at its own height without the resizer: the content scrolls inside the frame', async () => {
    const host = await loadPage(`<!doctype html><html lang="en"><body>
      <iframe src="/__embed/embed.html?element=plc-checklist&storage=none" title="Are we a PLC?" width="100%" height="640" style="border:0"></iframe>
    </body></html>`);
    const inner = host.doc.querySelector('iframe')!;
    await until(() => inner.contentDocument?.querySelector('plc-checklist') && rendered(inner.contentDocument.querySelector('plc-checklist')), 'the checklist');
    await new Promise((r) => setTimeout(r, 300));
    expect(inner.getBoundingClientRect().height).to.equal(640);
    const doc = inner.contentDocument!;
    expect(doc.documentElement.scrollHeight).to.be.greaterThan(640);
    inner.contentWindow!.scrollTo(0, 10_000);
    expect(inner.contentWindow!.scrollY).to.be.greaterThan(0);
  });
});

describe('resizer (plc-resizer.js on the host page)', function () {
  this.timeout(30000);
  before(async () => {
    await import(/* @vite-ignore */ resizerUrl);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const contentHeight = (frame: HTMLIFrameElement) => Math.ceil(frame.contentDocument!.getElementById('plc-embed')!.getBoundingClientRect().height);
  const frameHeight = (frame: HTMLIFrameElement) => Math.round(frame.getBoundingClientRect().height);

  it('makes the frame follow its content: grows after late content and completion, shrinks when it reflows', async () => {
    const frame = await loadUrl('/__embed/embed.html?element=plc-checklist&framework=plc-or-not&storage=none', { 'data-plc-kit': '', title: 'Checklist' });
    frame.style.width = '420px';
    const el = await frameElement(frame, 'plc-checklist');
    await until(() => Math.abs(frameHeight(frame) - contentHeight(frame)) <= 1 && frameHeight(frame) > 300, 'the frame to match its content');
    const narrow = frameHeight(frame);
    expect(frame.contentDocument!.documentElement.scrollHeight).to.be.at.most(frame.clientHeight + 1);

    // Shrinks: the same content on a wider frame takes fewer lines.
    frame.style.width = '900px';
    await until(() => frameHeight(frame) < narrow - 20 && Math.abs(frameHeight(frame) - contentHeight(frame)) <= 1, 'the frame to shrink');
    const wide = frameHeight(frame);

    // Grows: the learner answers every row; the result panel appears after completion.
    const completed = new Promise<CustomEvent>((r) => frame.addEventListener('plc-complete', (e) => r(e as CustomEvent), { once: true }));
    for (const row of el.shadowRoot!.querySelectorAll('fieldset')) {
      row.querySelector<HTMLInputElement>('input[type="radio"][value="4"]')!.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
    const event = await completed;
    expect(event.detail.result.score.max).to.equal(11);
    await until(() => frameHeight(frame) > wide + 50 && Math.abs(frameHeight(frame) - contentHeight(frame)) <= 1, 'the frame to grow after completion');
  });

  it('accepts sizes only from the frame’s own origin', async () => {
    const { otherOrigin } = await info();
    const frame = await loadUrl(`${otherOrigin}/__embed/embed.html?element=plc-checklist&storage=none`, { title: 'Checklist', width: '600' });
    await until(() => frame.dataset.plcKitHeight, 'a size from the cross-origin frame');
    await until(async () => {
      const before = frame.dataset.plcKitHeight;
      await new Promise((r) => setTimeout(r, 200));
      return before === frame.dataset.plcKitHeight;
    }, 'the size to settle');
    const settled = frameHeight(frame);
    expect(settled).to.be.greaterThan(300);
    let forged = 0;
    frame.addEventListener('plc-complete', () => forged++);

    // Another frame (this page's origin) claims to be a PLC Kit frame.
    const impostor = await loadUrl('/test/embed/pages/impostor.html', { 'data-plc-kit': '', title: 'impostor' });
    // The embed frame itself is navigated to a page on another origin, which then posts as if it were the embed.
    const navigated = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.contentWindow!.location.href = `${location.origin}/test/embed/pages/impostor.html`;
    await navigated;
    await new Promise((r) => setTimeout(r, 300));
    expect(frameHeight(frame)).to.equal(settled);
    expect(forged).to.equal(0);
    // The impostor had the data-plc-kit marker and its messages came from its own window and origin, so they count for it alone.
    expect(frameHeight(impostor)).to.equal(1234);
  });

  it('waits for a lazy frame to load before greeting it, then sizes it', async () => {
    // The spy stands in for the browser's "target origin does not match" console error that a
    // greeting posted to the not-yet-loaded frame (still about:blank) would cause.
    const host = await loadPage(`<!doctype html><html lang="en"><body>
      <iframe data-plc-kit loading="lazy" src="/__embed/embed.html?element=plc-checklist&storage=none" title="Checklist" width="600" height="200" style="border:0; margin-top: 4000px"></iframe>
      <script>
        window.__posted = [];
        document.querySelector('iframe').contentWindow.postMessage = function () { window.__posted.push([].slice.call(arguments)); };
      </script>
      <script type="module" src="${resizerUrl}"></script>
    </body></html>`);
    const inner = host.doc.querySelector('iframe')!;
    await until(() => (host.win as unknown as { __plcResizerReady?: boolean }).__plcResizerReady || host.doc.readyState === 'complete', 'the resizer');
    await new Promise((r) => setTimeout(r, 300));
    expect(inner.contentWindow!.location.href).to.equal('about:blank');
    expect((host.win as unknown as { __posted: unknown[] }).__posted).to.deep.equal([]);
    inner.scrollIntoView();
    await until(() => inner.dataset.plcKitHeight, 'a size once the frame has loaded');
    expect(Number(inner.dataset.plcKitHeight)).to.be.greaterThan(300);
  });

  it('hands a completion inside the frame to the host page, and a late resizer still gets the size', async () => {
    const host = await loadPage(`<!doctype html><html lang="en"><body>
      <iframe src="/__embed/embed.html?element=plc-checklist&storage=none" title="Checklist" width="600" height="200" style="border:0"></iframe>
    </body></html>`);
    const inner = host.doc.querySelector('iframe')!;
    await until(() => rendered(inner.contentDocument?.querySelector('plc-checklist')), 'the checklist');
    expect(inner.getBoundingClientRect().height).to.equal(200);
    // The host adds the resizer only now; it asks the frame for its size.
    const script = host.doc.createElement('script');
    script.type = 'module';
    script.src = resizerUrl;
    host.doc.head.append(script);
    await until(() => inner.getBoundingClientRect().height > 300, 'the frame to take its content’s height');
  });
});

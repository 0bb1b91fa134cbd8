// Strict CSP: a page served with `Content-Security-Policy: default-src 'self'; script-src 'self';
// style-src 'self'; img-src 'self' data: blob:` (no unsafe-inline, no unsafe-eval) loads the production
// standalone bundle, and every element that exists works there — set up, used as a user would, in both
// languages and every theme — with no `securitypolicyviolation` at all. The canary test proves the
// policy is really in force, so a zero means something.
import { expect } from '@open-wc/testing';
import { alerts, closePages, elementTags, openPage, rendersContent, settle, until, type TestPage } from './harness.js';
import { specFor } from './element-specs.js';

const tags = await elementTags();
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** The CSP page with the standalone plc-kit.js (production build), which defines every element. */
async function kitPage(tag?: string): Promise<TestPage> {
  const page = await openPage('csp', 'page.html?bundles=plc-kit', { ready: (p) => !!p.win.customElements.get('plc-provider') });
  if (tag) expect(page.win.customElements.get(tag), `plc-kit.js defines <${tag}>`).to.exist;
  return page;
}

async function place(page: TestPage, tag: string, attributes: Record<string, string>): Promise<Lit> {
  const el = page.doc.createElement(tag) as Lit;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  page.host.append(el);
  await el.updateComplete;
  await settle(page.win);
  return el;
}

function expectClean(page: TestPage, what: string): void {
  expect(page.probe.violations, `CSP violations ${what}: ${JSON.stringify(page.probe.violations)}`).to.deep.equal([]);
  expect(page.probe.errors, `errors ${what}`).to.deep.equal([]);
}

describe('strict CSP', () => {
  afterEach(closePages);

  it('is really in force on the test page: inline script, inline <style> and style attributes are refused and reported', async () => {
    const response = await fetch('/__sec/csp/page.html');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT);
    const page = await openPage('csp', 'page.html?bundles=plc-kit&canary');
    await settle(page.win);
    expect(page.win.__inlineScriptRan).to.equal(undefined);
    const canary = page.doc.getElementById('canary')!;
    expect(page.win.getComputedStyle(canary).color).to.not.equal('rgb(255, 0, 0)');
    expect(page.win.getComputedStyle(canary).fontWeight).to.not.equal('900');
    const directives = page.probe.violations.map((v) => v.directive);
    expect(directives).to.include.members(['script-src-elem', 'style-src-elem', 'style-src-attr']);
    // A style attribute set from script inside a shadow root is caught too (the elements' case).
    const host = page.doc.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p style="color: red">x</p>';
    page.host.append(host);
    await settle(page.win);
    expect(page.probe.violations.filter((v) => v.directive === 'style-src-attr')).to.have.length(2);
  });

  it('and without the policy the same canary runs (the header, not the page, makes the difference)', async () => {
    const page = await openPage('open', 'page.html?bundles=plc-kit&canary');
    await settle(page.win);
    expect(page.win.__inlineScriptRan).to.equal(true);
    expect(page.probe.violations).to.deep.equal([]);
  });

  it('cssProps sets dynamic styles through the CSSOM with no violation, where Lit’s styleMap is refused on first render', async () => {
    const page = await openPage('csp', 'page.html?bundles=css-props-demo', { ready: (p) => !!p.win.customElements.get('style-demo') });
    const [ours, lits] = ['', 'use-style-map'].map((flag) => {
      const el = page.doc.createElement('style-demo') as Lit & { width: number };
      if (flag) el.setAttribute(flag, '');
      page.host.append(el);
      return el;
    });
    await settle(page.win);
    const bar = (el: Element) => el.shadowRoot!.getElementById('bar')!;
    // Ours: applied, and nothing refused.
    expect(bar(ours!).style.inlineSize).to.equal('40px');
    expect(bar(ours!).style.getPropertyValue('--_demo')).to.equal('40');
    expect(page.probe.violations.filter((v) => v.directive === 'style-src-attr')).to.have.length(1); // styleMap's, below
    // Lit's styleMap: its first render is a style attribute, refused (lit/lit#4719).
    expect(bar(lits!).style.inlineSize).to.equal('');
    // Updates add, change and remove properties.
    (ours as Lit & { width: number }).width = 60;
    await ours!.updateComplete;
    expect(bar(ours!).style.inlineSize).to.equal('60px');
    expect(bar(ours!).style.blockSize).to.equal('10px');
    (ours as Lit & { width: number }).width = 30;
    await ours!.updateComplete;
    expect(bar(ours!).style.blockSize).to.equal('');
    expect(bar(ours!).hasAttribute('style') ? bar(ours!).getAttribute('style') : '').to.not.include('undefined');
    await settle(page.win);
    expect(page.probe.violations.filter((v) => v.directive === 'style-src-attr')).to.have.length(1);
  });

  it('plc-kit.js loads and defines the provider and every element, with no violation', async () => {
    const page = await kitPage();
    const provider = await place(page, 'plc-provider', { storage: 'none', 'storage-key': 'csp-provider' });
    expect(provider.shadowRoot).to.exist;
    expect(tags.filter((tag) => !page.win.customElements.get(tag)), 'elements plc-kit.js leaves out').to.deep.equal([]);
    expectClean(page, 'loading plc-kit.js');
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      const spec = specFor(tag);

      it('renders and works as a user would use it, with no violation', async function () {
        this.timeout(60000);
        const page = await kitPage(tag);
        const el = await place(page, tag, { storage: 'none', 'storage-key': `csp-${tag}` });
        await until(() => rendersContent(el), `${tag} to render`);
        expect(alerts(el), 'problems shown').to.deep.equal([]);
        expectClean(page, 'on first render');
        if (spec.exercise) await spec.exercise(el);
        if (spec.visitAll) await spec.visitAll(el);
        await settle(page.win);
        expect(alerts(el).filter((a) => /unexpected|could not/i.test(a)), 'failures shown').to.deep.equal([]);
        expectClean(page, 'while in use');
      });

      it('switches language and every theme live, inside a provider and alone, with no violation', async () => {
        const page = await kitPage(tag);
        const provider = await place(page, 'plc-provider', { storage: 'none', 'storage-key': `csp-themes-${tag}` });
        const el = page.doc.createElement(tag) as Lit;
        provider.append(el);
        await until(() => rendersContent(el), `${tag} to render`);
        for (const theme of ['dark', 'high-contrast', 'auto', 'light']) {
          provider.setAttribute('theme', theme);
          el.setAttribute('lang', theme === 'dark' ? 'cy' : 'en');
          await el.updateComplete;
          await settle(page.win, 50);
        }
        el.setAttribute('theme', 'dark');
        await settle(page.win);
        expect(rendersContent(el)).to.equal(true);
        expectClean(page, 'across themes and languages');
      });

      it('shows a bad framework or attribute as a message inside the element, with no violation', async () => {
        const page = await kitPage(tag);
        const el = page.doc.createElement(tag) as Lit;
        el.setAttribute('storage', 'none');
        if (spec.framework) {
          const script = page.doc.createElement('script');
          script.type = 'application/json';
          script.textContent = '{"id": "broken", "kind": ';
          el.append(script);
        } else el.setAttribute('theme', 'no-such-theme');
        page.host.append(el);
        await el.updateComplete;
        await settle(page.win);
        if (spec.framework) expect(alerts(el).length, 'a message about the framework').to.be.greaterThan(0);
        expectClean(page, 'showing a problem');
      });

      it('works in the iframe embed page (embed.html) under the same policy', async () => {
        const page = await openPage('csp', `embed.html?element=${tag}&storage=none`, {
          ready: (p) => {
            const el = p.doc.querySelector(tag);
            return !!el && rendersContent(el);
          },
        });
        await settle(page.win);
        expectClean(page, 'in embed.html');
      });
    });
  }
});

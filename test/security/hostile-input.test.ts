// Hostile input: a corpus of well-known XSS payloads fed through every place a user's text enters —
// stored workspace JSON (PLC names and notes, evidence, school names, people, responses), framework
// JSON (inline and by URL), attributes, text typed into the elements' forms, CSV cells, and the
// embed page's URL parameters — never runs (the trap is never called), is shown as text, and never
// becomes markup, an event handler or a link to anything but http(s) or mailto. Runs on this page,
// which has no CSP, so it is the kit's own escaping being tested, for every element that has landed.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SafeUrl, exportWorkspace, type WorkspaceStore } from '@plc-kit/core';
import '@plc-kit/elements/provider/define.js';
import { alerts, closePages, dangers, deepText, defineFromSource, elementTags, installTrap, links, openPage, pageErrors, rendersContent, settle, until } from './harness.js';
import { HOSTILE_URLS, PAYLOADS, SAFE_URLS, squash } from './xss-corpus.js';
import { badLinkPlc, hostileFramework, hostileWorkspace } from './hostile.js';
import { specFor } from './element-specs.js';

const tags = await elementTags();
for (const tag of tags) await defineFromSource(tag);

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

const hits = installTrap();
const host = document.createElement('div');
document.body.append(host);

/** Payloads grouped so each group fits a 500-character name field. */
const groups: string[] = [];
for (const p of PAYLOADS) {
  const last = groups.at(-1);
  if (last !== undefined && last.length + p.text.length + 1 <= 500) groups[groups.length - 1] = `${last} ${p.text}`;
  else groups.push(p.text);
}

async function place(tag: string, attributes: Record<string, string>, children: Node[] = []): Promise<Lit> {
  const el = document.createElement(tag) as Lit;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  host.append(el);
  await el.updateComplete;
  await settle();
  return el;
}

/** The checks every hostile test ends with. */
async function expectSafe(el: Element, what: string): Promise<void> {
  await settle(window, 250); // failed image loads, autofocus and toggles fire late
  expect(hits, `payloads that ran (${what}): ${hits.map((id) => PAYLOADS[id - 1]?.what ?? id).join(', ')}`).to.deep.equal([]);
  expect(dangers(el), `dangerous markup (${what})`).to.deep.equal([]);
  for (const href of links(el)) expect(new URL(href).protocol, `link ${href} (${what})`).to.be.oneOf(['http:', 'https:', 'mailto:']);
}

function expectShown(el: Element, texts: string[], what: string): void {
  const shown = squash(deepText(el));
  const missing = texts.map(squash).filter((t) => t && !shown.includes(t));
  expect(missing, `not shown as text (${what})`).to.deep.equal([]);
}

/** Attributes the element observes, from Lit's property declarations. */
function stringAttributes(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { elementProperties: Map<PropertyKey, { attribute?: string | boolean; type?: unknown }> };
  const names: string[] = [];
  for (const [key, options] of ctor.elementProperties) {
    if (typeof key !== 'string' || options.attribute === false || options.type === Boolean || options.type === Number) continue;
    names.push(typeof options.attribute === 'string' ? options.attribute : key.toLowerCase());
  }
  return names;
}

describe('hostile input', () => {
  beforeEach(() => {
    localStorage.clear();
    hits.length = 0;
  });
  afterEach(async () => {
    host.replaceChildren();
    await closePages();
  });

  it('the trap works: a payload parsed as HTML does call it (so silence below means something)', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = PAYLOADS.find((p) => p.what === 'img onerror')!.text;
    host.append(probe);
    await until(() => hits.length > 0, 'the trap to be called');
    expect(hits).to.deep.equal([PAYLOADS.find((p) => p.what === 'img onerror')!.id]);
    expect(dangers(probe).length).to.be.greaterThan(0);
  });

  it('links: only http(s) and mailto pass SafeUrl, for the corpus and for any text (property)', () => {
    for (const p of HOSTILE_URLS) expect(SafeUrl.safeParse(p.text).success, p.what).to.equal(false);
    for (const url of SAFE_URLS) expect(SafeUrl.safeParse(url).success, url).to.equal(true);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom(...HOSTILE_URLS.map((p) => p.text)).map((s) => s.toUpperCase())), (text) => {
        if (!SafeUrl.safeParse(text).success) return;
        const url = URL.parse(text.trim(), 'https://base.example/');
        if (url) expect(['http:', 'https:', 'mailto:']).to.include(url.protocol);
      }),
      { numRuns: 500 },
    );
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      const spec = specFor(tag);

      it('stored workspace JSON: every stored text is shown as text and never runs; hostile stored links are refused', async function () {
        this.timeout(60000);
        const ws = hostileWorkspace();
        const raw = JSON.parse(exportWorkspace(ws));
        raw.plcs.push(badLinkPlc(HOSTILE_URLS.map((p) => p.text)));
        localStorage.setItem(`hostile-${tag}:workspace`, JSON.stringify(raw));
        let el!: Lit;
        const seen: string[] = [];
        const found: string[] = [];
        const step = () => {
          seen.push(deepText(el));
          found.push(...dangers(el));
        };
        const errors = await pageErrors(window, async () => {
          el = await place(tag, { 'storage-key': `hostile-${tag}`, ...spec.showStored });
          await until(() => rendersContent(el), `${tag} to render`);
          await spec.visitAll?.(el, step);
        });
        expect(errors, 'errors thrown at the page').to.deep.equal([]);
        expect(found, 'dangerous markup in any state').to.deep.equal([]);
        await expectSafe(el, 'stored workspace');
        const shown = squash(seen.join(' '));
        const missing = (spec.storedShown?.(ws) ?? []).map(squash).filter((t) => !shown.includes(t));
        expect(missing, 'stored texts not shown as text in any state').to.deep.equal([]);
        // The PLC with hostile links was refused on reading, said so, and kept aside, not lost.
        const store = (el as unknown as { store: WorkspaceStore }).store;
        expect(store.state.plcs.map((p) => p.id)).to.not.include('p-badlinks');
        expect(store.state.plcs.map((p) => p.id)).to.include('p-hostile');
        expect(alerts(el).join(' ')).to.match(/could not be read|kept|copy|backup|unreadable/i);
        const aside = Object.keys(localStorage).find((k) => k.startsWith(`hostile-${tag}:workspace:unreadable`));
        expect(aside, 'the original stored text kept aside').to.be.a('string');
        expect(localStorage.getItem(aside!)).to.include('p-badlinks');
        if (spec.storedLinks) for (const url of SAFE_URLS) expect(links(el), `${url} is a live link`).to.include(new URL(url).href);
      });

      if (spec.framework) {
        const kind = spec.framework.kind;
        for (const via of ['inline', 'src'] as const) {
          it(`framework JSON (${via}): every wording is shown as text and never runs; its source link is never made live`, async function () {
            this.timeout(30000);
            const framework = hostileFramework(kind);
            const json = JSON.stringify(framework);
            const children: Node[] = [];
            const attributes: Record<string, string> = { storage: 'none' };
            if (via === 'inline') {
              const script = document.createElement('script');
              script.type = 'application/json';
              script.textContent = json;
              children.push(script);
            } else attributes.src = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
            let el!: Lit;
            const errors = await pageErrors(window, async () => {
              el = await place(tag, attributes, children);
              await until(() => rendersContent(el) && squash(deepText(el)).includes(squash((framework.title as { en: string }).en)), `${tag} to show the hostile framework`);
              await spec.visitAll?.(el);
            });
            expect(errors, 'errors thrown at the page').to.deep.equal([]);
            expect(alerts(el), 'the hostile framework is valid and accepted').to.deep.equal([]);
            await expectSafe(el, `framework ${via}`);
            expectShown(el, [(framework.title as { en: string }).en], `framework ${via}`);
          });
        }

        it('a framework whose ids and kind are payloads is refused with a message, shown as text', async () => {
          const bad = { ...hostileFramework(kind), id: PAYLOADS[1]!.text, kind: PAYLOADS[0]!.text };
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = JSON.stringify(bad);
          const el = await place(tag, { storage: 'none' }, [script]);
          await expectSafe(el, 'framework with hostile ids');
          expect(alerts(el).length, 'a problem is shown').to.be.greaterThan(0);
        });
      }

      it('attributes: every text attribute set to a payload never runs and never breaks the page', async function () {
        this.timeout(30000);
        const names = stringAttributes(tag).filter((n) => n !== 'storage' && n !== 'storage-key');
        expect(names.length).to.be.greaterThan(0);
        // Each round gives each attribute a different payload, until every payload has been in every attribute.
        for (let round = 0; round < PAYLOADS.length; round += 3) {
          const attributes: Record<string, string> = { storage: 'none', 'storage-key': `attr-${round}` };
          names.forEach((name, i) => {
            const p = PAYLOADS[(round + i * 3) % PAYLOADS.length]!;
            attributes[name] = name === 'src' ? `${p.text}.json` : p.text;
          });
          let el!: Lit;
          const errors = await pageErrors(window, async () => {
            el = await place(tag, attributes);
          });
          expect(errors, `errors thrown at the page (round ${round})`).to.deep.equal([]);
          await expectSafe(el, `attributes, round ${round}`);
          expect(rendersContent(el) || alerts(el).length > 0, `${tag} shows something (round ${round})`).to.equal(true);
          el.remove();
        }
      });

      if (spec.typeText) {
        it('typed text: what a user types into the element’s fields is shown as text and never runs', async function () {
          this.timeout(90000);
          for (const [i, text] of groups.entries()) {
            const el = await place(tag, { storage: 'none', 'storage-key': `typed-${tag}-${i}` });
            await until(() => rendersContent(el), `${tag} to render`);
            let shown: string[] = [];
            const errors = await pageErrors(window, async () => {
              shown = await spec.typeText!(el, text);
            });
            expect(errors, 'errors thrown at the page').to.deep.equal([]);
            await expectSafe(el, `typed group ${i}`);
            expectShown(el, shown, `typed group ${i}`);
            el.remove();
          }
        });
      }

      if (spec.typeLink) {
        it('typed links: javascript:, data: and other schemes are refused; http(s) and mailto become links', async function () {
          this.timeout(60000);
          const el = await place(tag, { storage: 'none', 'storage-key': `links-${tag}` });
          await until(() => rendersContent(el), `${tag} to render`);
          for (const p of HOSTILE_URLS) await spec.typeLink!(el, p.text);
          for (const url of SAFE_URLS) await spec.typeLink!(el, url);
          await spec.visitAll?.(el);
          await expectSafe(el, 'typed links');
          const live = links(el);
          for (const url of SAFE_URLS) expect(live, `${url} is a link`).to.include(new URL(url).href);
          for (const p of HOSTILE_URLS) expect(live.some((href) => href.includes('__xssTrap')), p.what).to.equal(false);
        });
      }

      it('the embed page: hostile URL parameters never run and are shown as text', async function () {
        this.timeout(60000);
        const attributes = stringAttributes(tag).filter((n) => !['storage', 'storage-key', 'lang', 'theme', 'src'].includes(n));
        for (let round = 0; round < PAYLOADS.length; round += 9) {
          const at = (i: number) => PAYLOADS[(round + i) % PAYLOADS.length]!;
          const params = new URLSearchParams({ element: tag, storage: 'none', lang: at(0).text, 'parent-origin': `javascript:top.__xssTrap(${at(0).id})` });
          attributes.forEach((name, i) => params.set(name, at(i).text));
          const unknown = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => at(i).text);
          for (const name of unknown) params.set(name, 'x'); // unknown parameters whose names are payloads
          const page = await openPage('open', `embed.html?${params}`, { ready: (pg) => !!pg.doc.querySelector(tag) });
          await settle(page.win, 250);
          expect(page.probe.errors, `errors in the embed page (round ${round})`).to.deep.equal([]);
          await expectSafe(page.doc.body, `embed URL, round ${round}`);
          expectShown(page.doc.body, unknown, `embed URL, round ${round}`);
          await closePages();
        }
        // An element name that is itself a payload.
        const page = await openPage('open', `embed.html?${new URLSearchParams({ element: PAYLOADS[1]!.text })}`);
        await settle(page.win, 250);
        await expectSafe(page.doc.body, 'embed element=payload');
        expectShown(page.doc.body, [PAYLOADS[1]!.text.trim().toLowerCase()], 'embed element=payload');
      });
    });
  }
});

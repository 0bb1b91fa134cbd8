import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@plc-kit/embed/plc-kit.js';
import '@plc-kit/embed/builder';
import type { PlcEmbedBuilder } from '../../packages/embed/src/builder/plc-embed-builder.js';
import { loadPage, rendered, until } from './helpers.js';

const base = `${location.origin}/__embed/`;
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const code = (el: Element, id: string) => q<HTMLTextAreaElement>(el, `#code-${id}`).value;

async function builder(lang = 'en') {
  const el = await fixture<PlcEmbedBuilder>(html`<plc-embed-builder base-url=${base} lang=${lang}></plc-embed-builder>`);
  await el.updateComplete;
  return el;
}

async function choose(el: PlcEmbedBuilder, id: string, value: string) {
  const select = q<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<plc-embed-builder>', function () {
  this.timeout(60000);

  it('offers the loaded elements, shows a live preview and passes axe', async () => {
    const el = await builder();
    const options = [...q<HTMLSelectElement>(el, '#element').options].map((o) => o.value);
    expect(options).to.include.members(['plc-checklist', 'plc-conditions-radar', 'plc-enquiry-cycle']);
    const preview = await until(() => q(el, '.preview').firstElementChild, 'the preview');
    expect(preview.localName).to.equal(options[0]);
    expect(preview.getAttribute('storage')).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('turns the choices into a script snippet, an iframe snippet and an address', async () => {
    const el = await builder();
    await choose(el, 'element', 'plc-checklist');
    await choose(el, 'framework', 'plc-or-not');
    await choose(el, 'lang', 'cy');
    await choose(el, 'theme', 'dark');
    expect(code(el, 'script')).to.equal(
      `<script type="module" src="${base}plc-kit.js"></script>\n<plc-checklist framework="plc-or-not" lang="cy" theme="dark"></plc-checklist>`,
    );
    expect(code(el, 'address')).to.equal(`${base}embed.html?element=plc-checklist&framework=plc-or-not&lang=cy&theme=dark`);
    expect(code(el, 'iframe')).to.contain(`src="${base}embed.html?element=plc-checklist&amp;framework=plc-or-not&amp;lang=cy&amp;theme=dark"`);
    expect(code(el, 'iframe')).to.contain('title="CDP ynteu ddim yn CDP?"').and.to.contain(`<script type="module" src="${base}plc-resizer.js"></script>`);
    const preview = await until(() => (q(el, '.preview').firstElementChild?.getAttribute('lang') === 'cy' ? q(el, '.preview').firstElementChild : undefined), 'the preview in Welsh');
    expect(preview.getAttribute('theme')).to.equal('dark');
    await choose(el, 'bundle', 'element');
    expect(code(el, 'script')).to.contain(`src="${base}plc-checklist.js"`);
    await expect(el).to.be.accessible();
  });

  it('is operated from the keyboard, and announces a copy', async () => {
    const el = await builder();
    q<HTMLSelectElement>(el, '#element').focus();
    const before = q<HTMLSelectElement>(el, '#element').value;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const after = q<HTMLSelectElement>(el, '#element').value;
    expect(after).not.to.equal(before);
    expect(code(el, 'script')).to.contain(`<${after}`);
    // The copy buttons are native buttons in the tab order (Enter and Space work as on any button);
    // the test clicks, because a keypress in a background tab is not delivered reliably in Firefox.
    const copy = q<HTMLButtonElement>(el, 'button[data-copy="script"]');
    expect(copy.tabIndex).to.equal(0);
    copy.click();
    const status = await until(() => q(el, '[role="status"]').textContent?.trim(), 'the copy announcement', 20000);
    expect(['Copied to the clipboard.', 'Could not copy: select the text and copy it yourself.']).to.include(status);
  });

  it('speaks Welsh, and says when the hosting address is not a URL', async () => {
    const el = await builder('cy');
    expect(q(el, 'h2').textContent).to.equal('Adeiladwr cod mewnblannu');
    const input = q<HTMLInputElement>(el, '#base-url');
    input.focus();
    input.select();
    await sendKeys({ type: 'intranet/plc' });
    await el.updateComplete;
    expect(q(el, '.invalid').textContent).to.contain('https://');
    await expect(el).to.be.accessible();
  });

  it('its snippets work when pasted into a page: the script tag and the iframe with its resizer', async () => {
    const el = await builder();
    await choose(el, 'element', 'plc-checklist');
    await choose(el, 'lang', 'cy');
    const scriptPage = await loadPage(`<!doctype html><html><body>${code(el, 'script').replace('></plc-checklist>', ' storage="none"></plc-checklist>')}</body></html>`);
    const shown = await until(() => (rendered(scriptPage.doc.querySelector('plc-checklist')) ? scriptPage.doc.querySelector('plc-checklist') : undefined), 'the pasted element', 20000);
    expect(shown!.getAttribute('lang')).to.equal('cy');
    scriptPage.frame.remove();

    // A script element inserted by parsing runs in a real page; the iframe snippet brings its own resizer.
    const iframePage = await loadPage(`<!doctype html><html><body>${code(el, 'iframe')}</body></html>`);
    iframePage.frame.scrollIntoView(); // The snippet's iframe loads lazily, when it is in view.
    const inner = iframePage.doc.querySelector('iframe')!;
    await until(() => rendered(inner.contentDocument?.querySelector('plc-checklist')), 'the element in the pasted iframe', 30000);
    await until(() => inner.getBoundingClientRect().height !== 640 && inner.dataset.plcKitHeight, 'the resizer to size the frame', 20000);
    iframePage.frame.remove();
  });
});

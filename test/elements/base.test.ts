import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineElement, PlcProvider } from '@plc-kit/elements';
import '@plc-kit/elements/provider/define.js';
import '@plc-kit/elements/checklist/define.js';
import '@plc-kit/elements/conditions-radar/define.js';
import '@plc-kit/elements/enquiry-cycle/define.js';
import '@plc-kit/elements/network-map/define.js';
import { PlcNetworkMap, type PlcElement } from '@plc-kit/elements';
import { PlcProbe } from '../helpers/probe.js';

/** A probe whose problem is built when shown, as the elements build theirs. */
class WordedProbe extends PlcProbe {
  failToLoad(url: string): void {
    this.showProblem(() => ({ message: this.common('framework.fetchFailed', { url, reason: this.common('framework.timeout', { seconds: 15 }) }) }));
  }
}
defineElement('plc-worded-probe', WordedProbe);

const alerts = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
const settle = async (el: PlcElement) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)!.textContent!.trim();

describe('element base', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('resolves language from its own lang, then an ancestor, then <html>, and follows changes live', async () => {
    document.documentElement.setAttribute('lang', 'cy');
    const wrapper = await fixture<HTMLDivElement>(html`<div><plc-probe storage="none"></plc-probe></div>`);
    const probe = wrapper.querySelector('plc-probe')!;
    await probe.updateComplete;
    expect(text(probe, '#lang')).to.equal('cy');
    expect(text(probe, '#words')).to.equal('Pob newid wedi’i gadw');

    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r));
    await probe.updateComplete;
    expect(text(probe, '#lang')).to.equal('en');

    probe.setAttribute('lang', 'cy');
    await new Promise((r) => setTimeout(r));
    await probe.updateComplete;
    expect(text(probe, '#words')).to.equal('Pob newid wedi’i gadw');
  });

  it('can be defined twice, or under a second copy of the kit, without throwing', () => {
    expect(() => defineElement('plc-probe', PlcProbe)).not.to.throw();
    class SecondCopy extends PlcProbe {}
    expect(() => defineElement('plc-probe', SecondCopy)).not.to.throw();
    expect(customElements.get('plc-probe')).to.equal(PlcProbe);
  });

  it('shares one store between two elements inside a provider', async () => {
    const provider = await fixture<PlcProvider>(html`<plc-provider storage="none" storage-key="shared-test">
      <plc-probe id="a"></plc-probe><plc-probe id="b"></plc-probe>
    </plc-provider>`);
    const [a, b] = provider.querySelectorAll<PlcProbe>('plc-probe');
    expect(a!.store).to.equal(b!.store);
    expect(a!.store).to.equal(provider.store);
    a!.shadowRoot!.querySelector('button')!.click();
    await b!.updateComplete;
    expect(text(b!, '#plcs')).to.equal('1');
  });

  it('inherits the provider theme unless it sets its own', async () => {
    const provider = await fixture<PlcProvider>(html`<plc-provider storage="none" storage-key="theme-test" theme="dark">
      <plc-probe id="a"></plc-probe><plc-probe id="b" theme="high-contrast"></plc-probe>
    </plc-provider>`);
    const [a, b] = provider.querySelectorAll<PlcProbe>('plc-probe');
    await a!.updateComplete;
    expect(a!.matches(':state(theme-dark)')).to.be.true;
    expect(b!.matches(':state(theme-high-contrast)')).to.be.true;
    expect(getComputedStyle(a!).backgroundColor).to.equal('rgb(21, 25, 31)');
    provider.theme = 'light';
    await provider.updateComplete;
    await a!.updateComplete;
    expect(getComputedStyle(a!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('makes its own store when it stands alone, saved in localStorage under its storage-key', async () => {
    const probe = await fixture<PlcProbe>(html`<plc-probe storage-key="alone"></plc-probe>`);
    probe.addPlc('Reading PLC');
    await Promise.resolve();
    const saved = JSON.parse(localStorage.getItem('alone:workspace')!);
    expect(saved.plcs[0].name).to.equal('Reading PLC');
  });

  it('sets unreadable stored data aside, says so, and never overwrites it', async () => {
    localStorage.setItem('broken:workspace', '{"version":1, "plcs": [tru');
    const probe = await fixture<PlcProbe>(html`<plc-probe storage-key="broken"></plc-probe>`);
    const alert = probe.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not be read');
    const asideKey = Object.keys(localStorage).find((k) => k.startsWith('broken:workspace:unreadable:'))!;
    expect(localStorage.getItem(asideKey)).to.equal('{"version":1, "plcs": [tru');
    probe.addPlc();
    await Promise.resolve();
    expect(localStorage.getItem(asideKey)).to.equal('{"version":1, "plcs": [tru');
  });

  it('reports a full storage on write and keeps what was typed in memory', async () => {
    const probe = await fixture<PlcProbe>(html`<plc-probe storage-key="full"></plc-probe>`);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      probe.addPlc('Kept in memory');
      await Promise.resolve();
      await probe.updateComplete;
      expect(text(probe, '[role="alert"]')).to.contain('storage is full');
      expect(probe.store.state.plcs.map((p) => p.name)).to.deep.equal(['Kept in memory']);
    } finally {
      Storage.prototype.setItem = original;
    }
    probe.addPlc('Second');
    await Promise.resolve();
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(JSON.parse(localStorage.getItem('full:workspace')!).plcs).to.have.length(2);
  });

  it('takes in a change made in another tab', async () => {
    const probe = await fixture<PlcProbe>(html`<plc-probe storage-key="tabs"></plc-probe>`);
    expect(text(probe, '#plcs')).to.equal('0');
    const newValue = JSON.stringify({ version: 1, plcs: [{ id: 'x', name: 'From the other tab' }] });
    localStorage.setItem('tabs:workspace', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'tabs:workspace', newValue, storageArea: localStorage }));
    await probe.updateComplete;
    expect(text(probe, '#plcs')).to.equal('1');
  });

  it('shows a problem inside itself instead of throwing, and emits typed bubbling events', async () => {
    const probe = await fixture<PlcProbe>(html`<plc-probe storage="none"></plc-probe>`);
    probe.fail('That framework is not valid');
    await probe.updateComplete;
    expect(text(probe, '[role="alert"]')).to.contain('That framework is not valid');
    setTimeout(() => probe.emit('plc-probe', { n: 3 }));
    const event = await oneEvent(document.body, 'plc-probe');
    expect(event.detail.n).to.equal(3);
    expect(event.composed).to.be.true;
    await expect(probe).to.be.accessible();
  });

  it('says, in one alert on every element, when theme or heading-level cannot be used, and carries on with the fallback', async () => {
    PlcNetworkMap.workerUrl = new URL('/packages/elements/src/network-map/layout.worker.ts', location.origin);
    for (const tag of ['plc-checklist', 'plc-conditions-radar', 'plc-enquiry-cycle', 'plc-network-map'] as const) {
      const el = await fixture<PlcElement>(`<${tag} storage="none" storage-key="bad-${tag}" theme="evil" heading-level="99"></${tag}>`);
      await settle(el);
      const notes = alerts(el).filter((a) => a.includes('theme='));
      expect(notes, tag).to.have.length(1);
      expect(notes[0], tag).to.contain('theme="evil" is not one of light, dark, auto, high-contrast, so “light” is used.');
      expect(notes[0], tag).to.contain('heading-level="99" is not one of 1, 2, 3, 4, 5, 6, so “6” is used.');
      expect(el.matches(':state(theme-light)'), tag).to.be.true;
      expect(el.effectiveTheme, tag).to.equal('light');

      el.setAttribute('heading-level', 'abc');
      el.setAttribute('lang', 'cy');
      await settle(el);
      const cy = alerts(el).find((a) => a.includes('theme='))!;
      expect(cy, tag).to.contain('Dydy theme="evil" ddim yn un o light, dark, auto, high-contrast, felly defnyddir “light”.');
      expect(cy, tag).to.contain('Dydy heading-level="abc" ddim yn un o 1, 2, 3, 4, 5, 6, felly defnyddir “2”.');

      el.setAttribute('theme', 'dark');
      el.setAttribute('heading-level', '3');
      await settle(el);
      expect(alerts(el).filter((a) => a.includes('theme=') || a.includes('heading-level=')), tag).to.deep.equal([]);
      expect(el.matches(':state(theme-dark)'), tag).to.be.true;
    }
  });

  it('lists an element’s own bad attributes in the same one alert, by the same rule (the radar)', async () => {
    const el = await fixture<PlcElement>(html`<plc-conditions-radar storage="none" theme="evil" mode=${'m'.repeat(300)} spread="wide"></plc-conditions-radar>`);
    await settle(el);
    const [note, ...more] = alerts(el);
    expect(more).to.deep.equal([]);
    expect(note).to.contain('theme="evil" is not one of');
    expect(note).to.contain(`mode="${'m'.repeat(200)}…" is not one of rate, results, so “rate” is used.`);
    expect(note).to.contain('spread="wide" is not one of sd, range, none, so “sd” is used.');
    el.setAttribute('lang', 'cy');
    await settle(el);
    expect(alerts(el)[0]).to.contain('Dydy spread="wide" ddim yn un o sd, range, none, felly defnyddir “sd”.');
  });

  it('falls back to the provider’s theme, names it, and shows a hostile value as shortened text', async () => {
    const hostile = `<img src=x onerror="window.hacked=1">${'x'.repeat(5000)}`;
    const provider = await fixture<PlcProvider>(html`<plc-provider storage="none" storage-key="bad-theme" theme="dark">
      <plc-probe theme=${hostile}></plc-probe>
    </plc-provider>`);
    const probe = provider.querySelector('plc-probe')!;
    await probe.updateComplete;
    expect(probe.matches(':state(theme-dark)')).to.be.true;
    const [note] = alerts(probe);
    expect(note).to.contain(`theme="${hostile.slice(0, 200)}…" is not one of light, dark, auto, high-contrast, so “dark” is used.`);
    expect(note!.length).to.be.below(400);
    expect(probe.shadowRoot!.querySelector('img')).to.equal(null);
    // An element without a heading has no heading-level to report.
    probe.setAttribute('heading-level', '99');
    probe.theme = 'auto';
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('warns the page’s developer of a provider theme it cannot use (it has no screen of its own), and its elements use light', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    try {
      const provider = await fixture<PlcProvider>(html`<plc-provider storage="none" storage-key="bad-provider-theme" theme="purple">
        <plc-probe></plc-probe>
      </plc-provider>`);
      const probe = provider.querySelector('plc-probe')!;
      await probe.updateComplete;
      expect(warned).to.deep.equal(['[plc-kit] <plc-provider theme="purple"> is not one of light, dark, auto, high-contrast; its elements use their own theme or light.']);
      expect(probe.matches(':state(theme-light)')).to.be.true;
      provider.theme = 'dark';
      await provider.updateComplete;
      await probe.updateComplete;
      expect(warned).to.have.length(1);
      expect(probe.matches(':state(theme-dark)')).to.be.true;
    } finally {
      console.warn = warn;
    }
  });

  it('words a problem again when the language changes, if it was given as a function', async () => {
    const probe = await fixture<WordedProbe>(html`<plc-worded-probe storage="none"></plc-worded-probe>`);
    probe.failToLoad('https://example.org/f.json');
    await probe.updateComplete;
    expect(alerts(probe)).to.deep.equal(['The framework at https://example.org/f.json could not be loaded (no answer after 15 seconds).']);
    probe.setAttribute('lang', 'cy');
    await settle(probe);
    expect(alerts(probe)).to.deep.equal(['Doedd dim modd llwytho’r fframwaith o https://example.org/f.json (dim ateb ar ôl 15 eiliad).']);
    // A plain problem, as before, is still shown as given.
    probe.fail('Fixed words');
    await probe.updateComplete;
    expect(alerts(probe)).to.deep.equal(['Fixed words']);
  });
});

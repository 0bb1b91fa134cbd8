import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineElement, PlcProvider } from '@plc-kit/elements';
import '@plc-kit/elements/provider/define.js';
import { PlcProbe } from '../helpers/probe.js';

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
});

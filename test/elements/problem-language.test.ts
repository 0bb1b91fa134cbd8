// A problem already on screen follows a change of `lang`: elements hand the base a function that
// words it, called at each render, rather than finished text in the language of the moment.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PlcNetworkMap, type PlcElement } from '@plc-kit/elements';
import '@plc-kit/elements/checklist/define.js';
import '@plc-kit/elements/conditions-radar/define.js';
import '@plc-kit/elements/network-map/define.js';
import { stubFetch } from '../helpers/fetch.js';
import { withInlineJson } from '../helpers/inline.js';

const alertText = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function toWelsh(el: PlcElement): Promise<void> {
  el.setAttribute('lang', 'cy');
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

describe('problems follow a language switch', () => {
  let fetches: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => fetches?.restore());

  it('the network map’s failed fetch, without fetching again', async () => {
    PlcNetworkMap.workerUrl = new URL('/packages/elements/src/network-map/layout.worker.ts', location.origin);
    fetches = stubFetch(() => Promise.resolve(new Response('gone', { status: 404 })));
    const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" src="/missing-network.json"></plc-network-map>`);
    await waitUntil(() => alertText(el).includes('could not be loaded'), 'the failure is shown');
    expect(alertText(el)).to.equal('The data at /missing-network.json could not be loaded (HTTP 404).');
    await toWelsh(el);
    expect(alertText(el)).to.equal('Doedd dim modd llwytho’r data o /missing-network.json (HTTP 404).');
    expect(fetches.calls).to.have.length(1);
  });

  it('a framework src that failed, without fetching again', async () => {
    fetches = stubFetch(() => Promise.resolve(new Response('gone', { status: 404 })));
    const el = await fixture<PlcElement>(html`<plc-conditions-radar storage="none" src="/missing-framework.json"></plc-conditions-radar>`);
    await waitUntil(() => alertText(el).includes('could not be loaded'), 'the failure is shown');
    await toWelsh(el);
    expect(alertText(el)).to.equal('Doedd dim modd llwytho’r fframwaith o /missing-framework.json (HTTP 404).');
    expect(fetches.calls).to.have.length(1);
  });

  it('a framework src the kit refuses, with its reason', async () => {
    const el = await fixture<PlcElement>(html`<plc-conditions-radar storage="none" src="javascript:alert(1)"></plc-conditions-radar>`);
    await waitUntil(() => alertText(el).includes('could not be loaded'), 'the refusal is shown');
    expect(alertText(el)).to.equal('The framework at javascript:alert(1) could not be loaded (a javascript: address cannot be loaded; use an http or https one).');
    await toWelsh(el);
    expect(alertText(el)).to.equal('Doedd dim modd llwytho’r fframwaith o javascript:alert(1) (does dim modd llwytho cyfeiriad javascript:; defnyddiwch un http neu https).');
  });

  it('an unknown built-in framework, and a framework with problems, listed', async () => {
    const unknown = await fixture<PlcElement>(html`<plc-checklist storage="none" framework="nope"></plc-checklist>`);
    await unknown.updateComplete;
    expect(alertText(unknown)).to.contain('There is no built-in framework called “nope”.');
    await toWelsh(unknown);
    expect(alertText(unknown)).to.contain('Does dim fframwaith adeiledig o’r enw “nope”.');

    const invalid = withInlineJson<PlcElement>('plc-checklist', { kind: 'checklist', id: 'x' }, { storage: 'none' });
    await fixture(html`<div>${invalid}</div>`);
    await waitUntil(() => alertText(invalid).includes('problem'), 'the list of problems', { timeout: 10000 });
    const english = alertText(invalid);
    expect(english).to.match(/^The framework has \d+ problem\(s\):/);
    await toWelsh(invalid);
    const welsh = alertText(invalid);
    expect(welsh).to.match(/^Mae gan y fframwaith \d+ problem:/);
    // Each listed problem is worded again too, not only the heading.
    expect(welsh.replace(/^[^:]*:/, '')).not.to.equal(english.replace(/^[^:]*:/, ''));
  });
});

describe('an unexpected failure, said in the element', () => {
  it('follows a language switch too (the checklist’s guarded handlers)', async () => {
    const el = await fixture<PlcElement>(html`<plc-checklist storage="none" storage-key="failing"></plc-checklist>`);
    el.store.update = () => {
      throw new Error('disk on fire');
    };
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await waitUntil(() => alertText(el).includes('disk on fire'), 'the failure is shown');
    expect(alertText(el)).to.equal('Something went wrong here: disk on fire. Your data has not been changed.');
    await toWelsh(el);
    expect(alertText(el)).to.equal('Aeth rhywbeth o’i le yma: disk on fire. Does dim newid wedi bod i’ch data.');
  });
});

// A file offered for download is said in the element's status region: the browser's own download
// bar is not read by every screen reader, so without it a click on "Download" seems to do nothing.
import { expect, fixture, html } from '@open-wc/testing';
import { generateNetwork } from '@plc-kit/core';
import { PlcNetworkMap, type PlcChecklist } from '@plc-kit/elements';
import '@plc-kit/elements/checklist/define.js';
import '@plc-kit/elements/network-map/define.js';
import { captureDownloads } from '../helpers/downloads.js';

const statusOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role="status"]')].at(-1)!;
const said = (el: Element) => statusOf(el).textContent!.trim();
const settle = async (el: Element & { updateComplete: Promise<unknown> }) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
};

describe('downloads are said', () => {
  it('in the checklist: each file by name, the same file again as a new message, in Welsh too', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist storage="none" storage-key=${`said-${Date.now()}`}></plc-checklist>`);
    for (const fieldset of el.shadowRoot!.querySelectorAll('fieldset')) fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')[3]!.click();
    await settle(el);
    expect(said(el)).to.equal('');
    const button = (label: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')].find((b) => b.textContent === label)!;
    const files = captureDownloads(() => button('Download CSV').click());
    await settle(el);
    expect(files.map((f) => f.name)).to.deep.equal(['a-plc-or-not-a-plc.csv']);
    expect(said(el)).to.equal('Downloaded a-plc-or-not-a-plc.csv.');
    // A live region reads what is added to it: the same words are added again, as a new node.
    const first = statusOf(el).firstElementChild;
    captureDownloads(() => button('Download CSV').click());
    await settle(el);
    expect(said(el)).to.equal('Downloaded a-plc-or-not-a-plc.csv.');
    expect(statusOf(el).firstElementChild).not.to.equal(first);
    el.setAttribute('lang', 'cy');
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(said(el)).to.equal('Wedi lawrlwytho a-plc-or-not-a-plc.csv.');
    await expect(el).to.be.accessible();
  });

  it('in the network map, for its graph as JSON', async () => {
    const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" no-worker></plc-network-map>`);
    el.data = generateNetwork({ schools: 8, seed: 'said' });
    await el.ready;
    const json = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="export"] button')].find((b) => b.textContent!.includes('JSON'))!;
    const files = captureDownloads(() => json.click());
    await settle(el);
    expect(files).to.have.length(1);
    expect(said(el)).to.equal(`Downloaded ${files[0]!.name}.`);
  });
});

// <plc-network-map> by keyboard when the control used goes away: "Clear selection" hands focus to the
// map and "Clear filters" to the first filter, not to the page's <body>; clearing a selection (by the
// button or Escape on the map) is announced, in English and Welsh; and the live region and status
// line follow the element's language when it changes, instead of staying in the language they were
// first written in.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { NetworkData } from '@plc-kit/core';
import { PlcNetworkMap } from '@plc-kit/elements';
import '@plc-kit/elements/network-map/define.js';
import { plc } from '../helpers/fixtures.js';

/** Two clusters; Ysgol Bryn and Ysgol Cwm are the brokers between them, Ysgol Eithin an island. */
const small = (): NetworkData => ({
  schools: [
    { id: 'A', name: 'Ysgol Aber', cluster: 'North' },
    { id: 'B', name: 'Ysgol Bryn', cluster: 'North' },
    { id: 'C', name: 'Ysgol Cwm', cluster: 'South' },
    { id: 'D', name: 'Ysgol Dyffryn', cluster: 'South' },
    { id: 'E', name: 'Ysgol Eithin', cluster: 'South' },
  ],
  members: [],
  plcs: [plc('p1', ['A', 'B']), plc('p2', ['B', 'C'], { kind: 'network' }), plc('p3', ['C', 'D'])],
});

const $ = <T extends Element = HTMLElement>(el: PlcNetworkMap, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const live = (el: PlcNetworkMap) => $(el, '#live').textContent!.trim();
/** Where focus is, in words (comparing elements themselves makes a failure's report choke on the DOM). */
function focused(el: PlcNetworkMap): string {
  const inside = el.shadowRoot!.activeElement;
  if (!inside) return `outside the map, on <${document.activeElement?.localName ?? 'nothing'}>`;
  if (inside === el.shadowRoot!.querySelector('[part~="filters"] select')) return 'the first filter';
  const text = inside.textContent!.replace(/\s+/g, ' ').trim();
  return text ? `${inside.localName} "${text}"` : inside.localName;
}

async function map(lang?: string): Promise<PlcNetworkMap> {
  const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" no-worker lang=${lang ?? 'en'}></plc-network-map>`);
  el.data = small();
  await el.ready;
  return el;
}

/** Presses Enter on a button of the map, reached by focus as a keyboard user would have it. */
async function press(el: PlcNetworkMap, button: HTMLElement): Promise<void> {
  button.focus();
  expect(el.shadowRoot!.activeElement === button, `focus on ${button.textContent}`).to.equal(true);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Selects Ysgol Bryn with the first of the top brokers' buttons. */
async function selectBroker(el: PlcNetworkMap): Promise<void> {
  await press(el, $(el, '[data-measure="brokers"] button'));
  expect(el.selected).to.equal('B');
}

const clearButton = (el: PlcNetworkMap) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="panel"] button')].at(-1)!;

describe('<plc-network-map> focus and announcements', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 1200, height: 900 }));
  beforeEach(() => localStorage.clear());

  it('"Clear selection" moves focus to the map and announces that the selection was cleared', async () => {
    const el = await map();
    await selectBroker(el);
    expect(live(el)).to.equal('Selected: Ysgol Bryn.');
    const button = clearButton(el);
    expect(button.textContent).to.equal('Clear selection');
    await press(el, button);
    expect(el.selected).to.equal('');
    expect(button.isConnected, 'the button goes away with the selection').to.equal(false);
    expect(focused(el), 'focus is on the map, not lost to the page').to.equal('canvas');
    expect(live(el)).to.equal('Selection cleared.');
    await expect(el).to.be.accessible();
  });

  it('Escape on the map clears the selection and says so', async () => {
    const el = await map();
    await selectBroker(el);
    $(el, 'canvas').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(live(el)).to.match(/^Selected: Ysgol /);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal('');
    expect(focused(el)).to.equal('canvas');
    expect(live(el)).to.equal('Selection cleared.');
  });

  it('says so in Welsh on a Welsh map, by the button and by Escape', async () => {
    const el = await map('cy');
    await selectBroker(el);
    expect(live(el)).to.equal('Wedi dewis: Ysgol Bryn.');
    const button = clearButton(el);
    expect(button.textContent).to.equal('Clirio’r dewis');
    await press(el, button);
    expect(focused(el)).to.equal('canvas');
    expect(live(el)).to.equal('Wedi clirio’r dewis.');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(live(el)).to.equal('Wedi dewis: Ysgol Bryn.');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(live(el)).to.equal('Wedi clirio’r dewis.');
  });

  it('"Clear filters" moves focus to the first filter', async () => {
    const el = await map();
    const cluster = $<HTMLSelectElement>(el, '[part~="filters"] select');
    cluster.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.ready;
    expect(el.cluster).to.equal('North');
    const reset = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="filters"] button')].find((b) => b.textContent === 'Clear filters')!;
    await press(el, reset);
    await el.ready;
    expect(el.cluster).to.equal('');
    expect(reset.isConnected, 'the button goes away with the filters').to.equal(false);
    expect(focused(el), 'focus is on the first filter, not lost to the page').to.equal('the first filter');
    expect(live(el)).to.equal('Showing schools: 5, ties: 3.');
  });

  it('the live region and the status line change language with the element', async () => {
    const el = await map();
    await selectBroker(el);
    expect(live(el)).to.equal('Selected: Ysgol Bryn.');
    el.setAttribute('lang', 'cy');
    await waitUntil(() => live(el) === 'Wedi dewis: Ysgol Bryn.', `the live region in Welsh, not "${live(el)}"`);
    // A message built of messages (an island, its cluster named) is Welsh throughout.
    await press(el, [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-measure="isolated"] button')].find((b) => b.textContent === 'Ysgol Eithin')!);
    el.setAttribute('lang', 'en');
    await waitUntil(() => live(el) === 'Selected: Ysgol Eithin.', `the live region in English again, not "${live(el)}"`);
    $(el, 'canvas').focus();
    await el.updateComplete;
    expect(live(el)).to.equal('Ysgol Eithin. South. Partner schools: 0. PLCs: 0. An island: no partner school.');
    el.setAttribute('lang', 'cy');
    await waitUntil(() => live(el).startsWith('Ysgol Eithin. South. Ysgolion partner'), `the school announced in Welsh, not "${live(el)}"`);
    expect(live(el)).to.equal('Ysgol Eithin. South. Ysgolion partner: 0. CDPau: 0. Ynys: dim ysgol bartner.');
  });

  it('the status line changes language with the page around the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><plc-network-map storage="none" no-worker></plc-network-map></div>`);
    const el = wrapper.querySelector('plc-network-map') as PlcNetworkMap;
    el.data = small();
    await el.ready;
    await el.importFiles([new File(['id,name\nF,Ysgol Ffos\n'], 'schools.csv', { type: 'text/csv' })]);
    await el.ready;
    const status = () => $(el, '[role="status"]').textContent!.trim();
    expect(status()).to.equal('Imported: schools 1, PLCs 0, people 0.');
    wrapper.lang = 'cy';
    await waitUntil(() => status() === 'Wedi mewnforio: ysgolion 1, CDPau 0, pobl 0.', `the status line in Welsh, not "${status()}"`);
    expect(live(el)).to.match(/^Mae’r map yn barod: ysgolion 6,/);
  });
});

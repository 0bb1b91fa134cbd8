// <plc-network-map>'s progress bar over a whole job: a CSV import (reading the files, then reading and
// building the network, then laying it out) or a large data set shows one bar from its first slice
// until the map is drawn, named for what it is doing, in English and Welsh; bad rows are still listed.
import { expect, fixture, html } from '@open-wc/testing';
import { generateNetwork, membershipsToCsv, schoolsToCsv } from '@plc-kit/core';
import { PlcNetworkMap } from '@plc-kit/elements';
import '@plc-kit/elements/network-map/define.js';

const $ = <T extends Element = HTMLElement>(el: PlcNetworkMap, selector: string) => el.shadowRoot!.querySelector<T>(selector);

interface Seen {
  label: string;
  value: number;
  visible: string;
}

/** Every state of the progress bar while `go` runs, until the map is drawn and the bar gone. */
async function watchBar(el: PlcNetworkMap, go: () => void | Promise<void>): Promise<Seen[]> {
  const seen: Seen[] = [];
  const record = () => {
    const bar = $(el, '[part~="progress"][role="progressbar"]');
    if (!bar) return;
    const entry = { label: bar.getAttribute('aria-label')!, value: Number(bar.getAttribute('aria-valuenow')), visible: $(el, '.progress-label')?.textContent?.trim() ?? '' };
    const last = seen.at(-1);
    if (!last || last.label !== entry.label || last.value !== entry.value) seen.push(entry);
  };
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  await go();
  for (let i = 0; i < 600 && (!seen.length || $(el, '[role="progressbar"]')); i++) await new Promise((r) => setTimeout(r, 50));
  await el.ready;
  observer.disconnect();
  return seen;
}

function schoolsCsvWithBadRows(schools: number) {
  const data = generateNetwork({ schools, clusters: Math.round(schools / 40), seed: 'progress-csv' });
  const schoolsText = `${schoolsToCsv(data.schools)}bad id,Ysgol Ddrwg,,,,,\r\n`;
  const badLine = schoolsText.split('\r\n').length - 1;
  const membershipsText = membershipsToCsv({ plcs: data.plcs, members: data.members });
  return { data, badLine, files: [new File([schoolsText], 'ysgolion.csv', { type: 'text/csv' }), new File([membershipsText], 'aelodaethau.csv', { type: 'text/csv' })] };
}

describe('<plc-network-map> progress', function () {
  this.timeout(120000);
  beforeEach(() => {
    localStorage.clear();
    PlcNetworkMap.workerUrl = new URL('/packages/elements/src/network-map/layout.worker.ts', location.origin);
  });
  afterEach(() => {
    PlcNetworkMap.workerUrl = undefined;
  });

  it('a CSV import shows one bar from the first slice until the map is drawn, rising through reading, building and laying out', async () => {
    const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" storage-key="progress-1"></plc-network-map>`);
    const { data, badLine, files } = schoolsCsvWithBadRows(3000);
    const seen = await watchBar(el, () => el.importFiles(files));
    const labels = [...new Set(seen.map((s) => s.label))];
    expect(labels).to.deep.equal(['Reading the CSV files', 'Reading the data and building the network', 'Laying out the map']);
    expect(seen[0]!.value).to.equal(0);
    expect(seen.every((s, i) => i === 0 || s.value >= seen[i - 1]!.value), `the bar only rises: ${seen.map((s) => s.value).join(' ')}`).to.equal(true);
    expect(seen.filter((s) => s.label === 'Reading the CSV files').length, 'the reading moves the bar').to.be.greaterThan(2);
    expect(seen.every((s) => s.visible === `${s.label}…`)).to.equal(true);
    // Gone once the map is drawn: every school placed.
    expect($(el, '[role="progressbar"]')).to.equal(null);
    expect(el.positions().size).to.equal(data.schools.length);
    expect($(el, '[role="alert"]')!.textContent).to.contain(`schools file, line ${badLine.toLocaleString('en-GB')}`).and.to.contain('no spaces');
  });

  it('a large data set shows the bar from the start, not only while laying out, and it is gone when the map is drawn', async () => {
    const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" storage-key="progress-2"></plc-network-map>`);
    const data = generateNetwork({ schools: 3000, clusters: 75, seed: 'progress-data' });
    const seen = await watchBar(el, () => {
      el.data = data;
    });
    expect(seen[0]).to.deep.include({ label: 'Reading the data and building the network', value: 0 });
    expect(seen.at(-1)!.label).to.equal('Laying out the map');
    await el.layoutComplete;
    expect($(el, '[role="progressbar"]')).to.equal(null);
    expect(el.positions().size).to.equal(3000);
  });

  it('a small import shows the bar while it reads, and takes it down when nothing could be imported', async () => {
    const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" storage-key="progress-3"></plc-network-map>`);
    const seen = await watchBar(el, () => el.importFiles([new File(['id,name\nbad id,Ysgol\n,No id\n'], 'schools.csv', { type: 'text/csv' })]));
    expect(seen.map((s) => s.label)).to.deep.equal(['Reading the CSV files']);
    expect($(el, '[role="progressbar"]')).to.equal(null);
    const alert = $(el, '[role="alert"]')!.textContent!;
    expect(alert).to.contain('line 2').and.to.contain('line 3');
  });

  it('names the bar in Welsh on a Welsh page, and the page is accessible with it on screen', async () => {
    const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" storage-key="progress-4" lang="cy"></plc-network-map>`);
    const { files } = schoolsCsvWithBadRows(1500);
    let checked = false;
    const seen = await watchBar(el, async () => {
      const done = el.importFiles(files);
      for (let i = 0; i < 200 && !$(el, '[role="progressbar"]'); i++) await new Promise((r) => requestAnimationFrame(r));
      await expect(el).to.be.accessible();
      checked = true;
      await done;
    });
    expect(checked).to.equal(true);
    expect(seen.map((s) => s.label)).to.include.members(['Wrthi’n darllen y ffeiliau CSV', 'Wrthi’n gosod y map']);
  });
});

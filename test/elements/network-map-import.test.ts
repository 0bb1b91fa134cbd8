// <plc-network-map>'s CSV import against the workspace as it is: links the map leaves out for display
// stay stored (and resolve once the import brings the ids they name), changes made while an import
// runs are kept, and a file that cannot be read for what it is says why, in English and Welsh.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { generateNetwork, schoolsToCsv } from '@plc-kit/core';
import { PlcNetworkMap } from '@plc-kit/elements';
import '@plc-kit/elements/network-map/define.js';
import { plc } from '../helpers/fixtures.js';
import { stubFetch } from '../helpers/fetch.js';

const $ = <T extends Element = HTMLElement>(el: PlcNetworkMap, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const alertText = (el: PlcNetworkMap) => $(el, '[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const measure = (el: PlcNetworkMap, name: string) => $(el, `[data-measure="${name}"]`)!.textContent!.replace(/\s+/g, ' ').trim();

async function mapOn(key: string, lang?: string): Promise<PlcNetworkMap> {
  const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" storage-key=${key} lang=${lang ?? 'en'} no-worker></plc-network-map>`);
  await el.ready;
  return el;
}

/** Chooses files with the element's own file input, as a person does. */
function choose(el: PlcNetworkMap, files: File[]): void {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const list = new DataTransfer();
  for (const file of files) list.items.add(file);
  input.files = list.files;
  input.dispatchEvent(new Event('change'));
}

/** Imports files by the file input and waits until the import's outcome is on screen: a new alert or the status line. */
async function importByInput(el: PlcNetworkMap, files: File[]): Promise<void> {
  const before = alertText(el);
  choose(el, files);
  await waitUntil(
    () => $(el, '[role="progressbar"]') === null && (alertText(el) !== before || /Imported|Wedi mewnforio/.test($(el, '[role="status"]')?.textContent ?? '')),
    'the import ends',
    { timeout: 20000 },
  );
  await el.ready;
}

const csvFile = (text: string, name: string) => new File([text], name, { type: 'text/csv' });

/** Text saved as UTF-16 little-endian without a byte-order mark (as some spreadsheets' "Unicode text"). */
function utf16File(text: string, name: string): File {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return new File([bytes], name, { type: 'text/csv' });
}

describe('<plc-network-map> CSV import', function () {
  this.timeout(60000);
  beforeEach(() => localStorage.clear());

  it('keeps stored links to ids the workspace lacks, and an import that brings those ids fills them', async () => {
    const el = await mapOn('import-links');
    el.store.update((ws) => ({
      ...ws,
      schools: [{ id: 's01', name: 'Ysgol Un' }],
      plcs: [plc('plcA', ['s01', 's99'], { members: ['mx', 'ghostmember'] })],
      members: [{ id: 'mx', name: 'Mx', school: 's98' }],
    }));
    await el.ready;
    // Shown without the missing ids, and each one named.
    expect(alertText(el)).to.contain('“s99”').and.to.contain('“s98”').and.to.contain('“ghostmember”');

    choose(el, [csvFile('id,name\ns99,Ysgol Naw Deg Naw\ns98,Ysgol Naw Deg Wyth\n', 'schools.csv')]);
    await oneEvent(el, 'plc-change');
    await el.ready;
    const ws = el.store.state;
    expect(ws.schools.map((s) => s.id)).to.deep.equal(['s01', 's99', 's98']);
    expect(ws.plcs.find((p) => p.id === 'plcA')!.schools).to.deep.equal(['s01', 's99']);
    expect(ws.plcs.find((p) => p.id === 'plcA')!.members).to.deep.equal(['mx', 'ghostmember']);
    expect(ws.members.find((m) => m.id === 'mx')!.school).to.equal('s98');
    // s01, s99 (named by the PLC) and s98 (its member's school) now share plcA: three ties.
    expect(measure(el, 'ties')).to.equal('3');
    // The one link still missing is still reported; the filled ones are not.
    const alert = alertText(el);
    expect(alert).to.contain('“ghostmember”');
    expect(alert).not.to.contain('“s99”');
    expect(alert).not.to.contain('“s98”');
  });

  it('imports into a data property the same way: its links to ids it lacks are handed back with plc-change, filled', async () => {
    const el = await mapOn('import-data');
    el.data = { schools: [{ id: 's01', name: 'Ysgol Un' }], plcs: [plc('plcA', ['s01', 's99'])], members: [] };
    await el.ready;
    expect(alertText(el)).to.contain('“s99”');
    choose(el, [csvFile('id,name\ns99,Ysgol Naw Deg Naw\n', 'schools.csv')]);
    const change = await oneEvent(el, 'plc-change');
    await el.ready;
    expect(change.detail.data.plcs[0].schools).to.deep.equal(['s01', 's99']);
    expect(measure(el, 'ties')).to.equal('1');
    expect(alertText(el)).to.equal('');
    expect(el.store.state.schools).to.deep.equal([]);
  });

  it('keeps changes made to the workspace while a large import is read', async () => {
    const el = await mapOn('import-meanwhile');
    el.store.update((ws) => ({ ...ws, schools: [{ id: 's01', name: 'Ysgol Un' }], plcs: [plc('plcA', ['s01'], { notes: 'Before' })], members: [] }));
    await el.ready;
    const data = generateNetwork({ schools: 6000, clusters: 150, seed: 'import-meanwhile' });
    // Changed by "another element" once the bar shows the files being read (not before).
    let schoolsWhenChanged = -1;
    const observer = new MutationObserver(() => {
      const bar = $(el, '[role="progressbar"]');
      if (schoolsWhenChanged !== -1 || bar?.getAttribute('aria-label') !== 'Reading the CSV files' || Number(bar.getAttribute('aria-valuenow')) === 0) return;
      schoolsWhenChanged = el.store.state.schools.length;
      el.store.update((ws) => ({
        ...ws,
        plcs: [...ws.plcs.map((p) => (p.id === 'plcA' ? { ...p, notes: 'Changed meanwhile' } : p)), plc('plcB', ['s01'])],
      }));
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    choose(el, [csvFile(schoolsToCsv(data.schools), 'schools.csv')]);
    await oneEvent(el, 'plc-change');
    observer.disconnect();
    await el.ready;
    expect(schoolsWhenChanged, 'changed while the import ran').to.equal(1);
    const ws = el.store.state;
    expect(ws.schools.length).to.equal(6001);
    expect(ws.plcs.map((p) => [p.id, p.notes])).to.deep.equal([
      ['plcA', 'Changed meanwhile'],
      ['plcB', ''],
    ]);
  });

  it('says a UTF-16 file is UTF-16, an empty file is empty, and a file with only its header has no rows', async () => {
    const el = await mapOn('import-messages');
    await importByInput(el, [utf16File('id,name\ns1,Ysgol Un\n', 'unicode.csv')]);
    expect(alertText(el)).to.contain('unicode.csv').and.to.contain('UTF-16').and.to.contain('CSV UTF-8');
    expect(alertText(el)).not.to.match(/not a CSV/i);

    await importByInput(el, [csvFile('colour,size\nred,big\n', 'lliwiau.csv')]);
    expect(alertText(el)).to.contain('lliwiau.csv: Not a CSV of schools or of memberships');

    await importByInput(el, [csvFile('', 'gwag.csv')]);
    expect(alertText(el)).to.contain('gwag.csv').and.to.contain('The file is empty');

    await importByInput(el, [csvFile('id,name,cluster\n', 'ysgolion.csv'), csvFile('plc_id,school_id,member_id,member_name\r\n', 'aelodaethau.csv')]);
    expect(alertText(el)).to.contain('schools file, line 1: No rows were found below the header line');
    expect(alertText(el)).to.contain('memberships file, line 1: No rows were found below the header line');
    expect(el.store.state.schools).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says the same in Welsh', async () => {
    const el = await mapOn('import-messages-cy', 'cy');
    await importByInput(el, [utf16File('id,name\ns1,Ysgol Un\n', 'unicode.csv'), csvFile(' \n', 'gwag.csv'), csvFile('id,name\n', 'ysgolion.csv')]);
    const alert = alertText(el);
    expect(alert).to.contain('unicode.csv').and.to.contain('wedi’i chadw fel UTF-16');
    expect(alert).to.contain('gwag.csv').and.to.contain('Mae’r ffeil yn wag');
    expect(alert).to.contain('ffeil yr ysgolion, llinell 1').and.to.contain('Doedd dim rhesi o dan y llinell bennawd');
  });

  it('refuses a src that is not an http(s) address without fetching it', async () => {
    const network = stubFetch();
    try {
      const el = await fixture<PlcNetworkMap>(html`<plc-network-map storage="none" no-worker src="javascript:alert(1)"></plc-network-map>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'the message');
      expect(alertText(el)).to.contain('could not be loaded').and.to.contain('a javascript: address cannot be loaded; use an http or https one');
      expect(network.calls).to.deep.equal([]);
    } finally {
      network.restore();
    }
  });

  it('lists the first 50 bad rows and counts the rest, in the page’s language as it changes', async () => {
    const el = await mapOn('import-many-bad');
    const good = generateNetwork({ schools: 5, seed: 'many-bad' }).schools;
    // The same school 60 more times: 60 repeated ids, each a bad row with its line.
    const text = schoolsToCsv(good) + Array.from({ length: 60 }, () => `${good[0]!.id},Eto,,,,,\r\n`).join('');
    await importByInput(el, [csvFile(text, 'schools.csv')]);
    const items = () => [...el.shadowRoot!.querySelectorAll('[role="alert"] li')].map((li) => li.textContent!.trim());
    expect(items()).to.have.length(51);
    expect(items()[0]).to.match(/^schools file, line 7 \(id\): /);
    expect(items()[50]).to.equal('…and 10 more.');
    el.setAttribute('lang', 'cy');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(items()[0]).to.match(/^ffeil yr ysgolion, llinell 7 /);
    expect(items()[50]).to.equal('…a 10 arall.');
  });
});

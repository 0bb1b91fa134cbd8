// The workspace backup in the enquiry cycle's overview: all the data lives in one browser, so a school
// downloads a copy and restores it elsewhere. A restore asks first, keeps what was there aside (never
// deletes it), and a file that cannot be read changes nothing.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emptyWorkspace, insertPlc, createPlc, walesPlc, type CycleFramework, type Workspace } from '@plc-kit/core';
import { importWorkspace } from '@plc-kit/core/workspace-file';
import type { PlcEnquiryCycle } from '@plc-kit/elements';
import '@plc-kit/elements/enquiry-cycle/define.js';
import { captureDownloads } from '../helpers/downloads.js';

const wales = walesPlc as CycleFramework;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

let n = 0;
const uniqueKey = () => `backup-test-${Date.now()}-${n++}`;

function workspaceWith(...names: string[]): Workspace {
  let ws = emptyWorkspace();
  names.forEach((name, i) => {
    const plc = createPlc(wales, { id: `plc-${i}`, name }, new Date(2026, 0, 5 + i, 9));
    if (!plc.ok) throw new Error(plc.reason.en);
    const next = insertPlc(ws, plc.plc);
    if (!next.ok) throw new Error(next.reason.en);
    ws = next.workspace;
  });
  return ws;
}

async function overview(key: string, ws: Workspace | undefined, extra = ''): Promise<PlcEnquiryCycle> {
  if (ws) localStorage.setItem(`${key}:workspace`, JSON.stringify(ws));
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('plc-enquiry-cycle') as PlcEnquiryCycle;
  el.setAttribute('view', 'overview');
  el.setAttribute('storage-key', key);
  for (const [name, value] of extra ? [extra.split('=')] : []) el.setAttribute(name!, value ?? '');
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** The one file a click offered for download, as text, and its suggested name. */
async function downloaded(click: () => void): Promise<string> {
  const files = captureDownloads(click);
  expect(files).to.have.length(1);
  expect(files[0]!.name).to.match(/^plc-kit-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  return files[0]!.blob.text();
}

function choose(el: PlcEnquiryCycle, name: string, content: string): void {
  const input = $<HTMLInputElement>(el, '#backup-file')!;
  const files = new DataTransfer();
  files.items.add(new File([content], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

const dialog = (el: PlcEnquiryCycle) => $<HTMLDialogElement>(el, 'dialog.backup-dialog');

describe('<plc-enquiry-cycle> overview: a copy of all the data', () => {
  afterEach(() => localStorage.clear());

  it('downloads the whole workspace as JSON that reads back the same', async () => {
    const key = uniqueKey();
    const el = await overview(key, workspaceWith('Reading for meaning', 'Oracy in Year 2'));
    const json = await downloaded(() => $<HTMLButtonElement>(el, '[part="backup"] .download-workspace')!.click());
    const back = importWorkspace(json);
    expect(back.ok).to.equal(true);
    expect(back.workspace).to.deep.equal(el.store.state);
    expect(back.workspace.plcs.map((p) => p.name)).to.deep.equal(['Reading for meaning', 'Oracy in Year 2']);
  });

  it('restores a copy after asking, keeps what was here aside, and shows the restored PLCs', async () => {
    const from = await overview(uniqueKey(), workspaceWith('Reading for meaning', 'Oracy in Year 2'));
    const copy = await downloaded(() => $<HTMLButtonElement>(from, '.download-workspace')!.click());

    const key = uniqueKey();
    const before = workspaceWith('Maths talk');
    const el = await overview(key, before);
    const storedBefore = localStorage.getItem(`${key}:workspace`)!;
    choose(el, 'plc-kit-workspace.json', copy);
    await waitUntil(() => dialog(el)?.open, 'the confirmation', { timeout: 10000 });
    expect(text(dialog(el))).to.contain('In “plc-kit-workspace.json”: PLCs 2, schools 0, responses 0.');
    expect(el.store.state.plcs.map((p) => p.name), 'nothing replaced before the answer').to.deep.equal(['Maths talk']);
    await expect(el).to.be.accessible();

    dialog(el)!.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    expect(el.store.state.plcs.map((p) => p.name)).to.deep.equal(['Reading for meaning', 'Oracy in Year 2']);
    const status = text($(el, '[part="backup"] [role="status"]'));
    expect(status).to.match(/^Restored from “plc-kit-workspace\.json” \(PLCs: 2\)\. What was here before is kept under “.+”\.$/);
    const asideKey = status.match(/kept under “(.+)”/)![1]!;
    expect(asideKey.startsWith(`${key}:workspace:before-restore:`)).to.equal(true);
    expect(JSON.parse(localStorage.getItem(asideKey)!).plcs.map((p: { name: string }) => p.name)).to.deep.equal(['Maths talk']);
    expect(text($(el, 'table.overview tbody'))).to.contain('Reading for meaning').and.contain('Oracy in Year 2');
    await Promise.resolve();
    expect(localStorage.getItem(`${key}:workspace`)).to.not.equal(storedBefore);
  });

  it('lists the entries a copy cannot read before restoring the rest', async () => {
    const ws = workspaceWith('Reading for meaning', 'Oracy in Year 2') as unknown as { plcs: Record<string, unknown>[] };
    ws.plcs[1]!.name = 42;
    const el = await overview(uniqueKey(), workspaceWith('Maths talk'));
    choose(el, 'partly.json', JSON.stringify(ws));
    await waitUntil(() => dialog(el)?.open, 'the confirmation', { timeout: 10000 });
    expect(text(dialog(el))).to.contain('PLCs 1,').and.contain('could not be read and will be left out (');
    expect(text(dialog(el))).to.contain('plcs[1]');
    dialog(el)!.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await el.updateComplete;
    expect(el.store.state.plcs.map((p) => p.name)).to.deep.equal(['Reading for meaning']);
  });

  it('changes nothing when the file cannot be read, and says why', async () => {
    const key = uniqueKey();
    const el = await overview(key, workspaceWith('Maths talk'));
    const stored = localStorage.getItem(`${key}:workspace`);
    choose(el, 'broken.json', '{"version": 1, "plcs": [{"id": ');
    await waitUntil(() => $(el, '[part="backup"] [role="alert"]'), 'the message', { timeout: 10000 });
    expect(text($(el, '[part="backup"] [role="alert"]'))).to.contain('“broken.json” could not be restored. Nothing here was changed.');
    expect(dialog(el)).to.equal(null);
    expect(el.store.state.plcs.map((p) => p.name)).to.deep.equal(['Maths talk']);
    expect(localStorage.getItem(`${key}:workspace`)).to.equal(stored);
    await expect(el).to.be.accessible();
  });

  it('changes nothing when the restore is cancelled, and puts focus back on the file picker', async () => {
    const el = await overview(uniqueKey(), workspaceWith('Maths talk'));
    choose(el, 'copy.json', JSON.stringify(workspaceWith('Reading for meaning')));
    await waitUntil(() => dialog(el)?.open, 'the confirmation', { timeout: 10000 });
    dialog(el)!.querySelector<HTMLButtonElement>('button.cancel')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    expect(el.store.state.plcs.map((p) => p.name)).to.deep.equal(['Maths talk']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('backup-file');
  });

  // WCAG 2.4.3: the file picker is disabled while a file is read, which takes focus off it, and the
  // dialog goes: however a restore ends, focus comes back to the picker rather than to the page.
  it('puts focus back on the file picker after replacing the data from the keyboard, or when the file cannot be read', async () => {
    const el = await overview(uniqueKey(), workspaceWith('Maths talk'));
    $(el, '#backup-file')!.focus();
    choose(el, 'copy.json', JSON.stringify(workspaceWith('Reading for meaning')));
    await waitUntil(() => dialog(el)?.open, 'the confirmation', { timeout: 10000 });
    expect(el.shadowRoot!.activeElement?.className).to.equal('cancel');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.className).to.contain('confirm');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    expect(el.store.state.plcs.map((p) => p.name)).to.deep.equal(['Reading for meaning']);
    expect(text($(el, '[part="backup"] [role="status"]'))).to.contain('Restored from “copy.json”');
    expect(el.shadowRoot!.activeElement?.id).to.equal('backup-file');
    await expect(el).to.be.accessible();

    $(el, '#backup-file')!.focus();
    choose(el, 'broken.json', '{"version": 1, "plcs": [');
    await waitUntil(() => $(el, '[part="backup"] [role="alert"]'), 'the message', { timeout: 10000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('backup-file');
  });

  it('speaks Welsh, and offers only the download when read-only', async () => {
    const cy = await overview(uniqueKey(), workspaceWith('Maths talk'), 'lang=cy');
    expect(text($(cy, '#backup-title'))).to.equal('Copi o’r holl ddata hwn');
    expect(text($(cy, '.download-workspace'))).to.equal('Lawrlwytho copi (JSON)');
    const ro = await overview(uniqueKey(), workspaceWith('Maths talk'), 'readonly=');
    expect($(ro, '.download-workspace')).to.not.equal(null);
    expect($(ro, '#backup-file')).to.equal(null);
  });
});

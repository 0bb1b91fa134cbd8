// A large stored workspace (over DEFER_STORED_ABOVE characters) is read after the element has painted
// that it is opening it: the element is busy, not empty, and nothing can be changed or saved over the
// stored text until it is read. Then the saved work appears as usual.
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { sampleWorkspace, serializeWorkspace } from '@plc-kit/core';
import type { PlcChecklist } from '@plc-kit/elements';
import { DEFER_STORED_ABOVE } from '../../packages/elements/src/base/stores.js';
import '@plc-kit/elements/checklist/define.js';

let n = 0;

/** A stored workspace of 500 PLCs (about a megabyte) with one PLC's checklist answers in it. */
function storeLarge(): { key: string; text: string } {
  const key = `stored-loading-${Date.now()}-${n++}`;
  const workspace = sampleWorkspace();
  workspace.checklistResponses = [
    {
      id: 'checklist:plc-or-not:plc:team-a',
      framework: 'plc-or-not',
      plc: 'team-a',
      answers: { 'own-focus-and-membership': 3, 'distributed-leadership': 1 },
      updatedAt: '2026-11-01T10:00:00Z',
    },
  ];
  const text = serializeWorkspace(workspace);
  localStorage.setItem(`${key}:workspace`, text);
  return { key, text };
}

/** Renders into the page and returns after the element's first render, before the deferred read. */
async function firstRender(template: ReturnType<typeof html>): Promise<PlcChecklist> {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  render(template, wrapper);
  await new Promise((r) => setTimeout(r)); // Lit renders in a microtask; the read waits for a painted frame
  return wrapper.firstElementChild as PlcChecklist;
}

const loading = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="loading"]');

describe('elements over a large stored workspace', () => {
  afterEach(() => {
    localStorage.clear();
    document.querySelectorAll('plc-checklist').forEach((el) => el.parentElement!.remove());
  });

  it('paints a busy note first, then the saved answers, and writes nothing meanwhile', async () => {
    const { key, text } = storeLarge();
    expect(text.length).to.be.greaterThan(DEFER_STORED_ABOVE);
    const el = await firstRender(html`<plc-checklist plc="team-a" storage-key=${key}></plc-checklist>`);
    const note = loading(el);
    expect(note, 'the busy note is the first thing rendered').to.not.equal(null);
    expect(note!.getAttribute('role')).to.equal('status');
    expect(note!.getAttribute('aria-busy')).to.equal('true');
    expect(note!.textContent!.trim()).to.equal('Opening your saved work…');
    expect(el.shadowRoot!.querySelectorAll('fieldset'), 'no empty form to fill in meanwhile').to.have.length(0);
    await expect(el).to.be.accessible();
    expect(localStorage.getItem(`${key}:workspace`)).to.equal(text);

    await el.updateComplete; // waits for the stored workspace to be read and shown
    expect(loading(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('fieldset')).to.have.length(11);
    const checked = (row: number) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="item-${row}"]`)].findIndex((r) => r.checked) + 1;
    expect(checked(2)).to.equal(3);
    expect(checked(5)).to.equal(1);
    expect(localStorage.getItem(`${key}:workspace`), 'reading is not a change: nothing written').to.equal(text);
  });

  it('says so in Welsh', async () => {
    const { key } = storeLarge();
    const el = await firstRender(html`<plc-checklist lang="cy" plc="team-a" storage-key=${key}></plc-checklist>`);
    expect(loading(el)!.textContent!.trim()).to.equal('Yn agor eich gwaith a gadwyd…');
  });
});

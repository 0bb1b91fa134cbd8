// Broken stored data under every element: truncated, random, foreign and newer-version workspace
// JSON in localStorage. Each element opens anyway, says what happened (role="alert", naming where the
// original was kept), keeps working as a user would use it, and the original text is still there,
// byte for byte, afterwards. A partly broken workspace keeps every readable entry.
import { expect } from '@open-wc/testing';
import { WORKSPACE_VERSION, Workspace, sampleWorkspace, serializeWorkspace } from '@plc-kit/core';
import '@plc-kit/elements/provider/define.js';
import { alerts, deepText, defineFromSource, elementTags, pageErrors, rendersContent, settle, until } from '../security/harness.js';
import { specFor } from '../security/element-specs.js';

const tags = await elementTags();
for (const tag of tags) await defineFromSource(tag);

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

const sample = serializeWorkspace(sampleWorkspace({ schools: 8, plcs: 4, seed: 3 }));
const BROKEN: Record<string, string> = {
  truncated: sample.slice(0, Math.floor(sample.length * 0.6)),
  'random bytes': String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 7919) % 65000)),
  'a JSON array': '[1,2,3]',
  'the text null': 'null',
  'a newer version': JSON.stringify({ ...JSON.parse(sample), version: WORKSPACE_VERSION + 1 }),
};

async function place(tag: string, key: string, attributes: Record<string, string> = {}): Promise<Lit> {
  const el = document.createElement(tag) as Lit;
  el.setAttribute('storage-key', key);
  for (const [n, v] of Object.entries(attributes)) el.setAttribute(n, v);
  document.body.append(el);
  await el.updateComplete;
  await settle();
  return el;
}

function backups(key: string): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(`${key}:workspace:unreadable`));
}

describe('robustness: broken stored data under each element', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const tag of tags) document.querySelectorAll(tag).forEach((el) => el.remove());
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      for (const [kind, text] of Object.entries(BROKEN)) {
        it(`${kind}: opens, says where the original was kept, keeps working, loses nothing`, async function () {
          this.timeout(60000);
          const key = `broken-${tag}-${kind.replace(/\W+/g, '-')}`;
          localStorage.setItem(`${key}:workspace`, text);
          let el!: Lit;
          const errors = await pageErrors(window, async () => {
            el = await place(tag, key);
            await until(() => rendersContent(el), `${tag} to render`);
            await specFor(tag).exercise?.(el);
          });
          expect(errors, 'errors thrown at the page').to.deep.equal([]);
          const [backup, ...more] = backups(key);
          expect(more, 'one copy kept aside').to.deep.equal([]);
          expect(localStorage.getItem(backup!), 'the original, byte for byte').to.equal(text);
          const notice = alerts(el).join(' ');
          expect(notice, 'a notice naming where the original was kept').to.include(backup!);
          // Whatever the element saved since is a readable workspace, not the broken text.
          const saved = localStorage.getItem(`${key}:workspace`);
          if (saved !== text) expect(Workspace.safeParse(JSON.parse(saved!)).success).to.equal(true);
        });
      }

      it('a partly broken workspace: the readable entries stay, the notice says how many were left out', async () => {
        const doc = JSON.parse(sample);
        doc.plcs[1].name = '';
        doc.schools[2] = { id: 'bad id with spaces', name: 'x' };
        const text = JSON.stringify(doc);
        const key = `salvage-${tag}`;
        localStorage.setItem(`${key}:workspace`, text);
        const el = await place(tag, key, tag === 'plc-enquiry-cycle' ? { view: 'overview' } : {});
        await until(() => rendersContent(el), `${tag} to render`);
        const store = (el as unknown as { store: { state: Workspace } }).store;
        expect(store.state.plcs.map((p) => p.id)).to.deep.equal(['p0', 'p2', 'p3']);
        expect(store.state.schools).to.have.length(7);
        const [backup] = backups(key);
        expect(localStorage.getItem(backup!)).to.equal(text);
        const notice = alerts(el).join(' ');
        expect(notice).to.include(backup!);
        expect(notice.replace(backup!, ''), 'the notice says how many entries were left out').to.match(/\b2\b/);
        expect((store as unknown as { status: { kind: string; dropped: number } }).status).to.include({ kind: 'salvaged', dropped: 2 });
        if (tag === 'plc-enquiry-cycle') expect(deepText(el)).to.include('PLC 0').and.include('PLC 3');
      });
    });
  }
});

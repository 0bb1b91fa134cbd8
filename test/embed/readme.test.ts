import { expect } from '@open-wc/testing';
import { loadPage, newLrs, problemsIn, rendered, until, type Page } from './helpers.js';

/** The copy-paste examples in README.md, each marked `<!-- example: name -->`. */
async function examples(): Promise<Map<string, string>> {
  const text = await (await fetch('/README.md')).text();
  const found = new Map<string, string>();
  for (const m of text.matchAll(/<!-- example: ([\w-]+) -->\s*```html\n([\s\S]*?)```/g)) found.set(m[1]!, m[2]!);
  return found;
}

/** The example as a reader pastes it, with the documentation's hosts pointed at the test server. */
function localise(code: string, lrsEndpoint = ''): string {
  return code
    .replaceAll('https://intranet.example/plc-kit/', `${location.origin}/__embed/`)
    .replaceAll('https://lrs.example/xapi/', lrsEndpoint)
    .replaceAll(encodeURIComponent('https://lrs.example/xapi/'), encodeURIComponent(lrsEndpoint));
}

const open = (code: string) => loadPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${code}</body></html>`, { width: 1000, height: 900 });
const KEY = `Basic ${btoa('plc-kit-key:plc-kit-secret')}`;

async function answerAll(el: Element, value: string) {
  for (const row of el.shadowRoot!.querySelectorAll('fieldset')) {
    row.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
}

async function innerElement(page: Page, tag: string): Promise<{ frame: HTMLIFrameElement; el: Element }> {
  page.frame.scrollIntoView();
  const frame = page.doc.querySelector('iframe')!;
  const el = await until(() => {
    const found = frame.contentDocument?.querySelector(tag);
    return rendered(found) ? found : undefined;
  }, `${tag} inside the example's iframe`, 15000);
  return { frame, el: el! };
}

describe('README examples, loaded as written', function () {
  this.timeout(60000);
  let pages: Page[] = [];
  afterEach(() => {
    pages.forEach((p) => p.frame.remove());
    pages = [];
  });

  it('has an example for each audience', async () => {
    expect([...(await examples()).keys()]).to.include.members(['intranet-script', 'intranet-iframe', 'moodle-iframe', 'lms-xapi', 'developer-events']);
  });

  it('intranet admin: the script tag shows the checklist in Welsh', async () => {
    const page = await open(localise((await examples()).get('intranet-script')!));
    pages.push(page);
    const el = await until(() => (rendered(page.doc.querySelector('plc-checklist')) ? page.doc.querySelector('plc-checklist') : undefined), 'the checklist');
    expect(problemsIn(el!)).to.deep.equal([]);
    expect(el!.shadowRoot!.textContent).to.contain('CDP');
  });

  it('intranet admin: the iframe shows the radar and the resizer fits the frame to it', async () => {
    const page = await open(localise((await examples()).get('intranet-iframe')!));
    pages.push(page);
    const { frame, el } = await innerElement(page, 'plc-conditions-radar');
    expect(problemsIn(el)).to.deep.equal([]);
    await until(() => frame.dataset.plcKitHeight, 'the resizer');
    const content = frame.contentDocument!.getElementById('plc-embed')!.getBoundingClientRect().height;
    expect(Math.abs(frame.getBoundingClientRect().height - Math.ceil(content))).to.be.at.most(1);
  });

  it('course designer: the Moodle iframe sends the radar rating to the LRS', async () => {
    const lrs = await newLrs();
    await lrs.control({ auth: KEY });
    const page = await open(localise((await examples()).get('moodle-iframe')!, lrs.endpoint));
    pages.push(page);
    const { el } = await innerElement(page, 'plc-conditions-radar');
    expect(el.getAttribute('lrs-endpoint')).to.equal(lrs.endpoint);
    // Rate every aspect as a teacher would, then save the rating.
    const groups = [...el.shadowRoot!.querySelectorAll('fieldset')].filter((f) => f.querySelector('input[type="radio"]'));
    expect(groups.length).to.be.greaterThan(2);
    for (const group of groups) {
      const radios = group.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      radios[radios.length - 1]!.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
    const submit = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.type === 'submit' || /save/i.test(b.textContent ?? ''))!;
    submit.click();
    const log = await until(async () => ((await lrs.log()).statements.length ? lrs.log() : undefined), 'the statement from the Moodle example', 15000);
    expect(log.rejected).to.deep.equal([]);
    const { statement } = log.statements[0]!;
    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(statement.object.id).to.equal('urn:plc-kit:framework:conditions-for-success');
    expect(statement.result.score.scaled).to.equal(1);
  });

  it('course designer: the xAPI example records who completed the checklist and their score', async () => {
    const lrs = await newLrs();
    await lrs.control({ auth: KEY });
    const page = await open(localise((await examples()).get('lms-xapi')!, lrs.endpoint));
    pages.push(page);
    const el = await until(() => (rendered(page.doc.querySelector('plc-checklist')) ? page.doc.querySelector('plc-checklist') : undefined), 'the checklist');
    await answerAll(el!, '2');
    const log = await until(async () => ((await lrs.log()).statements.length ? lrs.log() : undefined), 'the statement');
    const { statement, headers } = log.statements[0]!;
    expect(headers.auth).to.equal(KEY);
    expect(statement.actor).to.deep.equal({ objectType: 'Agent', name: 'Ceri Jones', mbox: 'mailto:ceri.jones@ysgol.example' });
    expect(statement.result.score).to.deep.equal({ scaled: 0, raw: 0, min: 0, max: 11 });
    expect(statement.result.completion).to.equal(true);
  });

  it('developer: the events example reports the score, and the theme tokens and parts apply', async () => {
    const page = await open(localise((await examples()).get('developer-events')!));
    pages.push(page);
    const el = await until(() => (rendered(page.doc.querySelector('plc-checklist')) ? page.doc.querySelector('plc-checklist') : undefined), 'the checklist');
    expect(getComputedStyle(el!).getPropertyValue('--plc-color-accent').trim()).to.equal('#7a1f5c');
    await answerAll(el!, '4');
    await until(() => page.doc.querySelector('#outcome')!.textContent, 'the outcome line');
    expect(page.doc.querySelector('#outcome')!.textContent).to.equal('11 of 11 rows on the PLC side');
  });
});

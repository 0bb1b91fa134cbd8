import { expect } from '@open-wc/testing';
import * as scormAgain from 'scorm-again/scorm12';
import type Scorm12APIClass from 'scorm-again/scorm12';
import { until } from './helpers.js';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT } from '../../packages/embed/src/scorm/suspend.js';
import { scormScore, scormTime } from '../../packages/embed/src/scorm/runtime.js';

interface Built {
  id: string;
  files: string[];
  stdout: string;
}

/** Runs the real CLI (`plc-kit scorm …`) on the test server and returns the unzipped package's address. */
async function buildPackage(args: string[]): Promise<Built> {
  const response = await fetch(`/__scorm/build?args=${encodeURIComponent(JSON.stringify(args))}`);
  const body = await response.json();
  if (!response.ok) throw new Error(`plc-kit scorm failed: ${body.stderr}`);
  return body;
}

// The package's types describe a default export; its ESM build exports the class by name.
const Scorm12API = ((scormAgain as Record<string, unknown>).Scorm12API ?? (scormAgain as Record<string, unknown>).default) as typeof Scorm12APIClass;
type Api = InstanceType<typeof Scorm12APIClass>;

/** Plays the LMS: puts a SCORM 1.2 runtime on this window and opens the package's launch page in a frame. */
async function launch(pkg: Built, api: Api): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  (window as unknown as { API?: Api }).API = api;
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/__scorm/${pkg.id}/index.html`;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

/** What the LMS would store, including write-only elements (exit, session_time). */
const stored = (api: Api) => JSON.parse(JSON.stringify(api.renderCommitCMI(true))) as Record<string, any>;

const lms = (data?: Record<string, unknown>) => {
  const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  if (data) api.loadFromJSON(data);
  return api;
};

/** Answers checklist rows as a learner would: clicking the radio button of the chosen point. */
async function answer(doc: Document, values: number[], from = 0) {
  const checklist = await until(() => {
    const el = doc.querySelector('plc-checklist');
    return el?.shadowRoot?.querySelector('input[type="radio"]') ? el : undefined;
  }, 'the checklist in the package');
  const rows = [...checklist.shadowRoot!.querySelectorAll('fieldset')];
  for (let i = 0; i < values.length; i++) {
    const radio = rows[from + i]!.querySelector<HTMLInputElement>(`input[type="radio"][value="${values[i]}"]`)!;
    radio.click();
    await (checklist as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  return checklist;
}

describe('SCORM 1.2 package (plc-kit scorm)', function () {
  this.timeout(60000);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    delete (window as unknown as { API?: Api }).API;
  });

  it('writes a manifest, a launch page without inline script, and the bundles', async () => {
    const pkg = await buildPackage(['--element', 'plc-checklist', '--framework', 'plc-or-not', '--lang', 'cy', '--mastery', '60']);
    expect(pkg.files).to.include.members(['imsmanifest.xml', 'index.html', 'plc-checklist.js', 'plc-scorm.js']);
    expect(pkg.stdout).to.contain('SCORM 1.2');
    const xml = new DOMParser().parseFromString(await (await fetch(`/__scorm/${pkg.id}/imsmanifest.xml`)).text(), 'application/xml');
    expect(xml.querySelector('parsererror')).to.equal(null);
    expect(xml.getElementsByTagName('schemaversion')[0]!.textContent).to.equal('1.2');
    const resource = xml.getElementsByTagName('resource')[0]!;
    expect(resource.getAttribute('adlcp:scormtype')).to.equal('sco');
    expect(resource.getAttribute('href')).to.equal('index.html');
    const listed = [...resource.getElementsByTagName('file')].map((f) => f.getAttribute('href'));
    for (const file of listed) expect(pkg.files).to.include(file);
    expect(xml.getElementsByTagName('adlcp:masteryscore')[0]!.textContent).to.equal('60');
    expect(xml.getElementsByTagName('title')[0]!.textContent).to.equal('CDP ynteu ddim yn CDP?');
    const page = new DOMParser().parseFromString(await (await fetch(`/__scorm/${pkg.id}/index.html`)).text(), 'text/html');
    expect([...page.scripts].every((s) => s.src && !s.textContent!.trim())).to.equal(true);
    expect(page.querySelectorAll('style, [style]')).to.have.length(0);
    expect(page.documentElement.lang).to.equal('cy');
    expect(page.querySelector('plc-checklist')!.getAttribute('framework')).to.equal('plc-or-not');
  });

  it('refuses an unknown element or framework with a clear message', async () => {
    const bad = await fetch(`/__scorm/build?args=${encodeURIComponent(JSON.stringify(['--element', 'plc-checklist', '--framework', 'conditions-for-success']))}`);
    expect(bad.status).to.equal(422);
    const body = await bad.json();
    expect(body.code).to.equal(2);
    expect(body.stderr).to.contain('not a built-in checklist framework').and.to.contain('plc-or-not');
    const worse = await (await fetch(`/__scorm/build?args=${encodeURIComponent(JSON.stringify(['--element', 'plc-nothing']))}`)).json();
    expect(worse.stderr).to.contain('--element must be one of');
  });

  it('reports score, status and time to the runtime, and resumes from suspend data', async () => {
    const pkg = await buildPackage(['--element', 'plc-checklist', '--framework', 'plc-or-not', '--lang', 'en']);

    // Session 1: the learner answers four rows and leaves.
    const first = lms();
    let { frame, doc } = await launch(pkg, first);
    await until(() => doc.getElementById('plc-scorm-status')?.textContent?.includes('Connected'), 'the connected message');
    expect(first.cmi.core.lesson_status).to.equal('incomplete');
    await answer(doc, [4, 4, 3, 1]);
    await until(() => first.cmi.suspend_data.length > 0, 'suspend data');
    frame.remove(); // The LMS closes the activity: pagehide → LMSFinish.
    await until(() => first.isTerminated(), 'LMSFinish');
    expect(stored(first).cmi.core.exit).to.equal('suspend');
    expect(first.cmi.core.lesson_status).to.equal('incomplete');
    expect(stored(first).cmi.core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    const saved = first.cmi.suspend_data;

    // Session 2: the LMS hands back what it kept; the learner carries on where they left off.
    const second = lms({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: saved });
    ({ frame, doc } = await launch(pkg, second));
    await until(() => doc.getElementById('plc-scorm-status')?.textContent?.includes('Welcome back'), 'the resume message');
    const checklist = await answer(doc, []);
    const checked = [...checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((r) => r.value);
    expect(checked).to.deep.equal(['4', '4', '3', '1']);
    const completed = new Promise((r) => checklist.addEventListener('plc-complete', r, { once: true }));
    await answer(doc, [4, 4, 4, 4, 2, 1, 1], 4);
    await completed;
    // 3 + 4 = 7 of 11 rows on the PLC side: 63.64 %.
    expect(second.cmi.core.score.raw).to.equal('63.64');
    expect(second.cmi.core.score.min).to.equal('0');
    expect(second.cmi.core.score.max).to.equal('100');
    expect(second.cmi.core.lesson_status).to.equal('completed');
    expect(doc.getElementById('plc-scorm-status')!.textContent).to.contain('63.64');
    frame.remove();
    await until(() => second.isTerminated(), 'LMSFinish');
    expect(stored(second).cmi.core.exit).to.equal('');
  });

  it('records passed or failed against the mastery score the LMS gives', async () => {
    const pkg = await buildPackage(['--element', 'plc-checklist', '--framework', 'plc-or-not', '--mastery', '80']);
    const api = lms({ student_data: { mastery_score: '80' } });
    const { doc } = await launch(pkg, api);
    const checklist = await answer(doc, []);
    const completed = new Promise((r) => checklist.addEventListener('plc-complete', r, { once: true }));
    await answer(doc, Array.from({ length: 11 }, (_, i) => (i < 9 ? 4 : 1)));
    await completed;
    expect(api.cmi.core.score.raw).to.equal('81.82');
    expect(api.cmi.core.lesson_status).to.equal('passed');
  });

  it('packages the radar in rate mode: a self-rating reports its score and completion', async () => {
    const pkg = await buildPackage(['--element', 'plc-conditions-radar', '--mode', 'rate', '--framework', 'conditions-for-success', '--lang', 'en']);
    const page = new DOMParser().parseFromString(await (await fetch(`/__scorm/${pkg.id}/index.html`)).text(), 'text/html');
    expect(page.querySelector('plc-conditions-radar')!.getAttribute('mode')).to.equal('rate');
    const api = lms();
    const { doc } = await launch(pkg, api);
    const radar = await until(() => {
      const el = doc.querySelector('plc-conditions-radar');
      return el?.shadowRoot?.querySelector('input[type="radio"]') ? el : undefined;
    }, 'the radar form');
    const done = new Promise((r) => radar.addEventListener('plc-complete', r, { once: true }));
    // The top point of the scale on every aspect, then save, as a teacher would.
    for (const group of [...radar.shadowRoot!.querySelectorAll('fieldset')].filter((f) => f.querySelector('input[type="radio"]'))) {
      const radios = group.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      radios[radios.length - 1]!.click();
      await (radar as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
    [...radar.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.type === 'submit')!.click();
    await done;
    expect(api.cmi.core.score.raw).to.equal('100');
    expect(api.cmi.core.lesson_status).to.equal('completed');
    await until(() => api.cmi.suspend_data.includes('conditions-for-success'), 'the rating in suspend data');
  });

  it('still works opened outside an LMS, keeping answers in the browser', async () => {
    const pkg = await buildPackage(['--element', 'plc-checklist', '--framework', 'plc-or-not']);
    const frame = document.createElement('iframe');
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = `/__scorm/${pkg.id}/index.html`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await until(() => doc.getElementById('plc-scorm-status')?.textContent?.includes('No learning platform'), 'the no-LMS message');
    expect(doc.querySelector('plc-provider')!.getAttribute('storage')).to.equal('local');
  });
});

describe('SCORM helpers', () => {
  it('keeps suspend data within 4,096 characters, compressing when it must', () => {
    const small = { version: 1, checklistResponses: [{ id: 'a' }] };
    expect(encodeSuspend(small)!.startsWith('j:')).to.equal(true);
    expect(decodeSuspend(encodeSuspend(small)!)).to.deep.equal(small);
    const big = { version: 1, notes: 'We met and talked about reading. '.repeat(300) };
    const packed = encodeSuspend(big)!;
    expect(packed.startsWith('z:')).to.equal(true);
    expect(packed.length).to.be.at.most(SUSPEND_LIMIT);
    expect(decodeSuspend(packed)).to.deep.equal(big);
    expect(decodeSuspend('z:not base64!')).to.equal(undefined);
  });

  it('formats SCORM 1.2 time spans and percentage scores', () => {
    expect(scormTime(3_723_450)).to.equal('0001:02:03.45');
    expect(scormTime(0)).to.equal('0000:00:00.00');
    expect(scormScore(8 / 11)).to.equal('72.73');
    expect(scormScore(1)).to.equal('100');
  });
});

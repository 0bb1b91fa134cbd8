import { readWorkspaceValue, translator, type Workspace, type WorkspaceStore } from '@plc-kit/core';
import { isElementTag } from '../elements.js';
import { findScore } from '../xapi/statement.js';
import { findApi, type Scorm12Api } from './api.js';
import { scormMessages } from './messages.js';
import { decodeSuspend, encodeSuspend } from './suspend.js';

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function scormTime(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.min(9999, Math.floor(cs / 360000));
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** The score as SCORM 1.2 LMSs grade it: a percentage, raw 0–100 with min 0 and max 100. */
export function scormScore(scaled: number): string {
  return String(Math.round(Math.min(1, Math.max(0, scaled)) * 10000) / 100);
}

interface Provider extends HTMLElement {
  store: WorkspaceStore;
}

/**
 * The SCO side of a PLC Kit SCORM 1.2 package (the launch page's script). It finds the LMS's API,
 * restores the learner's earlier answers from `cmi.suspend_data`, saves them there after every
 * change, and on `plc-complete` reports the score (raw/min/max as a percentage), the lesson status
 * (`completed`, or `passed`/`failed` against the LMS's mastery score) and the session time.
 */
export async function startScorm(doc: Document = document, win: Window = window): Promise<void> {
  const provider = doc.querySelector('plc-provider') as Provider | null;
  const element = [...doc.querySelectorAll('*')].find((el) => isElementTag(el.localName)) as HTMLElement | undefined;
  const status = doc.getElementById('plc-scorm-status');
  const lang = /^cy\b/i.test(doc.documentElement.lang) ? 'cy' : 'en';
  const t = translator(scormMessages, lang);
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  if (!provider || !element) return;

  const api = findApi(win);
  if (!api || api.LMSInitialize('') !== 'true') {
    // Opened outside an LMS (a preview, a direct link): keep answers in this browser instead.
    provider.setAttribute('storage', 'local');
    say(t('noLms'));
    return;
  }
  await Promise.all([customElements.whenDefined('plc-provider'), customElements.whenDefined(element.localName)]);
  const store = provider.store;
  const started = Date.now();
  let finished = false;
  let lessonStatus = api.LMSGetValue('cmi.core.lesson_status');
  const check = (result: string) => {
    if (result === 'true') return true;
    const code = api.LMSGetLastError();
    say(t('lmsError', { code, message: api.LMSGetErrorString(code) }));
    return false;
  };

  // Resume: the workspace saved in an earlier session, checked like any stored data.
  const saved = api.LMSGetValue('cmi.suspend_data');
  let resumed = false;
  if (saved) {
    const outcome = readWorkspaceValue(decodeSuspend(saved));
    if (outcome.status !== 'unreadable') {
      store.update(() => outcome.workspace);
      resumed = true;
    }
  }
  if (!lessonStatus || lessonStatus === 'not attempted') {
    check(api.LMSSetValue('cmi.core.lesson_status', 'incomplete'));
    lessonStatus = 'incomplete';
  }
  check(api.LMSCommit(''));
  say(resumed ? t('resumed') : t('connected'));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const data = encodeSuspend(strip(store.state));
    if (data === undefined) {
      say(t('tooLong'));
      return;
    }
    if (check(api.LMSSetValue('cmi.suspend_data', data))) check(api.LMSCommit(''));
  };
  store.subscribe(() => {
    if (finished) return;
    clearTimeout(timer);
    timer = setTimeout(save, 300);
  });

  element.addEventListener('plc-complete', (event) => {
    if (finished) return;
    try {
      const detail = (event as CustomEvent).detail as Record<string, unknown> | null;
      const score = detail && typeof detail === 'object' ? findScore(detail) : undefined;
      if (score) {
        check(api.LMSSetValue('cmi.core.score.min', '0'));
        check(api.LMSSetValue('cmi.core.score.max', '100'));
        check(api.LMSSetValue('cmi.core.score.raw', scormScore(score.scaled)));
      }
      const mastery = Number.parseFloat(api.LMSGetValue('cmi.student_data.mastery_score'));
      lessonStatus = score && Number.isFinite(mastery) ? (score.scaled * 100 >= mastery ? 'passed' : 'failed') : 'completed';
      check(api.LMSSetValue('cmi.core.lesson_status', lessonStatus));
      save();
      say(score ? t('recorded', { score: Number(scormScore(score.scaled)) }) : t('completed'));
    } catch (error) {
      console.error('[plc-kit] could not report to the LMS:', error);
    }
  });

  const finish = () => {
    if (finished) return;
    save();
    finished = true;
    const done = lessonStatus === 'completed' || lessonStatus === 'passed' || lessonStatus === 'failed';
    api.LMSSetValue('cmi.core.exit', done ? '' : 'suspend');
    api.LMSSetValue('cmi.core.session_time', scormTime(Date.now() - started));
    api.LMSCommit('');
    api.LMSFinish('');
  };
  win.addEventListener('pagehide', finish);
  win.addEventListener('beforeunload', finish);
}

/** Only what the learner made goes into suspend data (no empty collections), to stay inside 4,096 characters. */
function strip(ws: Workspace): Partial<Workspace> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ws)) {
    if (key === 'updatedAt') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out as Partial<Workspace>;
}

export type { Scorm12Api };

// <plc-checklist>: from insertion to a painted form with all eleven rows (budget 30 ms, design.md),
// then answering a row and scoring. The bundle-size row (budget 25 kB) is measured by bench/run.mjs itself.
import { checklistFrameworks, scoreChecklist } from '@plc-kit/core';
import type { PlcChecklist } from '@plc-kit/elements';
import '@plc-kit/elements/checklist/define.js';

type Report = (row: { name: string; value: number; unit: 'ms' | 'kB' | 'fps' | 'count'; budget?: number }) => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
/** Resolves after the next frame has been painted: a task queued from rAF runs after that frame's paint. */
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

export default async function bench(report: Report): Promise<void> {
  const framework = checklistFrameworks['plc-or-not']!;
  const host = document.createElement('div');
  host.style.width = '760px';
  document.body.append(host);

  const toRendered: number[] = [];
  const toLaidOut: number[] = [];
  const toPainted: number[] = [];
  let cold = { rendered: 0, laidOut: 0, total: 0 };
  for (let i = 0; i < 6; i++) {
    await painted();
    const el = document.createElement('plc-checklist') as PlcChecklist;
    el.setAttribute('storage', 'none');
    el.setAttribute('storage-key', `bench-${i}`); // a fresh workspace each time, as on a first visit
    // Insert at the start of a frame: Lit renders in a microtask, then the same frame styles, lays out
    // and paints it; a task queued now runs after that paint. So no vsync wait is counted.
    const { rendered, laidOut, total } = await new Promise<{ rendered: number; laidOut: number; total: number }>((resolve) =>
      requestAnimationFrame(() => {
        const t = performance.now();
        let rendered = 0;
        host.append(el);
        let laidOut = 0;
        void el.updateComplete.then(() => {
          rendered = performance.now() - t;
          void el.offsetHeight; // style and layout now, to see their share
          laidOut = performance.now() - t;
        });
        setTimeout(() => resolve({ rendered, laidOut, total: performance.now() - t }), 0);
      }),
    );
    if (el.shadowRoot!.querySelectorAll('fieldset').length !== framework.items.length) throw new Error('not every row was rendered');
    if (i === 0) cold = { rendered, laidOut, total }; // first element on the page: styles adopted, templates prepared
    else {
      toRendered.push(rendered);
      toLaidOut.push(laidOut);
      toPainted.push(total);
    }
    el.remove();
  }
  report({ name: 'first checklist on the page: inserted → painted', value: cold.total, unit: 'ms', budget: 30 });
  // Where the first one's time goes: script (connect and render), then style and layout, then paint.
  report({ name: 'first checklist: inserted → rendered', value: cold.rendered, unit: 'ms' });
  report({ name: 'first checklist: inserted → styled and laid out', value: cold.laidOut, unit: 'ms' });
  report({ name: 'inserted → painted form, 11 rows (median of 5)', value: median(toPainted), unit: 'ms', budget: 30 });
  report({ name: 'inserted → rendered (before style and paint, median of 5)', value: median(toRendered), unit: 'ms' });
  report({ name: 'inserted → styled and laid out (median of 5)', value: median(toLaidOut), unit: 'ms' });

  // Answering: a click saves, re-scores, fires plc-change and re-renders.
  const el = document.createElement('plc-checklist') as PlcChecklist;
  el.setAttribute('storage', 'none');
  el.setAttribute('storage-key', 'bench-answer');
  host.append(el);
  await el.updateComplete;
  await frame();
  const answer: number[] = [];
  for (let row = 1; row <= framework.items.length; row++) {
    const radio = el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="item-${row}"]`)[row % 2 ? 3 : 1]!;
    const t = performance.now();
    radio.click();
    await el.updateComplete;
    answer.push(performance.now() - t);
    await frame();
  }
  if (!el.shadowRoot!.querySelector('[part="result"]')) throw new Error('the result did not appear');
  report({ name: 'answer a row → re-rendered (median of 11; the last shows the result)', value: median(answer), unit: 'ms' });
  report({ name: 'answer the last row → result rendered', value: answer[answer.length - 1]!, unit: 'ms' });

  // Scoring alone (core), for a sense of scale: 10,000 scorings of a full set of answers.
  const answers = Object.fromEntries(framework.items.map((item, i) => [item.id, 1 + (i % 4)]));
  const t = performance.now();
  for (let i = 0; i < 10_000; i++) scoreChecklist(framework, answers);
  report({ name: 'score 10,000 checklists (core)', value: performance.now() - t, unit: 'ms' });

  await bigFramework(host, report);
  host.remove();
}

/**
 * A user's framework of 1,000 rows (issue 10: the page must not freeze): time to the first rows on
 * screen, to every row, the longest task meanwhile, and answering one row of the thousand.
 */
async function bigFramework(host: HTMLElement, report: Report): Promise<void> {
  const n = 1000;
  const big = {
    id: 'bench-big',
    kind: 'checklist',
    title: { en: `A checklist of ${n} rows` },
    source: { citation: 'bench' },
    items: Array.from({ length: n }, (_, i) => ({
      id: `item-${i}`,
      plc: { en: `We do thing ${i} together` },
      not: { en: `Each of us does thing ${i} alone` },
      strengthen: { en: `Plan thing ${i} together` },
    })),
    bands: [{ id: 'all', min: 0, label: { en: 'All' }, summary: { en: 'All of them.' } }],
  };
  const el = document.createElement('plc-checklist') as PlcChecklist;
  el.setAttribute('storage', 'none');
  el.setAttribute('storage-key', 'bench-big');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(big);
  el.append(script);
  const rows = () => el.shadowRoot?.querySelectorAll('fieldset').length ?? 0;
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  await painted();
  const t = performance.now();
  host.append(el);
  while (rows() === 0) await frame();
  await painted();
  const first = performance.now() - t;
  while (rows() < n) await frame();
  await painted();
  const all = performance.now() - t;
  observer.takeRecords().forEach((e) => tasks.push(e.duration));
  observer.disconnect();
  report({ name: `${n} rows: inserted → first rows painted (the parser loads first)`, value: first, unit: 'ms' });
  report({ name: `${n} rows: inserted → every row painted`, value: all, unit: 'ms' });
  report({ name: `${n} rows: longest task meanwhile (0: none over 50 ms)`, value: Math.max(0, ...tasks), unit: 'ms', budget: 100 });
  const radio = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="item-500"]')[2]!;
  const start = performance.now();
  radio.click();
  await el.updateComplete;
  report({ name: `${n} rows: answer a row → re-rendered`, value: performance.now() - start, unit: 'ms' });
  el.remove();
}

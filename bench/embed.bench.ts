// Script load → first painted element, as a page with only the script tag sees it: the kit (and the
// checklist's own bundle) are imported dynamically here, which makes them separate files; then each
// run is a fresh document (an iframe) that loads that file with a <script type="module"> and one
// <plc-checklist>. Measured inside the document, from the script's fetch start to the frame after
// the checklist rendered its rows. Bundle sizes are measured by bench/run.mjs itself. (The bench
// harness splits shared code into chunks, so the per-element figure loads the checklist's chunk and
// the chunks it imports — close to, not byte-for-byte, plc-checklist.js.)

type Report = (row: { name: string; value: number; unit: 'ms'; budget?: number }) => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const frame = (win: Window) => new Promise<void>((r) => win.requestAnimationFrame(() => r()));

/** The new script files a dynamic import brought in (their URLs, for the iframes to load). */
async function scriptsOf(load: () => Promise<unknown>): Promise<{ urls: string[]; ms: number }> {
  const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
  const t0 = performance.now();
  await load();
  const el = document.createElement('plc-checklist');
  el.setAttribute('storage', 'none');
  document.body.append(el);
  await painted(window, el);
  const ms = performance.now() - t0;
  el.remove();
  const urls = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.endsWith('.js') && !before.has(n));
  return { urls, ms };
}

async function painted(win: Window, el: Element): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (el.shadowRoot?.querySelector('fieldset')) break;
    await frame(win);
  }
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  await frame(win);
}

/** One fresh page: only the script tag and the element. Returns script fetch start → first painted checklist. */
async function run(entry: string): Promise<number> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  iframe.style.height = '700px';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="en"><body><script type="module" src="${entry}"></script><plc-checklist storage="none"></plc-checklist></body></html>`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow!;
  const el = iframe.contentDocument!.querySelector('plc-checklist')!;
  await win.customElements.whenDefined('plc-checklist');
  await painted(win, el);
  const end = win.performance.now();
  const start = win.performance.getEntriesByType('resource').find((e) => e.name === entry)?.startTime ?? 0;
  iframe.remove();
  return end - start;
}

export default async function bench(report: Report): Promise<void> {
  const kit = await scriptsOf(() => import('../packages/embed/src/plc-kit.js'));
  report({ name: 'plc-kit.js: load → first painted checklist (first load)', value: kit.ms, unit: 'ms' });
  const kitEntry = kit.urls.find((u) => /\/plc-kit[^/]*\.js$/.test(u)) ?? kit.urls[0];
  if (kitEntry) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await run(kitEntry));
    report({ name: 'plc-kit.js: script load → first painted checklist (median of 5, cached)', value: median(times), unit: 'ms' });
  }
  // The checklist's own bundle: only what it shares with nothing else, plus lit and core.
  const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
  await import('../packages/elements/src/checklist/define.js');
  const own = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .find((n) => n.endsWith('.js') && !before.has(n));
  if (own) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await run(own));
    report({ name: 'plc-checklist.js: script load → first painted checklist (median of 5, cached)', value: median(times), unit: 'ms' });
  }
}

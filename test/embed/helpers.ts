// Shared by the embed tests: pages in iframes, waiting, and the test statement receiver.

export interface Info {
  /** Another origin (127.0.0.1 instead of localhost) serving the same /__embed/ routes. */
  otherOrigin: string;
  /** Element bundles that exist right now (plc-checklist, …): the tests cover whatever elements have landed. */
  elements: string[];
}

export async function info(): Promise<Info> {
  return (await fetch('/__embed/info')).json();
}

export interface Page {
  frame: HTMLIFrameElement;
  win: Window & { __errors: string[] };
  doc: Document;
}

/** Records errors before anything else runs, so a page's failures are visible to the test. */
export const ERROR_PROBE = `<script>window.__errors=[];addEventListener('error',function(e){__errors.push(String(e.message))});addEventListener('unhandledrejection',function(e){__errors.push(String(e.reason))});</script>`;

/** Loads a whole HTML document into a same-origin iframe and waits for its load event. */
export async function loadPage(html: string, options: { width?: number; height?: number } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = `${options.height ?? 600}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Page['win'], doc: frame.contentDocument! };
}

/** Loads a URL into an iframe on this page. */
export async function loadUrl(src: string, attrs: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

export function frame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

export async function until<T>(test: () => T | null | undefined | false | Promise<T | null | undefined | false>, what: string, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await test();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** True once the element has rendered content of its own (not only a problem notice) with a visible size. */
export function rendered(el: Element | null | undefined): boolean {
  if (!el?.shadowRoot) return false;
  const root = el.shadowRoot;
  const content = [...root.children].filter((c) => c.localName !== 'style' && !c.matches('[role="alert"]'));
  return content.length > 0 && el.getBoundingClientRect().height > 0;
}

export function problemsIn(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].map((a) => a.textContent?.trim() ?? '').filter(Boolean);
}

// ------------------------------------------------------------ the statement receiver
export interface Lrs {
  ns: string;
  endpoint: string;
  control(body: Record<string, unknown>): Promise<void>;
  log(): Promise<{
    statements: { statement: Record<string, any>; headers: Record<string, string> }[];
    attempts: { method: string; ids: string[]; status: number | string }[];
    rejected: { status: number; problems: string[] }[];
  }>;
}

let lrsCount = 0;
export async function newLrs(prefix = location.origin): Promise<Lrs> {
  const ns = `t${Date.now().toString(36)}${++lrsCount}${Math.random().toString(36).slice(2, 6)}`;
  const lrs: Lrs = {
    ns,
    endpoint: `${prefix}/__lrs/${ns}/xapi/`,
    async control(body) {
      await fetch(`/__lrs/${ns}/control`, { method: 'POST', body: JSON.stringify(body) });
    },
    async log() {
      return (await fetch(`/__lrs/${ns}/log`)).json();
    },
  };
  await lrs.control({ reset: true });
  return lrs;
}

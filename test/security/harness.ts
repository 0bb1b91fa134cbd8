// Shared by the security and robustness tests: pages in iframes (with or without the strict CSP of
// test/security/server.mjs), the XSS trap, and walks through every shadow root of an element.

export interface Probe {
  violations: { directive: string; blocked: string; sample: string; source: string; line: number }[];
  errors: string[];
}

export interface TestPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __probe: Probe; __inlineScriptRan?: boolean };
  doc: Document;
  probe: Probe;
  host: HTMLElement;
}

/** The element tags whose define.ts exists right now (test/security/server.mjs). */
export async function elementTags(): Promise<string[]> {
  const response = await fetch('/__sec/elements');
  return ((await response.json()) as { elements: string[] }).elements;
}

/** Loads its define entry from source (dev build), registering the tag on this page. */
export async function defineFromSource(tag: string): Promise<void> {
  await import(/* @vite-ignore */ `/packages/elements/src/${tag.replace(/^plc-/, '')}/define.ts`);
  await customElements.whenDefined(tag);
}

/**
 * Opens /__sec/<mode>/<file> in an iframe on this page and waits until it has loaded and `ready`
 * holds (default: the document is complete).
 */
export async function openPage(mode: 'csp' | 'open', file = 'page.html', options: { width?: number; height?: number; ready?: (page: TestPage) => boolean } = {}): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 900}px`;
  frame.style.height = `${options.height ?? 700}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__sec/${mode}/${file}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as TestPage['win'];
  const page: TestPage = { frame, win, doc: frame.contentDocument!, probe: win.__probe, host: frame.contentDocument!.getElementById('host') ?? frame.contentDocument!.body };
  if (options.ready) await until(() => options.ready!(page), `${file} to be ready`);
  return page;
}

export async function closePages(): Promise<void> {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}

export function nextFrame(win: Window = window): Promise<void> {
  return new Promise((r) => win.requestAnimationFrame(() => r()));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Lets late effects happen: renders, failed image loads, violation reports (queued as tasks). */
export async function settle(win: Window = window, ms = 150): Promise<void> {
  await nextFrame(win);
  await nextFrame(win);
  await sleep(ms);
}

export async function until<T>(test: () => T | null | undefined | false | Promise<T | null | undefined | false>, what: string, timeout = 10000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await test();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

// ------------------------------------------------------------ the trap

declare global {
  interface Window {
    __xssTrap?: (id: number) => void;
  }
}

/** Installs `top.__xssTrap`: any call means a payload ran. Returns the ids of payloads that ran. */
export function installTrap(): number[] {
  const hits: number[] = [];
  window.__xssTrap = (id: number) => {
    hits.push(id);
  };
  return hits;
}

// ------------------------------------------------------------ walking shadow roots

/** The element, its shadow tree and its light children, recursively, through every shadow root. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    // nodeType, not instanceof: the node may come from an iframe's realm.
    if (node.nodeType === 1) out.push(node as Element);
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (shadow) for (const child of shadow.children) visit(child);
    for (const child of (node as ParentNode).children ?? []) visit(child);
  };
  visit(root);
  return out;
}

/** What a person sees as text: every text node through shadow roots, plus the values of form fields. */
export function deepText(root: Element | ShadowRoot | Document): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    if (el.localName === 'script' || el.localName === 'style') return;
    if (el.localName === 'input' || el.localName === 'textarea') parts.push(` ${(el as HTMLInputElement).value} `);
    if (el.shadowRoot) visit(el.shadowRoot);
    for (const child of node.childNodes) visit(child);
    parts.push(' ');
  };
  visit(root);
  return parts.join('');
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'srcdoc', 'background'];
const SAFE_LINK = new Set(['http:', 'https:', 'mailto:']);
const SAFE_SRC = new Set(['http:', 'https:', 'data:', 'blob:']);

/**
 * Anything in the element's tree that could run script or leave the page for a non-web scheme: script
 * and frame elements, `on…` attributes, and URL attributes whose scheme is not allowed. The element's
 * own light-DOM `<script type="application/json">` (an inline framework: data, not code) is allowed.
 */
export function dangers(root: Element): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    // The element's own attributes are the page's input to it (a custom element does not navigate).
    if (el === root && root.localName.includes('-')) continue;
    const name = el.localName;
    const describe = () => `<${name}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
    if (name === 'script' && !(el.parentElement === root && el.getAttribute('type') === 'application/json')) found.push(`script element ${describe()}`);
    if (['iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'portal'].includes(name)) found.push(`${name} element ${describe()}`);
    for (const attr of el.attributes) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) found.push(`event-handler attribute ${attrName} on ${describe()}`);
      if (!URL_ATTRIBUTES.includes(attrName)) continue;
      if (attrName === 'srcdoc') {
        found.push(`srcdoc on ${describe()}`);
        continue;
      }
      let protocol: string;
      try {
        protocol = new URL(attr.value, el.ownerDocument.baseURI).protocol;
      } catch {
        continue; // Not a URL at all: the browser will not follow it either.
      }
      const allowed = attrName === 'href' || attrName === 'xlink:href' || attrName === 'action' || attrName === 'formaction' ? SAFE_LINK : SAFE_SRC;
      if (!allowed.has(protocol)) found.push(`${attrName} with scheme ${protocol} on ${describe()}`);
    }
  }
  return found;
}

/** Every link's href in the element's tree (resolved). */
export function links(root: Element): string[] {
  return deepElements(root)
    .filter((el) => el.hasAttribute('href') || el.hasAttribute('xlink:href'))
    .map((el) => new URL(el.getAttribute('href') ?? el.getAttribute('xlink:href')!, el.ownerDocument.baseURI).href);
}

/** The text of every role="alert" in the element's tree. */
export function alerts(root: Element): string[] {
  return deepElements(root)
    .filter((el) => el.getAttribute('role') === 'alert')
    .map((el) => (el.textContent ?? '').trim())
    .filter(Boolean);
}

/** Whether the element shows content of its own (not only a notice) at a visible size. */
export function rendersContent(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  const content = [...root.children].filter((c) => c.localName !== 'style' && c.getAttribute('role') !== 'alert');
  return content.length > 0 && el.getBoundingClientRect().height > 0;
}

/** Errors that reached the page (window `error` and `unhandledrejection`) while `run` ran and settled. */
export async function pageErrors(win: Window, run: () => Promise<void> | void): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error?.stack ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason?.stack ?? e.reason));
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await settle(win);
  } finally {
    win.removeEventListener('error', onError);
    win.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

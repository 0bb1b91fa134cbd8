import { elementInfo, isElementTag } from '../elements.js';
import { pageBridge, type XapiBridge } from './bridge.js';
import { lrsConfig, readLrsAttributes } from './config.js';
import { StatementQueue } from './queue.js';
import { buildStatement } from './statement.js';

declare global {
  interface WindowEventMap {
    'plc-xapi-queued': CustomEvent<{ statement: import('./statement.js').Statement }>;
    'plc-xapi-error': CustomEvent<{ message: string }>;
  }
}

/**
 * Turns every `plc-complete` on the page into an xAPI statement in the outbox, when an `lrs-endpoint`
 * is set on the element or an ancestor. The statement is written to storage before anything is
 * sent, so a failed send, a lost connection or a closed tab loses nothing.
 *
 * Installs once per page however many copies of the kit load; `loadSender` is how the (larger)
 * sending code arrives: imported lazily by `plc-kit.js`, bundled in by `plc-xapi.js`.
 */
export function installCapture(loadSender?: () => Promise<unknown>): XapiBridge {
  const bridge = pageBridge();
  if (loadSender && !bridge.loadSender) bridge.loadSender = loadSender;
  if (bridge.captureInstalled || typeof window === 'undefined') return bridge;
  bridge.captureInstalled = true;
  const queue = new StatementQueue();
  bridge.pending = () => queue.read();
  bridge.rejected = () => queue.rejected();
  const firstChange = new WeakMap<Element, number>();

  window.addEventListener(
    'plc-change',
    (event) => {
      const el = sourceElement(event);
      if (el && !firstChange.has(el)) firstChange.set(el, Date.now());
    },
    true,
  );

  window.addEventListener(
    'plc-complete',
    (event) => {
      try {
        const el = sourceElement(event);
        if (!el) return;
        const path = event.composedPath();
        const config = lrsConfig(readLrsAttributes(path), document.baseURI);
        if (config === undefined) return;
        if (typeof config === 'string') {
          console.warn(`[plc-kit] no xAPI statement sent: ${config}`);
          el.dispatchEvent(new CustomEvent('plc-xapi-error', { detail: { message: config }, bubbles: true, composed: true }));
          return;
        }
        const now = Date.now();
        const statement = buildStatement(
          config,
          {
            tag: el.localName,
            detail: (event as CustomEvent).detail,
            frameworkAttribute: el.getAttribute(elementInfo(el.localName).frameworkAttribute ?? 'framework'),
            title: frameworkTitle(el),
            lang: langOf(path),
            startedAt: firstChange.get(el) ?? Math.round(performance.timeOrigin),
            now,
          },
          crypto.randomUUID(),
        );
        firstChange.delete(el);
        queue.add({ statement, endpoint: config.endpoint, auth: config.auth, attempts: 0, nextAt: now, retryBase: config.retryBase });
        el.dispatchEvent(new CustomEvent('plc-xapi-queued', { detail: { statement }, bubbles: true, composed: true }));
        void bridge.flush();
      } catch (error) {
        console.error('[plc-kit] could not record an xAPI statement:', error);
      }
    },
    true,
  );

  window.addEventListener('online', () => void bridge.flush());
  // Whatever an earlier visit left in the outbox goes out now.
  if (queue.read().length) queueMicrotask(() => void bridge.flush());
  return bridge;
}

/** The PLC Kit element that fired the event (the first `plc-*` element on its path). */
function sourceElement(event: Event): Element | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof Element && isElementTag(node.localName)) return node;
  }
  return undefined;
}

function langOf(path: readonly EventTarget[]): 'en' | 'cy' {
  for (const node of path) {
    if (node instanceof Element && node.hasAttribute('lang')) return /^cy\b/i.test(node.getAttribute('lang') ?? '') ? 'cy' : 'en';
  }
  return /^cy\b/i.test(document.documentElement.lang) ? 'cy' : 'en';
}

/** The framework's title, when the element exposes its resolved framework (duck-typed, never required). */
function frameworkTitle(el: Element): { en: string; cy?: string } | undefined {
  // The getters the elements offer for their resolved framework (checklist, radar, enquiry cycle).
  const named = el as unknown as Record<string, unknown>;
  const candidates: unknown[] = ['checklist', 'ratingFramework', 'frameworkData', 'model'].map((key) => {
    try {
      return named[key];
    } catch {
      return undefined;
    }
  });
  for (const c of candidates) {
    const f = c as { id?: unknown; kind?: unknown; title?: { en?: unknown; cy?: unknown } } | null;
    if (f && typeof f === 'object' && typeof f.id === 'string' && typeof f.kind === 'string' && typeof f.title?.en === 'string')
      return { en: f.title.en, ...(typeof f.title.cy === 'string' ? { cy: f.title.cy } : {}) };
  }
  return undefined;
}

import { readFrameMessage } from './protocol.js';

/**
 * For the host page: makes every PLC Kit iframe (`data-plc-kit`, or a `src` ending in embed.html)
 * as tall as its content, growing and shrinking. A message counts only when it comes from that
 * iframe's window AND from the origin of its `src`; anything else is ignored. `plc-complete` inside
 * a frame is re-dispatched on the iframe element, so the host page can listen for it.
 */
export function installResizer(win: Window = window): void {
  const key = Symbol.for('plc-kit.resizer');
  const g = win as unknown as Record<symbol, boolean>;
  if (g[key]) return; // A second copy (or version) on the page: one listener is enough.
  g[key] = true;
  const doc = win.document;

  const frames = () =>
    [...doc.querySelectorAll('iframe')].filter((f) => f.hasAttribute('data-plc-kit') || /\/embed\.html$/.test(safeUrl(f.src, doc.baseURI)?.pathname ?? ''));

  win.addEventListener('message', (event) => {
    const message = readFrameMessage(event.data);
    if (!message) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    const expected = safeUrl(frame.src, doc.baseURI)?.origin;
    if (!expected || event.origin !== expected) return;
    if (message.type === 'plc-kit:resize') {
      frame.style.height = `${message.height}px`;
      frame.style.border ||= '0';
      frame.dataset.plcKitHeight = String(message.height);
    } else {
      frame.dispatchEvent(new CustomEvent(message.event, { detail: message.detail, bubbles: true }));
    }
  });

  // Frames that loaded before this script ran have already reported; ask them again.
  const hello = (frame: HTMLIFrameElement) => {
    const origin = safeUrl(frame.src, doc.baseURI)?.origin;
    // A frame that has not loaded yet (loading="lazy", off screen) still holds about:blank: posting
    // to it makes the browser log an origin mismatch. Its load event greets it instead.
    if (origin && origin !== 'null' && hasLoaded(frame)) frame.contentWindow?.postMessage({ type: 'plc-kit:hello' }, origin);
  };
  const greetAll = () => frames().forEach(hello);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', greetAll, { once: true });
  else greetAll();
  doc.addEventListener('load', (event) => {
    if (event.target instanceof HTMLIFrameElement) hello(event.target);
  }, true);
}

function hasLoaded(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentWindow?.location.href !== 'about:blank';
  } catch {
    return true; // Another origin's document, so it has loaded.
  }
}

function safeUrl(src: string, base: string): URL | undefined {
  try {
    return src ? new URL(src, base) : undefined;
  } catch {
    return undefined;
  }
}

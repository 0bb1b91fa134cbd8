import { normaliseLang, type Lang } from '@plc-kit/core';

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (through shadow roots),
 * else `<html lang>`, else English.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return normaliseLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return normaliseLang(document.documentElement.getAttribute('lang'));
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | null = null;

/**
 * Calls back whenever any `lang` attribute in the document changes. One observer serves every
 * element, so a page with fifty widgets still watches the tree once.
 */
export function onLangChange(listener: LangListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  };
}

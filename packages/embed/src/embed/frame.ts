import { normaliseLang, translator } from '@plc-kit/core';
import { LRS_ATTRIBUTES, definedElements, elementAttributes, isElementTag } from '../elements.js';
import { lrsEndpoint } from '../xapi/config.js';
import { embedMessages } from './messages.js';
import type { FrameMessage } from './protocol.js';

/** Parameters of embed.html that are not attributes of the element. */
const RESERVED = new Set(['element', 'parent-origin']);

/** A name or value is echoed back as text, but a page-long one would bury the message. */
const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

export interface FramePlan {
  tag?: string;
  attributes: [string, string][];
  problems: string[];
  lang: 'en' | 'cy';
}

/**
 * Reads embed.html's query string into the element to show and its attributes. Every parameter is
 * checked against what the element (as defined on this page) observes; anything else is a problem
 * to show, never a thrown error.
 */
export function planFrame(search: string, registry: CustomElementRegistry = customElements, pageUrl = document.baseURI): FramePlan {
  const params = new URLSearchParams(search);
  // The page and the element must speak the same language: the first `lang`, read by the elements' rule.
  const lang = normaliseLang(params.get('lang'));
  const t = translator(embedMessages, lang);
  const known = definedElements(registry);
  const tag = (params.get('element') ?? '').trim().toLowerCase();
  if (!tag) return { attributes: [], problems: [t('frame.noElement')], lang };
  if (!isElementTag(tag) || !registry.get(tag)) return { attributes: [], problems: [t('frame.unknownElement', { element: tag, known: known.join(', ') })], lang };
  const attrs = new Map(elementAttributes(tag, registry).map((a) => [a.name, a]));
  for (const name of LRS_ATTRIBUTES) attrs.set(name, { name, type: 'string' });
  const attributes: [string, string][] = [];
  const unknown: string[] = [];
  const problems: string[] = [];
  for (const [rawName, value] of params) {
    const name = rawName.trim().toLowerCase();
    if (RESERVED.has(name)) continue;
    if (name === 'lang') {
      if (!attributes.some(([n]) => n === 'lang')) attributes.push(['lang', lang]);
      continue;
    }
    const info = attrs.get(name);
    if (!info) {
      unknown.push(cut(rawName));
      continue;
    }
    if (info.type === 'boolean') {
      if (value === '' || value === 'true' || value === name) attributes.push([name, '']);
      else if (value !== 'false') problems.push(t('frame.badValue', { name, value: cut(value), reason: t('reason.boolean') }));
    } else if (info.type === 'number' && (value.trim() === '' || !Number.isFinite(Number(value)))) {
      problems.push(t('frame.badValue', { name, value: cut(value), reason: t('reason.number') }));
    } else if (name === 'lrs-endpoint' && value.trim() && typeof lrsEndpoint(value.trim(), pageUrl) === 'string') {
      // The xAPI bridge would refuse it at the first completion, where nobody reads the console.
      problems.push(t('frame.badValue', { name, value: cut(value), reason: t('reason.lrsEndpoint') }));
    } else attributes.push([name, value]);
  }
  if (unknown.length) {
    const options = [...attrs.keys()].filter((n) => !n.startsWith('lrs-')).sort();
    problems.unshift(t('frame.unknownAttributes', { element: tag, names: unknown.join(', '), known: `${options.join(', ')}, lrs-*` }));
  }
  return { tag, attributes, problems, lang };
}

/**
 * The origin to post to: the `parent-origin` parameter, else the browser's record of who embeds
 * us (`location.ancestorOrigins`, `document.referrer`). Never `*`: with no known origin, nothing is posted.
 */
export function parentOrigin(search: string, referrer: string, ancestors?: DOMStringList): string | undefined {
  const candidates = [new URLSearchParams(search).get('parent-origin'), ancestors?.length ? ancestors[0] : null, referrer];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const url = new URL(c);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      /* not a URL: try the next */
    }
  }
  return undefined;
}

/** Builds the frame's content and keeps the host informed of its height. */
export function startFrame(root: HTMLElement): void {
  const plan = planFrame(location.search);
  const t = translator(embedMessages, plan.lang);
  document.documentElement.lang = plan.lang;
  const theme = plan.attributes.find(([n]) => n === 'theme')?.[1];
  if (theme) document.documentElement.dataset.theme = theme;

  if (plan.problems.length) {
    const alert = document.createElement('div');
    alert.className = 'plc-embed-problem';
    alert.setAttribute('role', 'alert');
    for (const p of plan.problems) {
      const line = document.createElement('p');
      line.textContent = p;
      alert.append(line);
    }
    root.append(alert);
  }
  let element: HTMLElement | undefined;
  if (plan.tag) {
    element = document.createElement(plan.tag);
    for (const [name, value] of plan.attributes) element.setAttribute(name, value);
    root.append(element);
    document.title = t('frame.title', { element: plan.tag });
  }

  const target = window.parent !== window ? parentOrigin(location.search, document.referrer, location.ancestorOrigins) : undefined;
  const post = (message: FrameMessage) => {
    if (!target) return;
    try {
      window.parent.postMessage(message, target);
    } catch (error) {
      console.warn('[plc-kit] could not message the host page:', error);
    }
  };

  // Measured at once rather than in an animation frame: a page in a background tab gets no frames,
  // and the host should still learn the size (posting only when it changed keeps this cheap).
  let last = -1;
  const report = (force = false) => {
    const style = getComputedStyle(root);
    const height = Math.ceil(root.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height !== last || force) {
      last = height;
      post({ type: 'plc-kit:resize', height });
    }
  };
  new ResizeObserver(() => report()).observe(root);
  addEventListener('load', () => report(true));
  void document.fonts?.ready.then(() => report());

  addEventListener('message', (event) => {
    if (event.source !== window.parent || (target && event.origin !== target)) return;
    if ((event.data as { type?: unknown } | null)?.type === 'plc-kit:hello') {
      last = -1;
      report(true);
    }
  });

  element?.addEventListener('plc-complete', (event) => {
    let detail: unknown;
    try {
      detail = JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null));
    } catch {
      detail = null;
    }
    post({ type: 'plc-kit:event', event: 'plc-complete', detail });
    report();
  });
}

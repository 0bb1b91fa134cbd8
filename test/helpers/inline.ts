/**
 * An element, not yet on the page, with its framework or data given inline as a page gives it: a
 * `<script type="application/json">` child. The attributes are set before it is connected.
 */
export function withInlineJson<K extends keyof HTMLElementTagNameMap>(tag: K, json: unknown, attributes?: Record<string, string>): HTMLElementTagNameMap[K];
export function withInlineJson<T extends HTMLElement>(tag: string, json: unknown, attributes?: Record<string, string>): T;
export function withInlineJson(tag: string, json: unknown, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(json);
  el.append(script);
  return el;
}

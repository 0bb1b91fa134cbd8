// Helpers for play functions. Stories run both in Storybook and as tests in web-test-runner, so they
// use plain DOM APIs only.

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Story check failed: ${message}`);
}

/** Waits until the element has rendered (and any pending Lit update has settled). */
export async function waitFor<T extends Element>(element: T | null | undefined, timeoutMs = 3000): Promise<T> {
  assert(element, 'element not found');
  const started = performance.now();
  await customElements.whenDefined(element.localName).catch(() => undefined);
  while (!(element as Element).shadowRoot && performance.now() - started < timeoutMs) await frame();
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Resolves once `test` returns a truthy value, checking every frame. */
export async function until<T>(test: () => T | null | undefined | false, message: string, timeoutMs = 5000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`Story check timed out: ${message}`);
    await frame();
  }
}

export function shadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  assert(found, `no "${selector}" inside <${host.localName}>`);
  return found;
}

export function shadowAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

export async function click(element: HTMLElement): Promise<void> {
  element.click();
  await settle(element);
}

/** Picks a radio button as a user would (click) and waits for the element to update. */
export async function choose(radio: HTMLInputElement): Promise<void> {
  radio.click();
  await settle(radio);
}

/** Types into an input or textarea, firing the events a user's typing fires. */
export async function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(field);
}

async function settle(node: Node): Promise<void> {
  const host = (node.getRootNode() as ShadowRoot).host as unknown as { updateComplete?: Promise<unknown> } | undefined;
  await host?.updateComplete;
  await frame();
}

export function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

// Helpers shared by the theming tests: mounting each element's example, waiting for it to settle,
// and reading what it actually renders (computed styles and boxes of every node in its shadow tree).
import { render, type TemplateResult } from 'lit';
import { elementExamples, type ElementExample } from '../.storybook/elements.js';

export { elementExamples, type ElementExample };

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  cssProperties?: { name: string; description?: string; default?: string; inheritedFrom?: { name: string } }[];
  cssParts?: { name: string }[];
  attributes?: { name: string }[];
}
export interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

let manifestPromise: Promise<Manifest> | undefined;
/** The manifest `npm run analyze` wrote (npm test runs it first). */
export function loadManifest(): Promise<Manifest> {
  manifestPromise ??= fetch('/packages/elements/custom-elements.json').then((r) => {
    if (!r.ok) throw new Error('No custom-elements manifest: run `npm run analyze` (npm test does).');
    return r.json() as Promise<Manifest>;
  });
  return manifestPromise;
}

/** Every element class in the manifest with a tag, and the module it lives in. */
export async function manifestElements(): Promise<{ declaration: ManifestDeclaration; path: string }[]> {
  const manifest = await loadManifest();
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class' && d.tagName).map((declaration) => ({ declaration, path: m.path })));
}

let keys = 0;
/** A storage key no other mount uses, so examples never share data. */
export const uniqueKey = (prefix = 'theming') => `${prefix}-${++keys}-${Date.now()}`;

/** Renders into a fresh container in the body (800px wide unless told), returning it and a clean-up. */
export function mount(template: TemplateResult, width = 800): { container: HTMLElement; remove: () => void } {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  render(template, container);
  return {
    container,
    remove: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Waits for every element under `root` (through shadow roots) to finish updating, then two frames. */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending: Promise<unknown>[] = [];
    for (const el of deepElements(root)) {
      const update = (el as { updateComplete?: Promise<unknown> }).updateComplete;
      if (update) pending.push(update);
    }
    await Promise.all(pending);
    await frame();
  }
  await frame();
}

/**
 * The next animation frame, or 50 ms when frames do not come (Firefox gives a background tab none, and
 * test runs share a browser between pages).
 */
export const frame = () =>
  new Promise<void>((r) => {
    const timer = setTimeout(r, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      r();
    });
  });

/** Every element under `root`, entering open shadow roots, in document order. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return out;
}

/** The host and every element in its shadow tree (not its light-DOM children). */
export function renderedNodes(host: Element): Element[] {
  return [host, ...(host.shadowRoot ? deepElements(host.shadowRoot) : [])].filter((el) => el.localName !== 'style');
}

/** A readable path for a node inside an element, for failure messages. */
export function describeNode(el: Element): string {
  const part = el.getAttribute('part');
  const cls = el.getAttribute('class');
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

export const COLOUR_PROPERTIES = [
  'color',
  'background-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'outline-color',
  'accent-color',
  'fill',
  'stroke',
  'text-decoration-color',
  'caret-color',
  'box-shadow',
  'background-image',
] as const;

/** Every colour each rendered node shows, keyed by node index and property. */
export function colours(host: Element): Map<string, string> {
  const out = new Map<string, string>();
  renderedNodes(host).forEach((el, i) => {
    const style = getComputedStyle(el);
    for (const prop of COLOUR_PROPERTIES) out.set(`${i} ${describeNode(el)} ${prop}`, style.getPropertyValue(prop));
  });
  return out;
}

/** The entries of `after` that hold `value` and did not before. */
export function newlyShowing(before: Map<string, string>, after: Map<string, string>, value: string): string[] {
  return [...after].filter(([k, v]) => v.includes(value) && !(before.get(k) ?? '').includes(value)).map(([k]) => k);
}

/** Layout-relevant computed styles and boxes (relative to the host) of the host and its shadow tree. */
export const LAYOUT_PROPERTIES = [
  'display',
  'position',
  'box-sizing',
  'float',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'list-style-type',
  'color',
  'background-color',
  'width',
  'height',
] as const;

export function layout(host: Element): Map<string, string> {
  const out = new Map<string, string>();
  const origin = host.getBoundingClientRect();
  renderedNodes(host).forEach((el, i) => {
    const key = `${i} ${describeNode(el)}`;
    const style = getComputedStyle(el);
    for (const prop of LAYOUT_PROPERTIES) out.set(`${key} ${prop}`, style.getPropertyValue(prop));
    const box = el.getBoundingClientRect();
    // A box with no size (an <option> of a closed list, a hidden node) has no place on the page to compare.
    if (box.width || box.height) out.set(`${key} box`, [box.left - origin.left, box.top - origin.top, box.width, box.height].map((n) => Math.round(n)).join(' '));
  });
  return out;
}

/** The differences between two snapshots, as readable lines. */
export function differences(before: Map<string, string>, after: Map<string, string>, limit = 12): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const out: string[] = [];
  for (const k of keys) if (before.get(k) !== after.get(k)) out.push(`${k}: ${before.get(k)} → ${after.get(k)}`);
  return out.length > limit ? [...out.slice(0, limit), `… and ${out.length - limit} more`] : out;
}

/** Every canvas in the element's shadow tree. */
export function canvases(host: Element): HTMLCanvasElement[] {
  return renderedNodes(host).filter((el): el is HTMLCanvasElement => el.localName === 'canvas');
}

/** How many opaque pixels of each exact colour (`rgb(r, g, b)`) the element's canvases show. */
export function paintedColours(host: Element): Map<string, number> {
  const counts = new Map<string, number>();
  for (const canvas of canvases(host)) {
    if (!canvas.width || !canvas.height) continue;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! < 255) continue;
      const key = `rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** `#rrggbb` → `rgb(r, g, b)`, as computed styles and `paintedColours` write colours. */
export function rgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Resolves once `test` is true (checked every frame), or fails with `message` after `ms`. */
export async function until(test: () => boolean, message: string, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > ms) throw new Error(`Timed out: ${message}`);
    await frame();
  }
}

/**
 * What common host resets do, written from the rules Bootstrap's reboot and Tailwind's preflight are
 * known for (no third-party CSS is vendored). The `62.5%` root size many sites add is tested apart.
 */
export const HOST_RESET = `
  *, ::before, ::after { box-sizing: border-box; border: 0 solid #e5e7eb; margin: 0; padding: 0; }
  html { line-height: 1.15; -webkit-text-size-adjust: 100%; tab-size: 4; font-family: Georgia, serif; }
  body { margin: 0; font-size: 1.6rem; line-height: 1.2; color: #212529; background-color: #fff; letter-spacing: 0.02em; font-weight: 300; text-transform: none; }
  h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; margin: 0; }
  p { margin: 0 0 1rem; }
  a { color: inherit; text-decoration: inherit; }
  b, strong { font-weight: bolder; }
  ol, ul, menu { list-style: none; margin: 0; padding: 0; }
  button, input, optgroup, select, textarea { font: inherit; color: inherit; margin: 0; padding: 0; line-height: inherit; letter-spacing: inherit; }
  button, [type='button'], [type='reset'], [type='submit'] { -webkit-appearance: button; background-color: transparent; background-image: none; cursor: pointer; }
  fieldset { min-width: 0; padding: 0; margin: 0; border: 0; }
  legend { float: left; width: 100%; padding: 0; margin-bottom: .5rem; font-size: calc(1.275rem + .3vw); line-height: inherit; }
  table { caption-side: bottom; border-collapse: collapse; text-indent: 0; border-color: inherit; }
  img, svg, video, canvas, audio, iframe, embed, object { display: block; vertical-align: middle; }
  img, video { max-width: 100%; height: auto; }
  [hidden] { display: none !important; }
  label { display: inline-block; }
  :focus:not(:focus-visible) { outline: 0; }
`;

/**
 * Whether `emulateMedia({ contrast })` works: Chromium's DevTools Protocol has it; Firefox's per-tab
 * overrides (scripts/firefox-commands.mjs) give colour scheme, reduced motion and forced colours only.
 */
export const CONTRAST_EMULATION = !navigator.userAgent.includes('Firefox');

/**
 * The declarations the kit's own stylesheets make for `selector` inside `@media (condition)`, read from
 * the element's adopted stylesheets: where media cannot be emulated, the rules are checked directly.
 */
export function mediaDeclarations(host: Element, condition: string, selector: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (rules: CSSRuleList, inMedia: boolean) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) visit(rule.cssRules, inMedia || rule.conditionText.replace(/\s+/g, ' ').includes(condition));
      else if (inMedia && rule instanceof CSSStyleRule && rule.selectorText.replace(/\s+/g, '') === selector.replace(/\s+/g, '')) {
        for (const name of rule.style) out.set(name, rule.style.getPropertyValue(name).trim());
      }
    }
  };
  for (const sheet of host.shadowRoot?.adoptedStyleSheets ?? []) visit(sheet.cssRules, false);
  return out;
}

/**
 * The element's layout once it has stopped changing (data read, lists filled, charts laid out): two
 * snapshots 100 ms apart that agree.
 */
export async function stableLayout(host: Element, ms = 8000): Promise<Map<string, string>> {
  const start = performance.now();
  // Lay everything out afresh once first: Firefox sizes a <select> from options added after its first
  // layout only at the next reflow, which would otherwise be blamed on whatever the test changes.
  const box = host as HTMLElement;
  const display = box.style.getPropertyValue('display');
  box.style.setProperty('display', 'none');
  box.getBoundingClientRect();
  if (display) box.style.setProperty('display', display);
  else box.style.removeProperty('display');
  await settle(host);
  let previous = layout(host);
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    await settle(host);
    const next = layout(host);
    if (differences(previous, next).length === 0 || performance.now() - start > ms) return next;
    previous = next;
  }
}

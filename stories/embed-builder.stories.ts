// The embed-code builder: pick an element and its options, see it live, copy the script-tag snippet,
// the iframe snippet or the bare address. The same builder is in the demo (demo/embed-builder.html).
import { html } from 'lit';
import '@plc-kit/embed/plc-kit.js';
import '@plc-kit/embed/builder';
import { assert, shadow, type, until, waitFor } from './support.js';

type Args = { element: string; baseUrl: string };

const ELEMENTS = ['plc-checklist', 'plc-conditions-radar', 'plc-enquiry-cycle', 'plc-network-map'] as const;

function builder(canvas: HTMLElement) {
  return waitFor(canvas.querySelector('plc-embed-builder'));
}

/** Picks an option in one of the builder's menus, as a change made with the mouse or keyboard does. */
function pick(host: Element, selector: string, value: string) {
  const select = shadow<HTMLSelectElement>(host, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

const code = (host: Element, id: 'script' | 'iframe' | 'address') => shadow<HTMLTextAreaElement>(host, `#code-${id}`).value;

export default {
  title: 'Embedding/Embed code builder',
  component: 'plc-embed-builder',
  args: { element: 'plc-checklist', baseUrl: 'https://intranet.example/plc-kit/' } satisfies Args,
  argTypes: {
    element: { control: 'select', options: ELEMENTS, description: 'The element to embed' },
    baseUrl: { control: 'text', description: 'Where plc-kit.js, embed.html and plc-resizer.js are published' },
  },
  render: (args: Args) => html`<plc-embed-builder element=${args.element} base-url=${args.baseUrl}></plc-embed-builder>`,
};

export const Default = {
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await builder(canvasElement);
    assert(code(el, 'script').startsWith('<script type="module" src="https://intranet.example/plc-kit/plc-kit.js"></script>'), 'script snippet loads the kit');
    assert(code(el, 'script').includes('<plc-checklist framework="plc-or-not"'), 'script snippet has the element and its framework');
    const preview = await until(() => shadow(el, '.preview').querySelector('plc-checklist'), 'live preview');
    await waitFor(preview);
  },
};

export const RadarForAWelshMediumSchool = {
  args: { element: 'plc-conditions-radar' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await builder(canvasElement);
    await pick(el, '#lang', 'cy');
    await pick(el, '#theme', 'high-contrast');
    assert(code(el, 'address').includes('element=plc-conditions-radar') && code(el, 'address').includes('lang=cy'), 'address carries the choices');
    assert(code(el, 'iframe').includes('title="Amodau ar gyfer llwyddiant'), 'the iframe is titled in Welsh');
    await until(() => shadow(el, '.preview').querySelector('plc-conditions-radar[lang="cy"][theme="high-contrast"]'), 'preview follows the choices');
  },
};

export const MoodleWithAnLrs = {
  name: 'Moodle page with results sent to an LRS',
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await builder(canvasElement);
    shadow<HTMLDetailsElement>(el, 'details:last-of-type').open = true;
    await type(shadow<HTMLInputElement>(el, '#lrs-endpoint'), 'https://lrs.example/xapi/');
    assert(code(el, 'address').includes('lrs-endpoint=https%3A%2F%2Flrs.example%2Fxapi%2F'), 'the LRS endpoint travels in the address');
    assert(!shadow(el, '.preview').querySelector('[lrs-endpoint]'), 'the preview sends nothing');
  },
};

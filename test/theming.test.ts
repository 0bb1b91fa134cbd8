// Theming in real Chromium: the page's tokens reach inside every element, themes switch at runtime,
// forced colours win, nothing of the kit reaches the host page, and a host page's CSS reset changes
// nothing inside the elements.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { PlcProvider } from '@plc-kit/elements';
import {
  EXAMPLE_THEMES,
  contrast,
  themeCss,
  themeTokens,
  toneFor,
  type ThemeChoices,
} from '../.storybook/theme-builder.js';
import {
  colours,
  differences,
  elementExamples,
  layout,
  manifestElements,
  mount,
  newlyShowing,
  paintedColours,
  renderedNodes,
  canvases,
  until,
  settle,
  uniqueKey,
  HOST_RESET,
  CONTRAST_EMULATION,
  mediaDeclarations,
  stableLayout,
} from './theming.support.js';

const examples = elementExamples;

/** Waits until every canvas inside has painted something (charts and maps draw after they render). */
async function settleCanvases(els: Element[]): Promise<void> {
  for (const el of els) {
    await settle(el);
    if (canvases(el).length) await until(() => paintedColours(el).size > 1, `<${el.localName}> paints its canvas`);
  }
  await settle(els[0]!);
}

/** The colours of every instance in an example, keyed by instance, node and property. */
function coloursOf(els: Element[]): Map<string, string> {
  return new Map(els.flatMap((el, i) => [...colours(el)].map(([k, v]) => [`${i} ${k}`, v] as [string, string])));
}

/** Painted pixels per colour over every instance's canvases. */
function paintedOf(els: Element[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const el of els) for (const [k, n] of paintedColours(el)) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}

/** Mounts one example inside a wrapper the test styles like a host page would. */
async function mountExample(tag: string, wrapperStyle: Record<string, string> = {}, attrs: { theme?: string } = {}) {
  const example = examples.find((e) => e.tag === tag)!;
  const mounted = mount(html`<div class="host-page-wrapper">${example.render(uniqueKey(tag))}</div>`);
  const wrapper = mounted.container.firstElementChild as HTMLElement;
  for (const [k, v] of Object.entries(wrapperStyle)) wrapper.style.setProperty(k, v);
  const all = [...wrapper.querySelectorAll<HTMLElement>(tag)];
  const el = all[0]!;
  if (attrs.theme) for (const one of all) one.setAttribute('theme', attrs.theme);
  await settle(mounted.container);
  return { ...mounted, wrapper, el, all };
}

describe('theming', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' } as never);
    if (CONTRAST_EMULATION) await emulateMedia({ contrast: 'no-preference' } as never);
  });

  it('has an example of every element in the manifest (the builder, the stories and these tests use them)', async () => {
    const tags = (await manifestElements()).map((e) => e.declaration.tagName!).filter((t) => t !== 'plc-provider');
    expect(tags.length, 'elements in the manifest').to.be.greaterThan(0);
    expect(examples.map((e) => e.tag)).to.include.members(tags);
    for (const tag of tags) expect(customElements.get(tag), `<${tag}> is registered`).to.not.equal(undefined);
  });

  for (const { tag } of examples) {
    describe(`<${tag}>`, () => {
      it('shows the host page’s system tokens (text, surface, border, accent) in what it renders or paints', async () => {
        const plain = await mountExample(tag);
        await settleCanvases(plain.all);
        const before = coloursOf(plain.all);
        const paintedBefore = paintedOf(plain.all);
        plain.remove();
        const { el, all, remove } = await mountExample(tag, {
          '--plc-color-text': 'rgb(1, 2, 3)',
          '--plc-color-surface': 'rgb(250, 240, 230)',
          '--plc-color-border': 'rgb(4, 5, 6)',
          '--plc-color-accent': 'rgb(7, 8, 9)',
        });
        try {
          await settleCanvases(all);
          const after = coloursOf(all);
          const painted = paintedOf(all);
          expect(getComputedStyle(el).color, 'the element’s text').to.equal('rgb(1, 2, 3)');
          expect(getComputedStyle(el).backgroundColor, 'the element’s surface').to.equal('rgb(250, 240, 230)');
          for (const [name, value] of [
            ['text', 'rgb(1, 2, 3)'],
            ['border', 'rgb(4, 5, 6)'],
            ['accent', 'rgb(7, 8, 9)'],
          ] as const) {
            const shown = newlyShowing(before, after, value).filter((k) => !/^\d+ 0 /.test(k));
            const paints = (painted.get(value) ?? 0) > (paintedBefore.get(value) ?? 0);
            expect(shown.length > 0 || paints, `a node inside <${tag}> shows, or its canvas paints, --plc-color-${name}`).to.equal(true);
          }
        } finally {
          remove();
        }
      });

      it('shows a palette (reference) token the page sets, through the role that uses it', async () => {
        const plain = await mountExample(tag);
        await settleCanvases(plain.all);
        const before = coloursOf(plain.all);
        plain.remove();
        const { el, all, remove } = await mountExample(tag, { '--plc-ref-brand-40': 'rgb(11, 12, 13)', '--plc-ref-neutral-12': 'rgb(14, 15, 16)' });
        try {
          await settleCanvases(all);
          const shown = newlyShowing(before, coloursOf(all), 'rgb(11, 12, 13)');
          expect(shown.length > 0 || paintedOf(all).has('rgb(11, 12, 13)'), 'the brand tone shows as the accent (or first series)').to.equal(true);
          expect(getComputedStyle(el).color).to.equal('rgb(14, 15, 16)');
        } finally {
          remove();
        }
      });

      it('lets the page’s value win at any specificity, and keeps it under every theme', async () => {
        for (const theme of ['light', 'dark', 'high-contrast', 'auto']) {
          const { el, remove } = await mountExample(tag, { '--plc-color-text': 'rgb(20, 21, 22)' }, { theme });
          try {
            expect(getComputedStyle(el).color, theme).to.equal('rgb(20, 21, 22)');
          } finally {
            remove();
          }
        }
      });

      it('switches theme at runtime, and `auto` follows the device’s colour scheme and contrast setting', async () => {
        const provider = document.createElement('plc-provider') as PlcProvider;
        provider.setAttribute('storage', 'none');
        provider.setAttribute('storage-key', uniqueKey('runtime'));
        const { container, remove } = mount(html`${examples.find((e) => e.tag === tag)!.render(uniqueKey(tag))}`);
        const el = container.querySelector<HTMLElement>(tag)!;
        container.append(provider);
        provider.append(el);
        try {
          const background = async (theme: string) => {
            provider.setAttribute('theme', theme);
            await settle(container);
            return getComputedStyle(el).backgroundColor;
          };
          expect(await background('light')).to.equal('rgb(255, 255, 255)');
          expect(await background('dark')).to.equal('rgb(21, 25, 31)');
          expect(getComputedStyle(el).colorScheme).to.equal('dark');
          expect(await background('high-contrast')).to.equal('rgb(0, 0, 0)');
          expect(getComputedStyle(el).getPropertyValue('--_focus-ring-width').trim()).to.equal('4px');
          expect(await background('auto'), 'auto on a light device').to.equal('rgb(255, 255, 255)');
          await emulateMedia({ colorScheme: 'dark' });
          await settle(container);
          expect(getComputedStyle(el).backgroundColor, 'auto on a dark device').to.equal('rgb(21, 25, 31)');
          await emulateMedia({ colorScheme: 'light' });
          await settle(container);
          expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
          if (CONTRAST_EMULATION) {
            await emulateMedia({ contrast: 'more' } as never);
            await settle(container);
            expect(getComputedStyle(el).backgroundColor, 'auto + prefers-contrast: more').to.equal('rgb(0, 0, 0)');
            await emulateMedia({ contrast: 'no-preference' } as never);
          } else {
            // This engine cannot emulate a contrast preference: the rule that makes `auto` follow it is read directly.
            const more = mediaDeclarations(el, 'prefers-contrast: more', ':host(:state(theme-auto))');
            expect(more.get('--_theme-color-surface'), 'auto with more contrast').to.equal('var(--_ref-neutral-0)');
          }
          el.setAttribute('theme', 'dark');
          expect(await background('light'), 'its own theme wins over the provider’s').to.equal('rgb(21, 25, 31)');
        } finally {
          remove();
        }
      });

      it('uses the user’s system colours in forced-colours mode, whatever the page sets', async () => {
        const { el, remove } = await mountExample(tag, { '--plc-color-accent': 'rgb(200, 0, 0)', '--plc-color-text': 'rgb(0, 200, 0)' });
        try {
          await emulateMedia({ forcedColors: 'active' } as never);
          await settle(el);
          const style = getComputedStyle(el);
          expect(style.getPropertyValue('--_color-accent').trim()).to.equal('Highlight');
          expect(style.getPropertyValue('--_color-text').trim()).to.equal('CanvasText');
          expect(style.getPropertyValue('--_series').trim().split(/,\s*/)[0]).to.equal('Highlight');
          expect(style.getPropertyValue('--_elevation').trim()).to.equal('none');
        } finally {
          remove();
        }
      });

      it('changes nothing it renders when the host page has a CSS reset (Bootstrap reboot / Tailwind preflight rules)', async function () {
        this.timeout(30000);
        const { el, remove } = await mountExample(tag);
        const reset = document.createElement('style');
        try {
          const before = await stableLayout(el);
          reset.textContent = HOST_RESET;
          document.head.append(reset);
          await settle(el);
          const after = await stableLayout(el);
          expect(differences(before, after), `what changed inside <${tag}>`).to.deep.equal([]);
        } finally {
          reset.remove();
          remove();
        }
      });

      it('changes nothing it renders when the host page sets `:root { font-size: 62.5% }` (the 10px-rem trick)', async function () {
        this.timeout(30000);
        const { el, remove } = await mountExample(tag);
        const root = document.documentElement;
        const was = root.style.getPropertyValue('font-size');
        try {
          const before = await stableLayout(el);
          root.style.setProperty('font-size', '62.5%');
          await settle(el);
          const after = await stableLayout(el);
          expect(differences(before, after), `what changed inside <${tag}>`).to.deep.equal([]);
        } finally {
          if (was) root.style.setProperty('font-size', was);
          else root.style.removeProperty('font-size');
          remove();
        }
      });
    });
  }

  it('lets no style of the kit reach the host page’s own elements, inside a provider or beside the elements', async () => {
    const sample = () => html`<h2>Heading</h2>
      <p>Paragraph with <a href="#x">a link</a></p>
      <button>Button</button>
      <input aria-label="Field" />
      <ul>
        <li>Item</li>
      </ul>
      <fieldset>
        <legend>Legend</legend>
      </fieldset>
      <table>
        <caption>
          Caption
        </caption>
        <tr>
          <td>Cell</td>
        </tr>
      </table>`;
    const snapshot = (root: Element) =>
      [...root.querySelectorAll('h2, p, a, button, input, li, fieldset, legend, caption, td')].map((el) => {
        const s = getComputedStyle(el);
        return [el.localName, s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.fontWeight, s.lineHeight, s.margin, s.padding, s.borderTopWidth, s.borderTopColor, s.borderRadius, s.boxSizing, s.outlineStyle, s.textAlign].join(' | ');
      });
    const sheetsBefore = document.styleSheets.length;
    const adoptedBefore = document.adoptedStyleSheets.length;
    const headBefore = document.head.innerHTML;

    const baseline = mount(html`<div class="page">${sample()}</div>`);
    const expected = snapshot(baseline.container);
    baseline.remove();

    const page = mount(html`<div class="page">${sample()}</div>
      <plc-provider storage="none" storage-key=${uniqueKey('leak')} theme="dark">
        <div class="inside">${sample()}</div>
        ${examples.map((e) => e.render(uniqueKey('leak')))}
      </plc-provider>`);
    try {
      await settle(page.container);
      expect(snapshot(page.container.querySelector('.page')!), 'page elements beside the kit').to.deep.equal(expected);
      const inside = snapshot(page.container.querySelector('.inside')!);
      expect(inside, 'page elements inside <plc-provider>').to.deep.equal(expected);
      expect(document.styleSheets.length, 'no stylesheet added to the document').to.equal(sheetsBefore);
      expect(document.adoptedStyleSheets.length, 'no stylesheet adopted by the document').to.equal(adoptedBefore);
      expect(document.head.innerHTML, 'nothing added to <head>').to.equal(headBefore);
      for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) {
        const text = [...sheet.cssRules].map((r) => r.cssText).join('\n');
        expect(text, 'no kit rule in a document stylesheet').to.not.match(/--_|plc-/);
      }
    } finally {
      page.remove();
    }
  });

  describe('theme builder', () => {
    for (const [id, choices] of Object.entries(EXAMPLE_THEMES)) {
      it(`gives CSS that, pasted into the page, styles the elements as the builder previews them (${id})`, async () => {
        const style = document.createElement('style');
        style.textContent = themeCss(choices as ThemeChoices);
        document.head.append(style);
        const tokens = themeTokens(choices as ThemeChoices);
        try {
          for (const { tag } of examples) {
            const { el, remove } = await mountExample(tag);
            try {
              const s = getComputedStyle(el);
              expect(s.getPropertyValue('--_color-accent').trim(), `<${tag}> accent`).to.equal(tokens['--plc-ref-brand-40']);
              expect(s.getPropertyValue('--_radius').trim()).to.equal(tokens['--plc-radius']);
              expect(s.getPropertyValue('--_elevation').trim()).to.equal(tokens['--plc-elevation']);
              expect(s.fontFamily).to.equal(tokens['--plc-ref-font-sans']!.replace(/'/g, '"'));
              const heading = renderedNodes(el).find((n) => /^h[1-6]$/.test(n.localName));
              if (heading) expect(getComputedStyle(heading).fontFamily).to.equal(tokens['--plc-font-family-heading']!.replace(/'/g, '"'));
              el.setAttribute('theme', 'dark');
              await settle(el);
              expect(getComputedStyle(el).getPropertyValue('--_color-accent').trim(), `<${tag}> dark accent`).to.equal(tokens['--plc-ref-brand-80']);
            } finally {
              remove();
            }
          }
        } finally {
          style.remove();
        }
      });
    }

    it('tones any brand colour to WCAG AA in the light and dark themes, and keeps a colour that already passes', () => {
      const hexColour = fc
        .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
        .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
      fc.assert(
        fc.property(hexColour, (brand) => {
          const t = themeTokens({ ...EXAMPLE_THEMES.kit, brand });
          expect(contrast(t['--plc-ref-brand-40']!, '#ffffff')).to.be.at.least(4.5);
          expect(contrast(t['--plc-ref-brand-80']!, '#15191f')).to.be.at.least(4.5);
          expect(contrast(t['--plc-ref-brand-10']!, t['--plc-ref-brand-80']!)).to.be.at.least(4.5);
          if (contrast(brand, '#ffffff') >= 4.5) expect(t['--plc-ref-brand-40']).to.equal(brand);
        }),
        { numRuns: 300 },
      );
      expect(toneFor('#0b5cad', '#ffffff', 4.5, 'darker')).to.equal('#0b5cad');
      expect(contrast(toneFor('#ffcc00', '#ffffff', 4.5, 'darker'), '#ffffff')).to.be.at.least(4.5);
    });
  });
});

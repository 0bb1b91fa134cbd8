// Charts and maps follow the theme: what the radar and the network map paint on their canvases
// changes with the theme, to the theme's own colours.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { referenceTokens, systemTokens } from '../packages/elements/src/base/tokens.styles.js';
import { canvases, elementExamples, mount, paintedColours, rgb, settle, uniqueKey, until } from './theming.support.js';

/** The palette's hex for a theme's value of a system token (`ref:brand-80` → `#7cb8f7`). */
function seriesHex(theme: 'light' | 'dark'): string[] {
  const series = systemTokens.find((t) => t.name === '--plc-series')!.values[theme]!;
  return series.split(', ').map((v) => referenceTokens.find((r) => r.name === `--plc-ref-${v.slice(4)}`)!.values.light);
}

/** Elements whose example draws on a canvas: the chart and the map. */
const drawn = elementExamples.filter((e) => e.tag === 'plc-conditions-radar' || e.tag === 'plc-network-map');

describe('canvas drawings follow the theme', () => {
  it('covers the chart and the map', () => {
    expect(drawn.map((e) => e.tag)).to.have.members(['plc-conditions-radar', 'plc-network-map']);
  });

  for (const example of drawn) {
    it(`<${example.tag}> repaints in the dark theme’s colours when the theme switches at runtime`, async function () {
      this.timeout(30000);
      const { container, remove } = mount(html`${example.render(uniqueKey('canvas'))}`);
      const el = container.querySelector<HTMLElement>(example.tag)!;
      try {
        await settle(container);
        expect(canvases(el), 'it draws on a canvas').to.not.be.empty;
        const light = seriesHex('light');
        const dark = seriesHex('dark');
        const paints = (hexes: string[]) => {
          const painted = paintedColours(el);
          return hexes.filter((h) => (painted.get(rgb(h)) ?? 0) > 0);
        };
        await until(() => paints(light).length > 0, 'the light theme’s series colours are painted');
        const lightPainted = paints(light);

        el.setAttribute('theme', 'dark');
        await settle(container);
        await until(() => paints(dark).length > 0, 'the dark theme’s series colours are painted');
        expect(paints(light), 'no light-theme series colour is left').to.deep.equal([]);
        expect(paints(dark).length, 'as many series colours as before').to.equal(lightPainted.length);

        el.setAttribute('theme', 'light');
        await settle(container);
        await until(() => paints(light).length === lightPainted.length && paints(dark).length === 0, 'back to the light colours');
      } finally {
        remove();
      }
    });
  }

  for (const example of drawn) {
    it(`<${example.tag}> paints with the user’s system colours in forced-colours mode`, async function () {
      this.timeout(30000);
      await emulateMedia({ forcedColors: 'active' } as never);
      const { container, remove } = mount(html`<p class="probe">x</p>${example.render(uniqueKey('forced'))}`);
      const el = container.querySelector<HTMLElement>(example.tag)!;
      try {
        await settle(container);
        const probe = container.querySelector<HTMLElement>('.probe')!;
        const system = ['CanvasText', 'LinkText', 'GrayText', 'VisitedText', 'ButtonText'].map((name) => {
          probe.style.color = name;
          return getComputedStyle(probe).color;
        });
        const painted = () => paintedColours(el);
        await until(() => system.some((c) => (painted().get(c) ?? 0) > 20), 'a system colour is painted');
        const light = seriesHex('light').map(rgb);
        expect(light.filter((c) => painted().has(c)), 'no theme colour is painted').to.deep.equal([]);
      } finally {
        remove();
        await emulateMedia({ forcedColors: 'none' } as never);
      }
    });
  }

  for (const example of drawn) {
    it(`<${example.tag}> repaints when the page sets a series colour at runtime, with no theme change`, async function () {
      this.timeout(30000);
      const { container, remove } = mount(html`${example.render(uniqueKey('runtime'))}`);
      const el = container.querySelector<HTMLElement>(example.tag)!;
      try {
        await settle(container);
        const first = rgb(seriesHex('light')[0]!);
        await until(() => (paintedColours(el).get(first) ?? 0) > 0, 'the first series colour is painted');
        // Colours no theme uses, set the way a host page themes the kit: on an ancestor.
        const ours = ['rgb(201, 17, 133)', 'rgb(17, 133, 201)', 'rgb(133, 201, 17)', 'rgb(90, 90, 20)', 'rgb(20, 90, 90)', 'rgb(90, 20, 90)'];
        container.style.setProperty('--plc-series', ours.join(', '));
        await until(() => (paintedColours(el).get(ours[0]!) ?? 0) > 0, 'the page’s series colour is painted');
        expect(paintedColours(el).get(first) ?? 0, 'the old colour is gone').to.equal(0);
      } finally {
        remove();
      }
    });
  }
});

// Canvas drawings follow the theme: `tokenWatchStyles()` + `watchTokens()` tell an element when a
// token it draws with changes, whatever changed it, without any event reaching the host page.
import { expect, fixture, html } from '@open-wc/testing';
import { css } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { PlcElement, defineElement } from '@plc-kit/elements';
import { tokenWatchStyles, watchTokens } from '../packages/elements/src/base/tokens.styles.js';

/** Draws nothing; records the accent and grid colour it would draw with, each time it is told to. */
class PlcTokenCanvas extends PlcElement {
  static override styles = [
    ...PlcElement.styles,
    css`
      :host {
        --_grid-color: var(--plc-test-grid, gray);
      }
    `,
    tokenWatchStyles('--_grid-color'),
  ];
  draws: { accent: string; grid: string }[] = [];
  #unwatch?: () => void;
  override connectedCallback(): void {
    super.connectedCallback();
    this.#unwatch = watchTokens(this, () => this.draw());
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
  }
  draw(): void {
    this.draws.push({ accent: this.token('--_color-accent'), grid: this.token('--_grid-color') });
  }
  protected override renderContent() {
    return html`<canvas aria-hidden="true" width="10" height="10"></canvas>`;
  }
}
defineElement('plc-token-canvas', PlcTokenCanvas);

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r, 20));
};

describe('token watch (canvas drawings follow the theme)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' } as never));

  async function setup() {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><plc-token-canvas storage="none"></plc-token-canvas></div>`,
    );
    const el = wrapper.querySelector<PlcTokenCanvas>('plc-token-canvas')!;
    await el.updateComplete;
    await settle();
    el.draws = [];
    const pageHeard: string[] = [];
    wrapper.addEventListener('transitionend', (e) => pageHeard.push((e as TransitionEvent).propertyName));
    wrapper.addEventListener('transitionrun', (e) => pageHeard.push((e as TransitionEvent).propertyName));
    return { wrapper, el, pageHeard };
  }

  it('hears the page setting a token, reads the new value, and keeps the events from the page', async () => {
    const { wrapper, el, pageHeard } = await setup();
    wrapper.style.setProperty('--plc-color-accent', 'rgb(1, 2, 3)');
    await settle();
    expect(el.draws.length, 'one redraw').to.equal(1);
    expect(el.draws[0]!.accent).to.equal('rgb(1, 2, 3)');
    expect(pageHeard, 'transition events seen by the page').to.deep.equal([]);
  });

  it('hears a theme switch, a device dark mode under `auto`, and forced colours', async () => {
    const { el } = await setup();
    el.theme = 'dark';
    await settle();
    expect(el.draws.at(-1)?.accent).to.equal('#7cb8f7');
    el.theme = 'auto';
    await settle();
    expect(el.draws.at(-1)?.accent).to.equal('#0b5cad');
    await emulateMedia({ colorScheme: 'dark' });
    await settle();
    expect(el.draws.at(-1)?.accent).to.equal('#7cb8f7');
    await emulateMedia({ forcedColors: 'active' } as never);
    await settle();
    expect(el.draws.at(-1)?.accent).to.equal('Highlight');
  });

  it('hears the element’s own drawn tokens, and nothing else', async () => {
    const { wrapper, el } = await setup();
    wrapper.style.setProperty('--plc-test-grid', 'rgb(4, 5, 6)');
    await settle();
    expect(el.draws.map((d) => d.grid)).to.deep.equal(['rgb(4, 5, 6)']);
    wrapper.style.setProperty('--plc-space-m', '40px');
    wrapper.style.setProperty('--plc-radius', '0');
    await settle();
    expect(el.draws.length, 'spacing and radius do not redraw a canvas').to.equal(1);
  });

  it('stops calling once stopped', async () => {
    const { wrapper, el } = await setup();
    let calls = 0;
    const stop = watchTokens(el, () => calls++);
    wrapper.style.setProperty('--plc-color-text', 'rgb(7, 8, 9)');
    await settle();
    expect([calls, el.draws.length]).to.deep.equal([1, 1]);
    stop();
    wrapper.style.setProperty('--plc-color-text', 'rgb(9, 9, 9)');
    await settle();
    expect([calls, el.draws.length]).to.deep.equal([1, 2]);
  });
});

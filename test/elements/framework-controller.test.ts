// FrameworkController with built-ins that load on demand: the default paints at once, another one
// arrives after "loading", and one whose chunk cannot be fetched is a readable message, not a throw,
// with the default kept on screen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { conditionsForSuccess, type RatingFramework } from '@plc-kit/core';
import { PlcElement, defineElement } from '@plc-kit/elements';
import { FrameworkController } from '../../packages/elements/src/base/framework-controller.js';
import { withInlineJson } from '../helpers/inline.js';

const other: RatingFramework = { ...conditionsForSuccess, id: 'other', title: { en: 'Another framework', cy: 'Fframwaith arall' } };
let release: () => void = () => {};

class PlcFrameworkProbe extends PlcElement {
  @property() framework?: string;
  @property() src?: string;
  readonly frameworks = new FrameworkController(
    this,
    'rating',
    {
      [conditionsForSuccess.id]: conditionsForSuccess,
      other: () => new Promise<RatingFramework>((resolve) => (release = () => resolve(other))),
      broken: () => Promise.reject(new Error('chunk failed to load')),
    },
    conditionsForSuccess.id,
  );
  protected override renderContent() {
    const fw = this.frameworks.value;
    return fw ? litHtml`<h2>${fw.title.en}</h2>` : this.frameworks.loading ? litHtml`<p role="status">loading</p>` : litHtml``;
  }
}
defineElement('plc-framework-probe', PlcFrameworkProbe);

const heading = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent;
const alertText = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

describe('FrameworkController with built-ins loaded on demand', () => {
  it('paints the default at once, with nothing to wait for', async () => {
    const el = await fixture<PlcFrameworkProbe>(html`<plc-framework-probe storage="none"></plc-framework-probe>`);
    expect(heading(el)).to.equal(conditionsForSuccess.title.en);
    expect(el.frameworks.loading).to.equal(false);
  });

  it('shows loading while another built-in arrives, then shows it', async () => {
    const el = await fixture<PlcFrameworkProbe>(html`<plc-framework-probe storage="none" framework="other"></plc-framework-probe>`);
    expect(el.frameworks.loading).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
    release();
    await waitUntil(() => heading(el) === 'Another framework', 'the loaded framework is shown');
    expect(el.frameworks.loading).to.equal(false);
  });

  it('a built-in that cannot be fetched is a readable message; the default stays on screen and nothing throws', async () => {
    const el = await fixture<PlcFrameworkProbe>(html`<plc-framework-probe storage="none" framework="broken"></plc-framework-probe>`);
    await waitUntil(() => alertText(el).includes('could not be loaded'), 'the failure is reported');
    expect(alertText(el)).to.contain('chunk failed to load');
    expect(heading(el)).to.equal(conditionsForSuccess.title.en);
    await expect(el).to.be.accessible();
  });
});

describe('FrameworkController with a framework of the wrong kind', () => {
  it('lists it as a problem, naming both kinds in the element’s language', async () => {
    const checklist = { ...conditionsForSuccess, kind: 'checklist' };
    for (const [lang, words] of [
      ['en', 'This needs a rating framework, but this one is a checklist framework.'],
      ['cy', 'Mae angen fframwaith sgorio yma, ond fframwaith rhestr wirio yw hwn.'],
    ] as const) {
      const el = withInlineJson<PlcFrameworkProbe>('plc-framework-probe', checklist, { storage: 'none', lang });
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => alertText(el).length > 0, 'the message', { timeout: 10000 });
      expect(alertText(el)).to.contain(words);
      expect(heading(el), 'a page that asked for its own framework is not shown another').to.equal(undefined);
    }
  });
});

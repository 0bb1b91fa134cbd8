// Loaded by csp.test.ts into the strict-CSP page: the same dynamic styles through Lit's styleMap and
// through the kit's cssProps, so the test can show which one a strict style-src refuses.
import { LitElement, html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { cssProps } from '../../../packages/elements/src/base/css-props.js';

class StyleDemo extends LitElement {
  static override properties = { width: { type: Number }, useStyleMap: { type: Boolean, attribute: 'use-style-map' } };
  width = 40;
  useStyleMap = false;
  override render() {
    const values = { inlineSize: `${this.width}px`, '--_demo': String(this.width), blockSize: this.width > 50 ? '10px' : undefined };
    return html`<div id="bar" style=${this.useStyleMap ? styleMap(values) : cssProps(values)}></div>`;
  }
}
customElements.define('style-demo', StyleDemo);

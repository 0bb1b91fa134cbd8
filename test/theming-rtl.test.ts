// Right-to-left: each element, under `dir="rtl"`, lays out as the mirror image of its left-to-right
// layout: every box sits as far from the right edge as it sat from the left (logical properties).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { describeNode, elementExamples, mount, renderedNodes, settle, uniqueKey } from './theming.support.js';

const BOXES = /^(block|flex|grid|list-item|table|inline-block|inline-flex|inline-grid|table-cell|table-row|flow-root)$/;

/** Boxes of the element's block-level and inline-block nodes: offset from the start edge, width, top, height. */
function boxes(host: Element, dir: 'ltr' | 'rtl'): Map<string, number[]> {
  const origin = host.getBoundingClientRect();
  const out = new Map<string, number[]>();
  renderedNodes(host).forEach((el, i) => {
    const style = getComputedStyle(el);
    if (!BOXES.test(style.display) || style.position === 'fixed' || el.localName === 'option') return;
    const box = el.getBoundingClientRect();
    // Nothing to see: an empty box, or a visually hidden one (clipped to a pixel) for screen readers.
    if (box.width <= 2 && box.height <= 2) return;
    const fromStart = dir === 'ltr' ? box.left - origin.left : origin.right - box.right;
    out.set(`${i} ${describeNode(el)}`, [fromStart, box.width, box.top - origin.top, box.height]);
  });
  return out;
}

async function layoutIn(render: (key: string) => unknown, tag: string, dir: 'ltr' | 'rtl') {
  const { container, remove } = mount(html`<div dir=${dir} lang="en">${render(uniqueKey(`rtl-${dir}`))}</div>`);
  try {
    await settle(container);
    await new Promise((r) => setTimeout(r, 100));
    await settle(container);
    const host = container.querySelector(tag)!;
    expect(getComputedStyle(host).direction).to.equal(dir);
    return boxes(host, dir);
  } finally {
    remove();
  }
}

describe('right-to-left layout', () => {
  for (const example of elementExamples) {
    it(`<${example.tag}> mirrors its layout under dir="rtl"`, async () => {
      const ltr = await layoutIn(example.render, example.tag, 'ltr');
      const rtl = await layoutIn(example.render, example.tag, 'rtl');
      expect(ltr.size, 'boxes measured').to.be.greaterThan(3);
      // Within 2.5px: engines place some boxes (a fieldset's legend in Firefox) a pixel or two apart by direction.
      const close = (a: number[], b: number[] | undefined) => !!b && a.every((n, i) => Math.abs(n - b[i]!) <= 2.5);
      const show = (v: number[] | undefined) => v?.map((n) => Math.round(n)).join(' ');
      const unmirrored = [...ltr]
        .filter(([k, v]) => !close(v, rtl.get(k)))
        .map(([k, v]) => `${k}: ltr ${show(v)} / rtl ${show(rtl.get(k))} (from start edge, width, top, height)`);
      expect(unmirrored, `boxes of <${example.tag}> that do not mirror`).to.deep.equal([]);
    });
  }
});

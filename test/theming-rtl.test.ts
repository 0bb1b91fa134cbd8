// Right-to-left: each element, under `dir="rtl"`, lays out as the mirror image of its left-to-right
// layout: every box sits as far from the right edge as it sat from the left (logical properties).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { describeNode, elementExamples, mount, renderedNodes, settle, uniqueKey } from './theming.support.js';

const BOXES = /^(block|flex|grid|list-item|table|inline-block|inline-flex|inline-grid|table-cell|table-row|flow-root)$/;

/** Boxes of the element's block-level and inline-block nodes: offset from the start edge, width, top, height. */
function boxes(host: Element, dir: 'ltr' | 'rtl'): Map<string, string> {
  const origin = host.getBoundingClientRect();
  const out = new Map<string, string>();
  renderedNodes(host).forEach((el, i) => {
    const style = getComputedStyle(el);
    if (!BOXES.test(style.display) || style.position === 'fixed' || el.localName === 'option') return;
    const box = el.getBoundingClientRect();
    if (!box.width && !box.height) return;
    const fromStart = dir === 'ltr' ? box.left - origin.left : origin.right - box.right;
    out.set(`${i} ${describeNode(el)}`, [fromStart, box.width, box.top - origin.top, box.height].map((n) => Math.round(n / 2) * 2).join(' '));
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
      const unmirrored = [...ltr]
        .filter(([k, v]) => rtl.get(k) !== v)
        .map(([k, v]) => `${k}: ltr ${v} / rtl ${rtl.get(k)} (from start edge, width, top, height)`);
      expect(unmirrored, `boxes of <${example.tag}> that do not mirror`).to.deep.equal([]);
    });
  }
});

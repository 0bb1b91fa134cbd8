// <plc-network-map> given 20,000 schools and no ties at all (every school an island): the map is drawn
// in pieces, so the page never freezes for more than 100 ms of a quiet machine's time (scaled by the
// load measured around the test, as the robustness tests do) without a progress bar on screen — not
// while it is first drawn, and not when a zoom redraws it with no bar. 20,000 islands' dashed rings
// in one path once took about a second to rasterise in a single task. The figures are printed.
import { expect } from '@open-wc/testing';
import { PlcNetworkMap } from '@plc-kit/elements';
import '@plc-kit/elements/network-map/define.js';
import { settle, until } from '../security/harness.js';
import { loadFactor, watchFreezes, type Freeze } from '../robustness/support.js';

const busy = (el: Element) => !!el.shadowRoot?.querySelector('[part~="progress"][role="progressbar"], [aria-busy="true"]');

/** Canvas pixels within a few steps of a colour (the rings are antialiased). */
function pixelsNear(canvas: HTMLCanvasElement, colour: string): number {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = colour;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - r!) + Math.abs(d[i + 1]! - g!) + Math.abs(d[i + 2]! - b!) <= 24) n++;
  return n;
}

describe('<plc-network-map> 20,000 schools with no ties', () => {
  beforeEach(() => {
    PlcNetworkMap.workerUrl = new URL('/packages/elements/src/network-map/layout.worker.ts', location.origin);
  });
  afterEach(() => {
    PlcNetworkMap.workerUrl = undefined;
    document.querySelectorAll('plc-network-map').forEach((el) => el.remove());
  });

  it('is drawn, and redrawn after a zoom, without freezing the page with no progress bar on screen', async function () {
    this.timeout(300000);
    const data = { schools: Array.from({ length: 20000 }, (_, i) => ({ id: `s${i}`, name: `Ysgol ${i}` })), plcs: [], members: [] };
    const el = document.createElement('plc-network-map') as PlcNetworkMap;
    el.setAttribute('storage', 'none');
    document.body.append(el);
    await el.updateComplete;
    const factor = loadFactor();
    await settle(window, 50); // the test's own preparation (and the load measure) is not the element's freeze
    const freezes = watchFreezes(el, busy);
    const start = performance.now();
    el.data = data;
    await until(async () => {
      await settle(window, 100);
      return !busy(el) && el.positions().size === 20000;
    }, 'the 20,000-school map to be drawn', 280000);
    await el.layoutComplete;
    const drawn = performance.now() - start;
    // A zoom shows the cached drawing at once, then redraws it in full once the view rests: no bar then.
    el.zoom(1.25);
    await settle(window, 300);
    await el.layoutComplete;
    await settle(window, 200);
    const found: Freeze[] = freezes.stop();
    const limit = 100 * Math.max(factor, loadFactor());
    const longest = found.reduce((m, f) => Math.max(m, f.duration), 0);
    console.log(
      `[network-map] 20,000 schools, no ties: drawn after ${Math.round(drawn)} ms; ${found.length} tasks over 100 ms (longest ${longest} ms, load ×${factor.toFixed(1)})`,
    );
    expect(freezes.sawProgress, 'a progress bar was shown while it worked').to.equal(true);
    const bad = found.filter((f) => !f.indicated && f.duration > limit).map((f) => `${f.duration} ms`);
    expect(bad, `the page froze with no progress bar on screen (limit ${Math.round(limit)} ms)`).to.deep.equal([]);
    // Every school is an island, and their rings are drawn.
    const isolated = getComputedStyle(el).getPropertyValue('--_map-isolated').trim();
    expect(pixelsNear(el.shadowRoot!.querySelector('canvas')!, isolated)).to.be.greaterThan(1000);
  });
});

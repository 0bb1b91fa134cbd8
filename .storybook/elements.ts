// Every element of the kit, registered, with a small realistic example of each: what the theme
// builder and the example themes restyle, and what the theming tests paint and measure. When an
// element lands, add it here; test/theming.test.ts fails while a tag in the manifest is missing.
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import {
  DEFAULT_CYCLE,
  DEFAULT_RATING,
  createPlc,
  insertPlc,
  type NetworkData,
  type Plc,
  type RatingResponse,
  type WorkspaceStore,
} from '@plc-kit/core';
import { cycleFrameworks, ratingFrameworks } from '@plc-kit/core/frameworks';
import '@plc-kit/elements/provider/define.js';
import '@plc-kit/elements/checklist/define.js';
import '@plc-kit/elements/conditions-radar/define.js';
import '@plc-kit/elements/enquiry-cycle/define.js';
import '@plc-kit/elements/network-map/define.js';

export interface ElementExample {
  tag: string;
  /** A heading for the example (English; the element itself follows the language). */
  title: string;
  /** `key` is unique to this rendering: use it for any storage key. May show the element more than once (e.g. in two modes). */
  render: (key: string) => TemplateResult;
}

/** Two waves of a PLC's ratings of the default framework: deterministic, with some spread. */
function ratings(): RatingResponse[] {
  const framework = ratingFrameworks[DEFAULT_RATING]!;
  const out: RatingResponse[] = [];
  for (const [w, wave] of ['Start of cycle', 'End of cycle'].entries()) {
    for (let person = 0; person < 6; person++) {
      out.push({
        id: `example-${w}-${person}`,
        framework: framework.id,
        wave,
        ratings: Object.fromEntries(
          framework.axes.map((axis, i) => [axis.id, Math.min(framework.scale.max, Math.max(framework.scale.min, 2 + w + ((person + i) % 3) - 1))]),
        ),
        at: `2026-${w ? '03' : '09'}-15T15:30:00Z`,
      });
    }
  }
  return out;
}

/** A PLC just formed, put in whichever workspace the element ends up using (its provider's or its own). */
function withPlc(el: Element | undefined): void {
  if (!el) return;
  // After the element connects, so a provider's context has been found.
  queueMicrotask(() => {
    const store = (el as unknown as { store: WorkspaceStore }).store;
    if (store.state.plcs.some((p) => p.id === 'reading-y5-6')) return;
    const made = createPlc(cycleFrameworks[DEFAULT_CYCLE]!, { id: 'reading-y5-6', name: 'Reading for pleasure (Y5–6)' }, new Date(2026, 0, 5, 16), 'Siân Jones');
    if (made.ok) store.update((ws) => {
      const next = insertPlc(ws, made.plc);
      return next.ok ? next.workspace : ws;
    });
  });
}

const plc = (id: string, name: string, schools: string[], members: string[] = []): Plc => ({
  id,
  name,
  kind: 'plc',
  members,
  schools,
  status: 'active',
  pastCycles: [],
  history: [],
  notes: '',
});

/** Six schools in two clusters, joined by five PLCs, one school on its own. */
const network = (): NetworkData => ({
  schools: [
    { id: 'A', name: 'Ysgol Aber', cluster: 'North', phase: 'primary' },
    { id: 'B', name: 'Ysgol Bryn', cluster: 'North', phase: 'secondary' },
    { id: 'C', name: 'Ysgol Cwm', cluster: 'South', phase: 'primary' },
    { id: 'D', name: 'Ysgol Dyffryn', cluster: 'South', phase: 'primary' },
    { id: 'E', name: 'Ysgol Eithin', cluster: 'South', phase: 'primary' },
    { id: 'F', name: 'Ysgol Ffynnon', cluster: 'North', phase: 'primary' },
  ],
  members: [
    { id: 'm1', name: 'Ann', school: 'A' },
    { id: 'm2', name: 'Bryn', school: 'A' },
    { id: 'm3', name: 'Cerys', school: 'B' },
    { id: 'm4', name: 'Dai', school: 'C' },
  ],
  plcs: [
    plc('p1', 'Reading', [], ['m1', 'm3']),
    plc('p2', 'Numeracy', ['A'], ['m2', 'm3']),
    plc('p3', 'Oracy', ['B', 'C']),
    plc('p4', 'Science', ['C', 'D'], ['m4']),
    plc('p5', 'Cymraeg', ['A', 'F']),
  ],
});

export const elementExamples: ElementExample[] = [
  {
    tag: 'plc-checklist',
    title: 'Checklist',
    render: (key) => html`<plc-checklist storage="none" storage-key=${key} heading-level="3"></plc-checklist>`,
  },
  {
    tag: 'plc-conditions-radar',
    title: 'Conditions radar',
    render: (key) =>
      html`<plc-conditions-radar storage="none" storage-key=${key} mode="results" compare="wave" .responses=${ratings()}></plc-conditions-radar>
        <plc-conditions-radar storage="none" storage-key=${`${key}-rate`} mode="rate"></plc-conditions-radar>`,
  },
  {
    tag: 'plc-enquiry-cycle',
    title: 'Enquiry cycle',
    render: (key) =>
      html`<plc-enquiry-cycle
        storage="none"
        storage-key=${key}
        plc="reading-y5-6"
        now="2026-03-10T10:00:00"
        heading-level="3"
        ${ref(withPlc)}
      ></plc-enquiry-cycle>`,
  },
  {
    tag: 'plc-network-map',
    title: 'Network map',
    render: (key) =>
      html`<plc-network-map storage="none" storage-key=${key} map-key=${key} no-worker .data=${network()}></plc-network-map>`,
  },
];

// Every element of the kit, registered, with a small realistic example of each: what the theme
// builder and the example themes restyle, and what the theming tests paint and measure. When an
// element lands, add it here; test/theming.test.ts fails while a tag in the manifest is missing.
import { html, type TemplateResult } from 'lit';
import { DEFAULT_RATING, ratingFrameworks, type RatingResponse } from '@plc-kit/core';
import '@plc-kit/elements/provider/define.js';
import '@plc-kit/elements/conditions-radar/define.js';

export interface ElementExample {
  tag: string;
  /** A heading for the example (English; the element itself follows the language). */
  title: string;
  /** `key` is unique to this rendering: use it for any storage key. */
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

export const elementExamples: ElementExample[] = [
  {
    tag: 'plc-conditions-radar',
    title: 'Conditions radar',
    render: (key) =>
      html`<plc-conditions-radar storage="none" storage-key=${key} mode="results" compare="wave" .responses=${ratings()}></plc-conditions-radar>`,
  },
];

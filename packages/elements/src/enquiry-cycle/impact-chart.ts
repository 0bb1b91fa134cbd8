import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatMeasure, targetReached, type ImpactMeasure, type Lang } from '@plc-kit/core';

export interface ChartWords {
  before: string;
  after: string;
  target: string;
  label: string;
}

const WIDTH = 360;
const LABEL = 64;
const VALUE_ROOM = 84;
const ROW = 64;

/**
 * A small before/now bar chart per measure, drawn as inline SVG (no chart library). Bars are told
 * apart by their words ("Before", "Now") and their fill (outline vs solid), never by colour alone;
 * the target is a dashed line. The table that follows it in the element carries the same figures.
 */
export function impactChart(measures: ImpactMeasure[], lang: Lang, words: ChartWords): TemplateResult | typeof nothing {
  const drawn = measures.filter((m) => m.baseline !== undefined || m.latest !== undefined);
  if (!drawn.length) return nothing;
  const height = drawn.length * ROW + 8;
  const rows = drawn.map((m, i) => measureRow(m, i * ROW + 4, lang, words));
  return html`<svg
    part="chart"
    class="chart"
    viewBox="0 0 ${WIDTH} ${height}"
    role="img"
    aria-label=${words.label}
    preserveAspectRatio="xMinYMin meet"
  >
    ${rows}
  </svg>`;
}

function measureRow(m: ImpactMeasure, y: number, lang: Lang, words: ChartWords): SVGTemplateResult {
  const values = [m.baseline, m.latest, m.target].filter((v): v is number => v !== undefined);
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (max === min) max = min + 1;
  const span = WIDTH - LABEL - VALUE_ROOM;
  const x = (v: number) => LABEL + ((v - min) / (max - min)) * span;
  const zero = x(0);
  const bar = (value: number | undefined, top: number, cls: string, word: string) => {
    if (value === undefined) return svg`<text class="bar-word" x="0" y=${top + 10}>${word}</text><text class="bar-value" x=${LABEL} y=${top + 10}>—</text>`;
    const start = Math.min(zero, x(value));
    const w = Math.max(1, Math.abs(x(value) - zero));
    return svg`<text class="bar-word" x="0" y=${top + 10}>${word}</text>
      <rect class=${cls} x=${start} y=${top} width=${w} height="12" rx="2"></rect>
      <text class="bar-value" x=${Math.max(zero, x(value)) + 4} y=${top + 10}>${formatMeasure(lang, value, m.unit)}</text>`;
  };
  const met = targetReached(m);
  const target =
    m.target === undefined
      ? nothing
      : svg`<line class="target" x1=${x(m.target)} x2=${x(m.target)} y1=${y + 16} y2=${y + 50}></line>`;
  const title = m.target === undefined ? m.name : `${m.name} · ${words.target} ${formatMeasure(lang, m.target, m.unit)}${met ? ' ✓' : ''}`;
  return svg`<g class="measure">
    <text class="measure-name" x="0" y=${y + 11}>${title}</text>
    ${bar(m.baseline, y + 19, 'bar before', words.before)}
    ${bar(m.latest, y + 37, 'bar after', words.after)}
    ${target}
  </g>`;
}

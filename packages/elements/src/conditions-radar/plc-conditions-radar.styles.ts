import { css } from 'lit';

export const radarStyles = css`
  :host {
    --_grid-color: var(--plc-radar-grid-color, var(--_color-border));
    --_reference-color: var(--plc-radar-reference-color, var(--_color-text));
    --_band-opacity: var(--plc-radar-band-opacity, 0.2);
    --_size: var(--plc-radar-size, 34em);
    container-type: inline-size;
  }
  .header {
    margin-block-end: var(--_space-m);
  }
  .heading {
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 var(--_space-s);
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .for {
    font-weight: 600;
  }
  .rate {
    display: grid;
    gap: var(--_space-l);
  }
  @container (min-width: 44em) {
    .rate {
      grid-template-columns: minmax(0, 3fr) minmax(14em, 2fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      top: var(--_space-m);
    }
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
  }
  legend {
    font-weight: 700;
    padding: 0 var(--_space-xs);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
  }
  .scale label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 2.25em;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .scale label:has(:checked) {
    background: var(--_color-surface-raised);
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
  }
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .about label,
  .controls label {
    display: grid;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }
  .controls,
  .actions,
  .legend,
  .legend [role='group'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-block: var(--_space-s);
  }
  .legend [role='group'] {
    gap: var(--_space-s);
    margin: 0;
  }
  .chart {
    width: 100%;
    max-width: var(--_size);
  }
  canvas {
    display: block;
  }
  .hover {
    min-height: 1.5em;
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 0.6em;
    margin-inline-end: var(--_space-xs);
    vertical-align: middle;
    border-radius: 2px;
    background: var(--_swatch, currentColor);
    border: 2px solid var(--_swatch, currentColor);
  }
  button[aria-pressed='false'] .swatch {
    background: transparent;
  }
  button[aria-pressed='true'] {
    border-color: var(--_color-text);
  }
  .ring {
    height: 0;
    background: none;
    border: 0;
    border-top: 2px dashed var(--_reference-color);
  }
  .band {
    height: 0.9em;
    border: 0;
    background: var(--_color-text);
    opacity: var(--_band-opacity);
  }
  .table {
    border-collapse: collapse;
    margin-block: var(--_space-m);
    font-variant-numeric: tabular-nums;
  }
  td {
    white-space: nowrap;
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-bottom: 1px solid var(--_color-border);
    text-align: end;
  }
  th[scope='row'],
  th[scope='rowgroup'],
  caption {
    text-align: start;
  }
  th[scope='rowgroup'] {
    background: var(--_color-surface-raised);
  }
  caption {
    font-weight: 700;
    padding-block-end: var(--_space-xs);
  }
  .empty {
    padding: var(--_space-m);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
`;

import { css } from 'lit';

export const networkMapStyles = css`
  :host {
    --_map-height: var(--plc-network-map-height, 480px);
    --_map-within: var(--plc-network-map-within-color, var(--_color-success));
    --_map-between: var(--plc-network-map-between-color, var(--_color-text-muted));
    --_map-across: var(--plc-network-map-across-color, var(--_color-warning));
    --_map-isolated: var(--plc-network-map-isolated-color, var(--_color-danger));
    --_map-plc: var(--plc-network-map-plc-color, var(--_color-text));
    container-type: inline-size;
  }
  [role='heading'] {
    margin: 0 0 var(--_space-s);
    line-height: 1.25;
    font-family: var(--_font-family-heading, inherit);
    font-weight: var(--_font-weight-heading, 700);
    font-size: var(--_font-size);
  }
  .title {
    font-size: var(--_font-size-large);
  }
  .h {
    margin-block-start: var(--_space-m);
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  .summary,
  .hint,
  .note,
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: flex-end;
    margin-block-end: var(--_space-m);
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: flex-end;
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  fieldset.group {
    border: var(--_border-width, 1px) solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s) var(--_space-s);
  }
  legend {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    padding-inline: var(--_space-xs);
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 2px;
    font-size: var(--_font-size-small);
  }
  label.radio {
    flex-direction: row;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 24px;
    font-size: var(--_font-size);
  }
  input[type='radio'] {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
  }
  select,
  input[type='search'] {
    min-block-size: 32px;
    font-size: var(--_font-size);
  }
  .search {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: var(--_font-size-small);
  }
  .search input {
    min-inline-size: 14em;
  }
  .results {
    list-style: none;
    margin: var(--_space-xs) 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .results button {
    text-align: start;
    inline-size: 100%;
  }
  .zoom button {
    min-inline-size: 36px;
  }
  .import .hint {
    flex-basis: 100%;
    max-inline-size: 40em;
    margin: 0;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(14em, 22em);
    gap: var(--_space-m);
    align-items: start;
  }
  @container (max-width: 46em) {
    .body {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .map {
    position: relative;
    block-size: var(--_map-height);
    border: var(--_border-width, 1px) solid var(--_color-border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_color-surface);
  }
  .map.dragging {
    outline: 3px dashed var(--_color-accent);
    outline-offset: -6px;
  }
  canvas {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    touch-action: none;
    cursor: grab;
  }
  canvas:active {
    cursor: grabbing;
  }
  canvas:focus-visible {
    outline: var(--_focus-ring, 3px solid var(--_color-focus));
    outline-offset: -4px;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: var(--_space-l);
    text-align: center;
    color: var(--_color-text-muted);
    margin: 0;
  }
  .progress {
    position: absolute;
    inset-inline: var(--_space-m);
    inset-block-start: var(--_space-m);
    block-size: 8px;
    border-radius: 4px;
    background: var(--_color-surface-raised);
    border: 1px solid var(--_color-border);
    overflow: hidden;
  }
  .progress .bar {
    block-size: 100%;
    background: var(--_color-accent);
  }
  /* What the bar stands for, under it (the bar's own name says the same to a screen reader). */
  .progress-label {
    position: absolute;
    inset-inline-start: var(--_space-m);
    inset-block-start: calc(var(--_space-m) + 12px);
    margin: 0;
    padding: 0 var(--_space-xs);
    border-radius: 4px;
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    font-size: 0.875em;
  }
  .tooltip {
    /* Physical: the map's x and y run left to right in every writing direction. */
    position: absolute;
    top: 0;
    left: 0;
    max-inline-size: 220px;
    pointer-events: none;
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: var(--_elevation);
    padding: var(--_space-xs) var(--_space-s);
    font-size: var(--_font-size-small);
  }
  .drop {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--_color-surface) 85%, transparent);
    font-weight: 700;
    pointer-events: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    font-size: var(--_font-size-small);
    margin-block: var(--_space-s);
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .line {
    display: inline-block;
    inline-size: 24px;
    block-size: 3px;
    border-radius: 2px;
  }
  .line.within {
    background: var(--_map-within);
  }
  .line.between {
    background: var(--_map-between);
  }
  .line.across {
    background: var(--_map-across);
  }
  .ring {
    display: inline-block;
    inline-size: 14px;
    block-size: 14px;
    border-radius: 50%;
  }
  .ring.within {
    border: 3px solid var(--_map-within);
  }
  .ring.isolated {
    border: 2px dashed var(--_map-isolated);
  }
  .square {
    display: inline-block;
    inline-size: 12px;
    block-size: 12px;
    background: var(--_map-plc);
  }
  .dot {
    display: inline-block;
    inline-size: 12px;
    block-size: 12px;
    border-radius: 50%;
    forced-color-adjust: none;
  }
  .panel {
    border: var(--_border-width, 1px) solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    background: var(--_color-surface-raised);
    max-block-size: calc(var(--_map-height) + 6em);
    overflow: auto;
  }
  .panel-name {
    font-size: var(--_font-size-large);
    margin-block-start: 0;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-s);
  }
  .facts dt {
    color: var(--_color-text-muted);
  }
  .facts dd {
    margin: 0;
  }
  .plc-list,
  .partner-list {
    margin: 0 0 var(--_space-s);
    padding-inline-start: var(--_space-l);
  }
  .inline-list {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  button.link {
    background: none;
    border: 0;
    padding: 2px 0;
    min-block-size: 24px;
    min-inline-size: 0;
    color: var(--_color-accent);
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
    font: inherit;
  }
  .measures,
  .table,
  .export {
    margin-block-start: var(--_space-l);
  }
  .measures .facts {
    grid-template-columns: minmax(12em, auto) 1fr;
  }
  table {
    border-collapse: collapse;
    font-size: var(--_font-size-small);
    inline-size: 100%;
  }
  caption {
    text-align: start;
    padding-block: var(--_space-xs);
    color: var(--_color-text-muted);
  }
  th,
  td {
    border-block-end: 1px solid var(--_color-border);
    padding: var(--_space-xs) var(--_space-s);
    text-align: start;
    vertical-align: top;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  tr[aria-current='true'] {
    background: var(--_color-surface-raised);
  }
  .scroll {
    overflow: auto;
    max-block-size: 32em;
  }
  summary {
    cursor: pointer;
    min-block-size: 24px;
    font-weight: 700;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block-start: var(--_space-s);
  }
  [hidden] {
    display: none !important;
  }
`;

import { css } from 'lit';

export const enquiryCycleStyles = css`
  :host {
    --_done-color: var(--plc-cycle-done-color, var(--_color-success));
    --_current-color: var(--plc-cycle-current-color, var(--_color-accent));
    --_upcoming-color: var(--plc-cycle-upcoming-color, var(--_color-text-muted));
    --_marker-size: var(--plc-cycle-marker-size, 2em);
    --_before-color: var(--plc-cycle-before-color, var(--_color-text-muted));
    --_after-color: var(--plc-cycle-after-color, var(--_color-accent));
    --_target-color: var(--plc-cycle-target-color, var(--_color-success));
  }
  .base {
    display: grid;
    gap: var(--_space-m);
  }
  .heading {
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
  }
  .heading.h0 {
    font-size: var(--_font-size-large);
  }
  .heading.h1 {
    font-size: calc(var(--_font-size) * 1.125);
    margin-block: var(--_space-m) var(--_space-s);
  }
  .heading.h2 {
    font-size: var(--_font-size);
    margin-block: var(--_space-m) var(--_space-xs);
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--_focus-ring);
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  .muted,
  .hint {
    color: var(--_color-text-muted);
  }
  .hint {
    font-size: var(--_font-size-small);
    margin: 0;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .header .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    color: var(--_color-text-muted);
    margin: var(--_space-xs) 0 0;
  }
  .status {
    font-weight: 600;
    color: var(--_color-text);
  }
  .status::before {
    content: '● ';
  }
  .status-completed::before {
    content: '✓ ';
  }
  .status-disbanded::before {
    content: '■ ';
  }
  .badge {
    display: inline-block;
    font-size: var(--_font-size-small);
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    padding: 0 var(--_space-s);
  }
  button.link {
    background: none;
    border: none;
    color: var(--_color-accent);
    text-decoration: underline;
    padding: var(--_space-xs);
    min-height: 1.5em;
    min-width: 1.5em;
    text-align: start;
  }
  button.small,
  select.small {
    min-height: 1.75em;
    padding: 0 var(--_space-s);
    font-size: var(--_font-size-small);
  }
  .req,
  .opt {
    color: var(--_color-text-muted);
    font-weight: 400;
    font-size: var(--_font-size-small);
  }
  .notice p:last-child {
    margin: 0;
  }

  /* ——— stepper: done ✓, current (filled number), upcoming (outlined number), each also in words */
  .stepper {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr));
    gap: var(--_space-s);
    counter-reset: step;
  }
  .step button {
    width: 100%;
    height: 100%;
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    text-align: start;
    padding: var(--_space-s);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
  }
  .step.current button {
    border: 2px solid var(--_current-color);
    background: var(--_color-surface-raised);
  }
  .step button.viewed {
    box-shadow: inset 0 -4px 0 var(--_color-text);
  }
  .marker {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: var(--_marker-size);
    height: var(--_marker-size);
    border-radius: 50%;
    font-weight: 700;
    border: 2px solid var(--_upcoming-color);
    color: var(--_upcoming-color);
  }
  .step.done .marker {
    background: var(--_done-color);
    border-color: var(--_done-color);
    color: var(--_color-surface);
  }
  .step.current .marker {
    background: var(--_current-color);
    border-color: var(--_current-color);
    color: var(--_color-on-accent);
  }
  .step-text {
    display: grid;
    gap: 2px;
  }
  .step-label {
    font-weight: 600;
    line-height: 1.25;
  }
  .step-state {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .step.current .step-state {
    color: var(--_color-text);
    font-weight: 600;
  }

  /* ——— tabs */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    border-bottom: 2px solid var(--_color-border);
  }
  .tabs [role='tab'] {
    border-bottom: none;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    background: var(--_color-surface);
  }
  .tabs [role='tab'][aria-selected='true'] {
    background: var(--_color-surface-raised);
    font-weight: 700;
    box-shadow: inset 0 -3px 0 var(--_color-accent);
  }
  .panel {
    padding-block: var(--_space-s);
  }
  .prompts,
  .criteria,
  .notes,
  section + section {
    margin-block-end: var(--_space-m);
  }

  /* ——— forms */
  form {
    margin: 0;
  }
  .stack {
    display: grid;
    gap: var(--_space-s);
  }
  .inline-form {
    margin-block: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: flex-start;
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }
  .field.grow {
    flex: 1 1 14em;
  }
  .num-field input {
    width: 7em;
  }
  .end {
    align-self: flex-end;
    margin-block-end: var(--_space-s);
  }
  label,
  .label,
  legend {
    font-weight: 600;
  }
  .label-heading {
    font-size: var(--_font-size);
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  input:not([type='checkbox']):not([type='date']) {
    min-width: 0;
  }
  input,
  select {
    min-height: 2.25em;
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_color-danger);
  }
  .field-error,
  .refusal {
    color: var(--_color-danger);
    font-weight: 600;
    margin: 0;
  }
  .field-error::before,
  .refusal::before {
    content: '⚠ ';
  }
  .refusal {
    border-inline-start: 4px solid var(--_color-danger);
    padding: var(--_space-xs) var(--_space-s);
    background: var(--_color-surface-raised);
    margin-block-start: var(--_space-s);
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    margin: 0 0 var(--_space-s);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: 1.75em;
  }
  .measure-edit {
    border: none;
    padding: 0;
    margin: 0;
  }

  /* ——— lists of records */
  ul.items {
    list-style: none;
    margin: 0 0 var(--_space-s);
    padding: 0;
    display: grid;
    gap: var(--_space-xs);
  }
  ul.items > li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .item-main {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    flex: 1 1 16em;
    overflow-wrap: anywhere;
  }
  .item-tools {
    display: flex;
    gap: var(--_space-xs);
    align-items: center;
  }
  li.done .action-what {
    text-decoration: line-through;
  }
  li.overdue {
    border: 2px solid var(--_color-danger);
  }
  .flag,
  .overdue-count {
    color: var(--_color-danger);
  }
  .overdue-banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-m);
  }
  .count {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  ul.checks {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space-xs);
  }
  ul.checks li {
    display: flex;
    gap: var(--_space-s);
    align-items: baseline;
    flex-wrap: wrap;
  }
  ul.checks .mark {
    font-weight: 700;
  }
  ul.checks li.met .mark {
    color: var(--_done-color);
  }
  .members {
    padding-inline-start: var(--_space-l);
  }
  .members li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    align-items: center;
    margin-block-end: var(--_space-xs);
  }
  .member-name {
    font-weight: 600;
  }
  .advice {
    border-inline-start: 4px solid var(--_color-warning);
    padding-inline-start: var(--_space-s);
  }
  .move {
    margin-block-start: var(--_space-l);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .backup {
    margin-block-start: var(--_space-l);
  }
  .backup .toolbar {
    align-items: center;
  }
  .move-buttons,
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block: var(--_space-s);
  }
  .history {
    padding-inline-start: var(--_space-l);
  }
  .history li {
    margin-block-end: var(--_space-xs);
  }
  .history .what,
  .history .reason,
  .history .when {
    display: block;
  }
  .history .when {
    font-size: var(--_font-size-small);
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-s);
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .past-cycle {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-s);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 1.5em;
  }

  /* ——— tables */
  .table-wrap {
    overflow-x: auto;
    background: var(--_color-surface);
    margin-block-end: var(--_space-s);
  }
  .table-wrap .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: var(--_space-s) 0 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    color: var(--_color-text-muted);
    padding-block-end: var(--_space-xs);
  }
  th,
  td {
    border-bottom: 1px solid var(--_color-border);
    padding: var(--_space-xs) var(--_space-s);
    text-align: start;
    vertical-align: top;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    white-space: nowrap;
  }
  button.sort {
    background: none;
    border: none;
    padding: var(--_space-xs) 0;
    font-weight: 700;
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
  }
  .sort-mark {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  tr.has-overdue th {
    border-inline-start: 4px solid var(--_color-danger);
  }
  .new-in-overview {
    margin-block-start: var(--_space-m);
  }

  /* ——— impact chart */
  .chart {
    width: 100%;
    max-width: 36em;
    height: auto;
    display: block;
    margin-block: var(--_space-s);
    font-family: var(--_font-family);
  }
  .chart text {
    fill: var(--_color-text);
    font-size: 11px;
  }
  .chart .measure-name {
    font-weight: 700;
  }
  .chart .bar.before {
    fill: var(--_color-surface);
    stroke: var(--_before-color);
    stroke-width: 2;
  }
  .chart .bar.after {
    fill: var(--_after-color);
  }
  .chart .target {
    stroke: var(--_target-color);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }

  @media print {
    .no-print,
    .stepper-nav,
    .inline-form,
    .back,
    .overdue-banner {
      display: none !important;
    }
    .summary {
      break-inside: auto;
    }
    .panel {
      padding: 0;
    }
  }
`;

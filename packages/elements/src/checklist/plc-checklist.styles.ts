import { css } from 'lit';

// Notes on the rules below (kept out of the CSS, which ships as written):
// - the disclosure triangle of "About this checklist" is drawn with borders, not a character, so no
//   fallback font is looked up for it on the first paint;
// - rows are spaced by margins, not a grid gap: a row added to a long list then lays out alone, not
//   the whole grid again;
// - a long list (`.items.long`, more rows than are drawn at once) lays out and paints only the rows
//   near the screen; they stay in the accessibility tree, and print in full.

export const checklistStyles = css`
  :host {
    --_pole-not-color: var(--plc-checklist-pole-not-color, var(--_color-text-muted));
    --_pole-plc-color: var(--plc-checklist-pole-plc-color, var(--_color-accent));
    --_point-size: var(--plc-checklist-point-size, 1.5em);
    --_item-gap: var(--plc-checklist-item-gap, var(--_space-m));
    --_chosen-background: var(--plc-checklist-chosen-background, var(--_color-surface-raised));
    container-type: inline-size;
  }
  .heading {
    font-size: var(--_font-size-large);
    font-weight: 700;
    margin: 0 0 var(--_space-s);
    line-height: 1.25;
  }
  .result .heading {
    font-size: var(--_font-size);
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .about {
    margin-block-end: var(--_space-m);
  }
  button.disclosure {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 24px;
    padding: 0;
    border: none;
    background: none;
    text-align: start;
  }
  button.disclosure::before {
    content: '';
    border-block: 0.35em solid transparent;
    border-inline-start: 0.5em solid currentColor;
    transition: rotate 0.1s;
  }
  button.disclosure[aria-expanded='true']::before {
    rotate: 90deg;
  }
  :host(:dir(rtl)) button.disclosure[aria-expanded='true']::before {
    rotate: -90deg;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin-block: var(--_space-m);
  }
  progress {
    flex: 1 1 auto;
    max-width: 16em;
    height: 0.75em;
    accent-color: var(--_color-accent);
  }
  ol.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.items > li + li {
    margin-block-start: var(--_item-gap);
  }
  ol.items.long > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  fieldset {
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    min-width: 0;
  }
  fieldset.answered {
    border-color: var(--_pole-plc-color);
  }
  legend {
    padding: 0 var(--_space-xs);
    font-weight: 700;
    font-size: var(--_font-size-small);
  }
  .poles {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space-m);
    margin-block-end: var(--_space-s);
  }
  .poles.single {
    grid-template-columns: 1fr;
  }
  .pole {
    margin: 0;
    padding-inline-start: var(--_space-s);
    border-inline-start: 4px solid var(--_pole-plc-color);
  }
  .pole.not {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_pole-not-color);
  }
  .pole.plc {
    text-align: end;
    border-inline-start: none;
    border-inline-end: 4px solid var(--_pole-plc-color);
    padding-inline: 0 var(--_space-s);
  }
  .poles.single .pole.plc {
    text-align: start;
    border-inline-end: none;
    border-inline-start: 4px solid var(--_pole-plc-color);
    padding-inline: var(--_space-s) 0;
  }
  .pole-label {
    display: block;
    font-size: var(--_font-size-small);
    font-weight: 700;
    color: var(--_color-text-muted);
    text-transform: none;
  }
  .prompt {
    font-size: var(--_font-size-small);
    margin: 0 0 var(--_space-xs);
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    gap: var(--_space-xs);
  }
  .point {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-xs);
    text-align: center;
    padding: var(--_space-xs);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
    cursor: pointer;
    min-height: 44px;
  }
  .point.chosen {
    border-color: var(--_color-accent);
    background: var(--_chosen-background);
    font-weight: 700;
  }
  fieldset.locked .point {
    cursor: default;
  }
  .point input {
    width: var(--_point-size);
    height: var(--_point-size);
    margin: 0;
    accent-color: var(--_color-accent);
    cursor: inherit;
  }
  @container (max-width: 32em) {
    .poles {
      grid-template-columns: 1fr;
    }
    .pole.plc {
      text-align: start;
      border-inline-end: none;
      border-inline-start: 4px solid var(--_pole-plc-color);
      padding-inline: var(--_space-s) 0;
    }
    .scale {
      grid-template-columns: 1fr;
    }
    .point {
      flex-direction: row;
      text-align: start;
      min-height: 2.5em;
    }
  }
  .adding {
    margin-block: var(--_space-m);
  }
  .pending {
    margin-block: var(--_space-m);
    color: var(--_color-text-muted);
  }
  .result {
    margin-block: var(--_space-l) var(--_space-m);
    padding: var(--_space-m);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .band {
    font-size: var(--_font-size-large);
    font-weight: 700;
    margin-block-end: var(--_space-xs);
  }
  .note {
    border-inline-start: 4px solid var(--_color-warning);
    padding-inline-start: var(--_space-s);
    font-size: var(--_font-size-small);
  }
  ol.feedback {
    margin: var(--_space-s) 0 0;
    padding-inline-start: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-s);
  }
  ol.feedback li {
    padding: var(--_space-s);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    border-inline-start: 4px solid var(--_pole-plc-color);
  }
  ol.feedback li.priority {
    border-inline-start-color: var(--_color-danger);
  }
  ol.feedback li.next {
    border-inline-start-color: var(--_color-warning);
  }
  ol.feedback li.strength {
    border-inline-start-color: var(--_color-success);
  }
  .level {
    display: block;
    font-weight: 700;
    font-size: var(--_font-size-small);
  }
  ol.feedback p {
    margin: var(--_space-xs) 0 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-m);
  }
  .actions .spacer {
    flex: 1 1 auto;
  }
  .status {
    margin-block-start: var(--_space-s);
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      container-type: normal;
    }
    .progress,
    .actions,
    dialog,
    .status,
    .pending,
    .adding,
    .about {
      display: none !important;
    }
    ol.items.long > li {
      content-visibility: visible;
    }
    fieldset,
    .result,
    ol.feedback li {
      break-inside: avoid;
      background: #fff;
    }
    .result {
      border-color: #000;
    }
    .point.chosen {
      border: 2px solid #000;
    }
  }
`;

import { css } from 'lit';

/**
 * The kit's design tokens. Public tokens (`--plc-*`) are read with a fallback, never declared here,
 * so a host page can set them anywhere (`:root`, a wrapper, the element) and they flow in. Each theme
 * only changes the private defaults (`--_*`) the fallbacks point at.
 */
const light = css`
  --_ref-surface: #ffffff;
  --_ref-surface-raised: #f4f6f8;
  --_ref-text: #1c2430;
  --_ref-text-muted: #4f5b6a;
  --_ref-border: #8a96a5;
  --_ref-accent: #0b5cad;
  --_ref-on-accent: #ffffff;
  --_ref-success: #1d6b35;
  --_ref-warning: #8a5300;
  --_ref-danger: #b3261e;
  --_ref-focus: #0b5cad;
  --_ref-series: #0b5cad, #b3261e, #1d6b35, #8a5300, #6a3fa0, #00707a;
`;

const dark = css`
  --_ref-surface: #15191f;
  --_ref-surface-raised: #222831;
  --_ref-text: #eef1f5;
  --_ref-text-muted: #b6c0cc;
  --_ref-border: #7f8b99;
  --_ref-accent: #7cb8f7;
  --_ref-on-accent: #0b1a2a;
  --_ref-success: #6fd08c;
  --_ref-warning: #f2b35b;
  --_ref-danger: #ff8a80;
  --_ref-focus: #9ccbff;
  --_ref-series: #7cb8f7, #ff8a80, #6fd08c, #f2b35b, #c7a4f2, #5fd4dc;
`;

const highContrast = css`
  --_ref-surface: #000000;
  --_ref-surface-raised: #000000;
  --_ref-text: #ffffff;
  --_ref-text-muted: #ffffff;
  --_ref-border: #ffffff;
  --_ref-accent: #ffff00;
  --_ref-on-accent: #000000;
  --_ref-success: #00ff66;
  --_ref-warning: #ffcc00;
  --_ref-danger: #ff6666;
  --_ref-focus: #ffff00;
  --_ref-series: #ffff00, #00ffff, #ff66ff, #00ff66, #ffffff, #ff9900;
`;

export const tokenStyles = css`
  :host {
    ${light}
    --_color-surface: var(--plc-color-surface, var(--_ref-surface));
    --_color-surface-raised: var(--plc-color-surface-raised, var(--_ref-surface-raised));
    --_color-text: var(--plc-color-text, var(--_ref-text));
    --_color-text-muted: var(--plc-color-text-muted, var(--_ref-text-muted));
    --_color-border: var(--plc-color-border, var(--_ref-border));
    --_color-accent: var(--plc-color-accent, var(--_ref-accent));
    --_color-on-accent: var(--plc-color-on-accent, var(--_ref-on-accent));
    --_color-success: var(--plc-color-success, var(--_ref-success));
    --_color-warning: var(--plc-color-warning, var(--_ref-warning));
    --_color-danger: var(--plc-color-danger, var(--_ref-danger));
    --_color-focus: var(--plc-color-focus, var(--_ref-focus));
    --_series: var(--plc-series, var(--_ref-series));
    --_font-family: var(--plc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--plc-font-size, 1rem);
    --_font-size-small: var(--plc-font-size-small, 0.875rem);
    --_font-size-large: var(--plc-font-size-large, 1.25rem);
    --_line-height: var(--plc-line-height, 1.5);
    --_space-xs: var(--plc-space-xs, 0.25rem);
    --_space-s: var(--plc-space-s, 0.5rem);
    --_space-m: var(--plc-space-m, 1rem);
    --_space-l: var(--plc-space-l, 1.5rem);
    --_radius: var(--plc-radius, 0.375rem);
    --_elevation: var(--plc-elevation, 0 1px 3px rgb(0 0 0 / 0.15));
    --_focus-ring: var(--plc-focus-ring-width, 3px) solid var(--_color-focus);

    display: block;
    box-sizing: border-box;
    color-scheme: light;
    color: var(--_color-text);
    background: var(--_color-surface);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:state(theme-dark)) {
    ${dark}
    color-scheme: dark;
  }
  :host(:state(theme-high-contrast)) {
    ${highContrast}
    color-scheme: dark;
    --_focus-ring: var(--plc-focus-ring-width, 4px) solid var(--_color-focus);
  }
  @media (prefers-color-scheme: dark) {
    :host(:state(theme-auto)) {
      ${dark}
      color-scheme: dark;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_ref-surface: Canvas;
      --_ref-surface-raised: Canvas;
      --_ref-text: CanvasText;
      --_ref-text-muted: CanvasText;
      --_ref-border: CanvasText;
      --_ref-accent: Highlight;
      --_ref-on-accent: HighlightText;
      --_ref-focus: Highlight;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    border: 2px solid var(--_color-warning);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-m);
    background: var(--_color-surface-raised);
  }
  .notice.error {
    border-color: var(--_color-danger);
  }
  .notice ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: var(--_space-l);
  }
  button {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface-raised);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-m);
    min-height: 2.25rem;
    min-width: 2.25rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    border-color: var(--_color-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
  }
  a {
    color: var(--_color-accent);
  }
`;

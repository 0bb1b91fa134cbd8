import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, type Lang, type LocalText, type Source } from '@plc-kit/core';

/** Text as lit renders it: a plain string, or a string wrapped to carry its own language. */
export type Part = string | TemplateResult;

/**
 * A framework's text for an element speaking `lang`. A user's framework may give only English; on a
 * Welsh page that fallback is marked lang="en" (WCAG 3.1.2), or a Welsh voice reads it as Welsh.
 * Text already in the page's language gets no wrapper. Same choice as core's `localText`, which
 * attributes, file names and live messages keep using: those cannot carry a lang of their own.
 */
export function localPart(text: LocalText | undefined, lang: Lang): Part {
  if (!text) return '';
  if (lang === 'en') return text.en;
  return text.cy || html`<span lang="en">${text.en}</span>`;
}

/**
 * A catalog message with its `{name}` places filled by parts, so a fallback inside a Welsh sentence
 * keeps its lang. `template` is the message unfilled (`t(key)` with no params); numbers are
 * formatted for `lang`, as `t()` would.
 */
export function fillParts(template: string, lang: Lang, params: Record<string, Part | number>): Part[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => {
    if (i % 2 === 0) return piece;
    const value = params[piece];
    return value === undefined ? `{${piece}}` : typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/**
 * "Source: <cite>…</cite> note". A citation stays in the language it was published in; the schema
 * has no field for that language, and every built-in one is English, so it is taken as English.
 * `label` is the catalog's "Source:" in the page's language.
 */
export function sourceLine(source: Source, lang: Lang, label: string): TemplateResult {
  return html`${label} <cite lang=${lang === 'en' ? nothing : 'en'}>${source.citation}</cite>${source.note ? html` ${localPart(source.note, lang)}` : nothing}`;
}

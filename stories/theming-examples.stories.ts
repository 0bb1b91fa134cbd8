// Theming recipes a developer copies: tokens scoped to one part of a page, parts for layout, and a
// page's own theme switch driving the elements at runtime.
import { html } from 'lit';
import type { PlcProvider } from '@plc-kit/elements';
import { SCHOOL_BRAND, WELSH_GOVERNMENT_LIKE, themeTokens } from '../.storybook/theme-builder.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../.storybook/elements.js';
import { assert, choose, until, waitFor } from './support.js';

export default {
  title: 'Theming/Recipes',
  parameters: { layout: 'padded' },
};

/** Tokens set on a wrapper apply inside it only: two departments of one site, each with its own look. */
export const ScopedTokens = {
  name: 'Tokens on a wrapper apply only inside it',
  render: (_args: unknown, context: { id: string }) => html`<div style="display: grid; gap: 24px; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr))">
    <section aria-label="School site" style=${styleMap(themeTokens(SCHOOL_BRAND))}>
      <plc-checklist storage="none" storage-key=${`${context.id}-a`} heading-level="3"></plc-checklist>
    </section>
    <section aria-label="Authority site" style=${styleMap(themeTokens(WELSH_GOVERNMENT_LIKE))}>
      <plc-checklist storage="none" storage-key=${`${context.id}-b`} heading-level="3"></plc-checklist>
    </section>
  </div>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const [school, authority] = [...canvasElement.querySelectorAll('plc-checklist')];
    await waitFor(school);
    await waitFor(authority);
    const radius = (el: Element | undefined) => getComputedStyle(el!).getPropertyValue('--_radius').trim();
    assert(radius(school) === '12px', `the school's corners, got ${radius(school)}`);
    assert(radius(authority) === '0px', `the authority's square corners, got ${radius(authority)}`);
  },
};

/** `::part()` for what tokens cannot say: here each row becomes a card and the rows sit two abreast. */
export const PartsForLayout = {
  name: 'Parts for layout',
  render: (_args: unknown, context: { id: string }) => html`<style>
      .parts-demo plc-checklist::part(items) {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(340px, 1fr));
        gap: 16px;
      }
      .parts-demo plc-checklist::part(item) {
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
      }
    </style>
    <div class="parts-demo">
      <plc-checklist storage="none" storage-key=${context.id} heading-level="3"></plc-checklist>
    </div>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await waitFor(canvasElement.querySelector('plc-checklist'));
    const items = el.shadowRoot!.querySelector('[part~="items"]')!;
    assert(getComputedStyle(items).display === 'grid', 'the page lays out the rows through the part');
  },
};

/** The page's own theme switch sets `theme` on the provider; every element inside follows at once. */
export const RuntimeThemeSwitch = {
  name: 'The page switches the theme at runtime',
  render: (_args: unknown, context: { id: string }) => html`<fieldset>
      <legend>Theme of this page</legend>
      ${['light', 'dark', 'high-contrast'].map(
        (theme) => html`<label style="margin-inline-end: 16px"
          ><input
            type="radio"
            name=${`${context.id}-theme`}
            value=${theme}
            ?checked=${theme === 'light'}
            @change=${(e: Event) => {
              const provider = (e.target as HTMLElement).closest('fieldset')!.nextElementSibling as PlcProvider;
              provider.theme = (e.target as HTMLInputElement).value as PlcProvider['theme'];
            }}
          />
          ${theme}</label
        >`,
      )}
    </fieldset>
    <plc-provider theme="light" storage="none" storage-key=${`${context.id}-switch`}>
      <plc-conditions-radar mode="rate"></plc-conditions-radar>
    </plc-provider>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await waitFor(canvasElement.querySelector('plc-conditions-radar'));
    assert(getComputedStyle(el).backgroundColor === 'rgb(255, 255, 255)', 'starts light');
    await choose(canvasElement.querySelector<HTMLInputElement>('input[value="dark"]')!);
    await until(() => getComputedStyle(el).backgroundColor === 'rgb(21, 25, 31)', 'turns dark when the page says so');
    await choose(canvasElement.querySelector<HTMLInputElement>('input[value="high-contrast"]')!);
    await until(() => getComputedStyle(el).backgroundColor === 'rgb(0, 0, 0)', 'turns high contrast');
  },
};

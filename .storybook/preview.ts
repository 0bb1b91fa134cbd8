import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../packages/elements/custom-elements.json';
import '@plc-kit/elements/provider/define.js';

// Autodocs read attributes, properties, events, slots, parts and CSS properties from the manifest,
// which `npm run analyze` generates from the elements' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme of the PLC Kit elements',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'auto', 'high-contrast'], dynamicTitle: true },
    },
    lang: {
      description: 'Language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'cy', title: 'Cymraeg' }], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en', dir: 'ltr' },
  decorators: [
    (story, context) => {
      const { theme, lang, dir } = context.globals as { theme: string; lang: string; dir: string };
      const dark = theme === 'dark' || theme === 'high-contrast';
      return html`<div lang=${lang} dir=${dir} style="padding:1rem;background:${dark ? '#111' : 'transparent'}">
        <plc-provider theme=${theme} storage="none" storage-key="storybook">${story()}</plc-provider>
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;

import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

// Storybook's own frame, in the kit's colours.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'PLC Kit',
    colorPrimary: '#0b5cad',
    colorSecondary: '#0b5cad',
    fontBase: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  }),
});

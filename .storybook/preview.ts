import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../packages/elements/custom-elements.json';
import { DEFAULT_GLOBALS, globalTypes, withKitGlobals } from './kit-globals.js';

// Autodocs read attributes, properties, events (with their detail), slots, parts and CSS properties
// from the manifest, which `npm run analyze` generates from the elements' JSDoc (and the base tokens
// from tokens.styles.ts) before Storybook starts or builds.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals: { ...DEFAULT_GLOBALS },
  // The same decorator test/stories.test.ts applies, so every toolbar state is also what CI tests.
  decorators: [(story, context) => withKitGlobals(story(), context.globals, context.id)],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst', matchers: { color: /(colou?r|background|brand)$/i } },
    docs: { toc: true },
    options: {
      storySort: { order: ['Introduction', 'Theming', ['Guide', 'Theme builder', 'Tokens reference'], 'Elements', '*'] },
    },
  },
};
export default preview;

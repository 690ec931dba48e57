import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // Stories run as tests; an axe violation fails them.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    lang: {
      description: 'Language of the charts',
      toolbar: { title: 'Language', icon: 'globe', items: ['vi', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'vi' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'vi');
      return story();
    },
  ],
};
export default preview;

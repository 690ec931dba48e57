import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

const THEMES = ['light', 'dark', 'brand', 'forced-colors'] as const;
type Theme = (typeof THEMES)[number];

/**
 * Applies the toolbar's theme to every chart under `root`, now and when a story adds one later:
 * `theme="dark"` for dark; `patterns` for the forced-colours preview (its system colours come from
 * preview.css; the real `forced-colors: active` is emulated in the browser tests).
 */
function applyTheme(root: Element | undefined, theme: Theme): void {
  if (root === undefined) return;
  const apply = (): void => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.localName.startsWith('ict-')) continue;
      if (theme === 'dark') el.setAttribute('theme', 'dark');
      if (theme === 'forced-colors') el.setAttribute('patterns', '');
    }
  };
  apply();
  new MutationObserver(apply).observe(root, { childList: true, subtree: true });
}

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Stories run as tests; an axe violation fails them.
    a11y: { test: 'error' },
    controls: { expanded: true },
    viewport: {
      options: {
        phone: { name: 'Phone 320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280 px', styles: { width: '1280px', height: '900px' }, type: 'desktop' },
      },
    },
  },
  globalTypes: {
    lang: {
      description: 'Language of the charts',
      toolbar: { title: 'Language', icon: 'globe', items: ['vi', 'en'], dynamicTitle: true },
    },
    theme: {
      description: 'Theme: light, dark, a portal brand colour set through --ict-* properties, forced colours',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Portal brand (--ict-*)' },
          { value: 'forced-colors', title: 'Forced colours (preview)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'light' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals['lang'] ?? 'vi');
      const theme = (THEMES as readonly string[]).includes(String(context.globals['theme']))
        ? (context.globals['theme'] as Theme)
        : 'light';
      return html`<div class="ict-sb-theme" data-theme=${theme} ${ref((el) => applyTheme(el, theme))}>
        ${story()}
      </div>`;
    },
  ],
};
export default preview;

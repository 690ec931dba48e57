import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true },
  // @storybook/web-components imports lit/directive-helpers.js; unbundled it becomes a second lit-html instance.
  viteFinal: async (viteConfig) => {
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive-helpers.js',
        // Pre-bundled up front: discovered during the first story run they reload the page and fail a test.
        'd3-array',
        'd3-dsv',
        'd3-geo',
        'd3-scale',
        'd3-shape',
        'topojson-client',
      ],
    };
    return viteConfig;
  },
};
export default config;

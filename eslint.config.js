// ESLint flat config: typescript-eslint, lit, lit-a11y and wc rules for the library; plain JS rules for scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

/** Types without runtime baggage (ARCHITECTURE-AND-STYLE rule 8). */
const TYPESCRIPT_STYLE = [
  { selector: 'TSEnumDeclaration', message: 'Use an `as const` list and a derived union.' },
  { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces.' },
  { selector: 'TSParameterProperty', message: 'No parameter properties.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      'demo/data/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  litA11y.configs.recommended,
  wcConfigs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import the d3 submodule you use (d3-scale, d3-shape, …).' },
            {
              name: 'lit/directives/style-map.js',
              message:
                'styleMap writes a style attribute on first render, which a strict CSP blocks: use styleProps().',
            },
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Label text is always text: bind strings, never HTML.',
            },
            {
              name: 'lit/directives/unsafe-svg.js',
              message: 'Label text is always text: bind strings, never SVG markup.',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...TYPESCRIPT_STYLE],
    },
  },
  {
    // The library's templates run under the host page's CSP (tests and stories may style their wrappers).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...TYPESCRIPT_STYLE,
        {
          selector: 'TaggedTemplateExpression TemplateElement[value.raw=/\\sstyle=[\x22\x27]/]',
          message:
            'A style attribute in a template is blocked by a strict CSP: use style=${styleProps({...})}.',
        },
      ],
    },
  },
  {
    files: ['test/tools/**/*.{js,mjs}', '*.config.{js,mjs,ts}', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' }, // chai's `expect(x).to.be.true`
  },
);

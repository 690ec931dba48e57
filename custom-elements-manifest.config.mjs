export default {
  globs: ['src/**/*.ts'],
  // src/react: generated wrappers, not elements (their constants would be listed as variables).
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/react/**'],
  litelement: true,
  outdir: '.',
};

/** Pure geometry of the charts: data and size in, rectangles and text positions out. No DOM. */
export * from './rect.js';
export * from './text.js';
export * from './scales.js';
export * from './ticks.js';
export * from './bars.js';

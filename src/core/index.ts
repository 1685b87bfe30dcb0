export * from './span.js';
export * from './offset-map.js';
export * from './types.js';
export * from './doc.js';
export * from './record.js';
export * from './errors.js';

export * from './types.js';
export * from './names.js';
export * from './dates.js';
export * from './actors.js';
export * from './event-merge.js';
export * from './canonical.js';

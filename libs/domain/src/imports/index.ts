export * from './template';
export * from './parse';
export * from './plan';
export * from './visible-export';

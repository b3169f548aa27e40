export * from './template';
export * from './parse';
export * from './plan';

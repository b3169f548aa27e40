export {};
export * from './errors';

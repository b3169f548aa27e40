export * from './constants';
export * from './create-test-database';

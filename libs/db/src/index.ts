export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './database-url';
export * from './passwords';
export * from './embedded/embedded-postgres-launcher';
export * from './seed/demo-organisations';
export * from './seed/seed-demo';

export * from './vocabulary';
export * from './matching';
export * from './validation';
export * from './profile-import';

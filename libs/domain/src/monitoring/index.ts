export * from './validation';
export * from './indicators';
export * from './observations';
export * from './thresholds';
export * from './disruptions';
export * from './trend';

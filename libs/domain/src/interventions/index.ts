export * from './intervention-flow';
export * from './intervention-rules';
export * from './agreement-export';

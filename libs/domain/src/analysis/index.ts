export * from './chain-graph';
export * from './concentration';
export * from './supply-risk';
export * from './dependency-score';
export * from './dependency-explosion';
export * from './dependency-ranking';
export * from './scenario';

export * from './schema';
export * from './promotion-schema';
export * from './parse';
export * from './diff';

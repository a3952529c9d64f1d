export * from './label-payload';
export * from './label-spec';
export * from './label-layout';
export * from './scan-log';

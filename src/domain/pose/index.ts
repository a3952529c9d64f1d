export * from './linear';
export * from './camera';
export * from './homography';
export * from './rotation';
export * from './estimate-pose';
export * from './anchor-tracker';

export * from './types';
export * from './convert';
export * from './outcomes';
export * from './diff';
export * from './validationPaths';
export * from './edit';
export * from './history';
export { autoLayout, needsLayout, nodeWidth, nodeHeight } from './autoLayout';

export * from './compute';
export * from './explanation';
export * from './rules';
export * from './select';
export * from './recompute';
export * from './tracked-item';
export * from './overdue';
export * from './procedure-rules';

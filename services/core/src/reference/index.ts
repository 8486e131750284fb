export * from './entities';
export * from './migrations';
export * from './prepare';
export * from './reference-data';

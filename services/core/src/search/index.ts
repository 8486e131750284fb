export * from './request';
export * from './snippet';
export * from './sql';
export * from './matches';
export * from './merge';

export * from './auth';
export * from './server';

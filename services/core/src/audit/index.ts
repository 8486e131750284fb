export * from './audit-entry.entity';
export * from './migration';
export * from './record';
export * from './graph';

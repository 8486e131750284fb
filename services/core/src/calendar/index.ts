export * from './dates';
export * from './lunar';
export * from './model';
export * from './official-calendar';
export * from './statutory';
export * from './working-calendar';

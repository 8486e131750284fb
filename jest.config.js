/**
 * One jest run for the whole repo. Tests talk to the real PostgreSQL and Redis; each test
 * file makes its own database (test/support/database.ts), so files never collide.
 * Type checking is CI's `npm run typecheck`; here ts-jest only transpiles.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/services', '<rootDir>/gateway', '<rootDir>/workers', '<rootDir>/test'],
  testMatch: ['**/test/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleNameMapper: {
    '^@phoihop/(core|council|committee|front|notifications|workflow)$': '<rootDir>/services/$1/src/index.ts',
    '^@phoihop/(core|council|committee|front|notifications)/seed$': '<rootDir>/services/$1/seed/index.ts',
    '^@phoihop/(gateway|workers)$': '<rootDir>/$1/src/index.ts',
  },
  testTimeout: 30000,
  maxWorkers: 2,
};

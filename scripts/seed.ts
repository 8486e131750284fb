/**
 * Runs every service's migrations and loads the demo data into an empty database.
 * `npm run seed` on its own; `npm start` calls it before starting the services.
 */
import { createLogger, FixedClock, loadConfig, prepareDatabase, systemClock, type Clock, type Config } from '@phoihop/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { services } from './services';
import { ensureDevelopmentSecrets } from './start/secrets';

type Seeder = (db: DataSource, clock: Clock) => Promise<void>;

/**
 * A service's demo data: `services/<name>/seed/index.ts` exporting `seedDemo`, or, for a
 * service whose demo data still lives in its package, the package's `seedDemo`.
 */
export async function demoSeeder(name: string): Promise<Seeder | undefined> {
  const folder = join(__dirname, '..', 'services', name, 'seed');
  // A seed folder counts once it has its index: a folder holding only new parts still seeds from the package.
  const moved = ['index.ts', 'index.js'].some((f) => existsSync(join(folder, f)));
  const seed = (await import(moved ? folder : `@phoihop/${name}`)) as { seedDemo?: Seeder };
  return seed.seedDemo;
}

export async function migrateAndSeed(config: Config, clock: Clock = systemClock): Promise<void> {
  const logger = createLogger('seed', config.logLevel);
  const sources: DataSource[] = [];
  try {
    for (const service of services) {
      const db = await prepareDatabase(service, config);
      sources.push(db);
      const seedDemo = await demoSeeder(service.name);
      if (seedDemo) {
        await seedDemo(db, clock);
        logger.info(`${service.name}: demo data ready`);
      }
    }
  } finally {
    for (const db of sources) await db.destroy();
  }
}

if (require.main === module) {
  ensureDevelopmentSecrets();
  const config = loadConfig();
  const now = process.argv.find((a) => a.startsWith('--now='))?.slice(6);
  migrateAndSeed(config, now ? new FixedClock(now) : systemClock).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

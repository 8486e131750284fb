/**
 * Runs every service's migrations and loads the demo data into an empty database.
 * `npm run seed` on its own; `npm start` calls it before starting the services.
 */
import { seedDemo as committee } from '@phoihop/committee/seed';
import { createLogger, FixedClock, loadConfig, prepareDatabase, systemClock, type Clock, type Config } from '@phoihop/core';
import { seedDemo as council } from '@phoihop/council/seed';
import { seedDemo as front } from '@phoihop/front/seed';
import { seedDemo as notifications } from '@phoihop/notifications/seed';
import type { DataSource } from 'typeorm';
import { services } from './services';
import { ensureDevelopmentSecrets } from './start/secrets';

type Seeder = (db: DataSource, clock: Clock) => Promise<void>;

/** Each service's demo data (`services/<name>/seed/index.ts`), by service name. */
export const demoSeeders: Record<string, Seeder> = { council, committee, front, notifications };

export async function migrateAndSeed(config: Config, clock: Clock = systemClock): Promise<void> {
  const logger = createLogger('seed', config.logLevel);
  const sources: DataSource[] = [];
  try {
    for (const service of services) {
      const db = await prepareDatabase(service, config);
      sources.push(db);
      await demoSeeders[service.name](db, clock);
      logger.info(`${service.name}: demo data ready`);
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

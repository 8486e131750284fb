/**
 * Runs every service's migrations against DATABASE_URL, as each service does on start
 * (core's `prepareDatabase`: the database, the shared reference data, then the service's own
 * schema; the Notifications service's includes the workflow schema the workers use), and
 * loads no data. `npm run migrate`: for a deploy that migrates before it starts the
 * services. Idempotent: a migrated database is left as it is.
 */
import { createLogger, loadConfig, prepareDatabase, type Config } from '@phoihop/core';
import { services } from './services';

export async function migrateAll(config: Config): Promise<void> {
  const logger = createLogger('migrate', config.logLevel);
  for (const service of services) {
    const db = await prepareDatabase(service, config);
    await db.destroy();
    logger.info(`${service.name}: migrated`);
  }
}

if (require.main === module) {
  migrateAll(loadConfig()).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

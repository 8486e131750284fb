import { createLogger, loadConfig } from '@phoihop/core';
import { startGateway } from './server';

async function main() {
  const config = loadConfig();
  const logger = createLogger('gateway', config.logLevel);
  try {
    const gw = await startGateway({ config, logger });
    const shutdown = async () => {
      setTimeout(() => process.exit(1), 10_000).unref();
      await gw.stop();
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown());
    process.once('SIGINT', () => void shutdown());
  } catch (error) {
    logger.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  }
}

void main();

import { createLogger, loadConfig } from '@phoihop/core';
import { startDashboard } from './dashboard';
import { startWorkers } from './workers';

/** The workers process: `npm start` spawns it; SIGTERM closes everything within 20 s. */
async function main() {
  const config = loadConfig();
  const logger = createLogger('workers', config.logLevel);
  const running = await startWorkers({ config, logger });
  const queues = [running.queue, ...(running.delivery ? [running.delivery.queue] : [])];
  const dashboard = await startDashboard({ queues, config, logger, port: config.ports.dashboard });
  logger.info({ url: dashboard.url }, 'queue dashboard ready');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return; // SIGINT from a terminal and SIGTERM from the launcher: close once
    stopping = true;
    logger.info({ signal }, 'workers shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, 20_000).unref();
    await dashboard.close();
    await running.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  createLogger('workers').fatal({ err }, 'workers failed to start');
  process.exit(1);
});

import { createLogger, loadConfig } from '@phoihop/core';
import { startWorkers } from './workers';

/** The workers process: `npm start` spawns it; SIGTERM closes everything within 20 s. */
async function main() {
  const config = loadConfig();
  const logger = createLogger('workers', config.logLevel);
  const running = await startWorkers({ config, logger });
  const dashboard = await startDashboardIfPresent(running, config, logger);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'workers shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, 20_000).unref();
    await dashboard?.close();
    await running.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

type DashboardModule = {
  startDashboard(o: { queues: unknown[]; config: unknown; logger: unknown; port: number; registry?: unknown }): Promise<{ url: string; close(): Promise<void> }>;
};

/** The dashboard is the delivery engineer's (workers/src/dashboard); started when it exists. */
async function startDashboardIfPresent(
  running: Awaited<ReturnType<typeof startWorkers>>,
  config: ReturnType<typeof loadConfig>,
  logger: ReturnType<typeof createLogger>,
) {
  const path = './dashboard';
  let mod: DashboardModule;
  try {
    mod = (await import(path)) as DashboardModule;
  } catch {
    logger.warn('dashboard module not present; skipping');
    return null;
  }
  const queues = [running.queue, ...(running.delivery ? [running.delivery.queue] : [])];
  const dashboard = await mod.startDashboard({ queues, config, logger, port: config.ports.dashboard });
  logger.info({ url: dashboard.url }, 'queue dashboard ready');
  return dashboard;
}

main().catch((err: unknown) => {
  createLogger('workers').fatal({ err }, 'workers failed to start');
  process.exit(1);
});

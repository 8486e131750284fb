import type { Config } from '@phoihop/core';
import type { RequestHandler } from 'express';
import type { Registry } from '../metrics';
import { sameToken } from './admin-session';

/** `/metrics` for Prometheus behind METRICS_TOKEN; open without one in development only, since production metrics name queues and volumes. */
export function metricsRoute(config: Config, registry: Registry): RequestHandler {
  return async (req, res) => {
    const token = config.metricsToken;
    const given = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (token ? !sameToken(given, token) : config.isProduction) {
      res.status(401).type('text').send(token ? 'unauthorized' : 'unauthorized: METRICS_TOKEN is not configured');
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  };
}

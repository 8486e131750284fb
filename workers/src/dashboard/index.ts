import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { createTokenVerifier, type Config, type Logger } from '@phoihop/core';
import type { Queue } from 'bullmq';
import cookieParser from 'cookie-parser';
import express from 'express';
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { processMetrics, registerQueueDepth, type Registry } from '../metrics';
import { admit, crossSite, loginPage, requireAdmin, SESSION_COOKIE } from './admin-session';

export const DASHBOARD_PATH = '/admin/queues';
const SESSION_MS = 8 * 3600_000;

export interface DashboardOptions {
  queues: Queue[];
  config: Config;
  logger: Logger;
  port?: number;
  /** The workers' registry (lateness, deliveries), the process's by default; queue depth is added to it here. */
  registry?: Registry;
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The operators' door (issue #6, parts 7 and 8): bull-board for admins signed in with the
 * gateway's JWT, `/metrics` for Prometheus (behind METRICS_TOKEN; closed in production without
 * one), `/health` for probes.
 */
export async function startDashboard(o: DashboardOptions): Promise<{ url: string; close(): Promise<void> }> {
  const verify = createTokenVerifier(o.config.jwt);
  const registry = o.registry ?? processMetrics.registry;
  if (!registry.getSingleMetric('phoihop_queue_jobs')) registerQueueDepth(registry, o.queues);

  const board = new ExpressAdapter();
  board.setBasePath(DASHBOARD_PATH);
  // @bull-board/express pins its own copy of @bull-board/api; the two agree at run time,
  // only their private members make the types differ.
  type ServerAdapter = Parameters<typeof createBullBoard>[0]['serverAdapter'];
  createBullBoard({ queues: o.queues.map((q) => new BullMQAdapter(q)), serverAdapter: board as unknown as ServerAdapter });

  const app = express();
  app.disable('x-powered-by');
  app.use(cookieParser());
  app.use((_req, res, next) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/metrics', async (req, res) => {
    const token = o.config.metricsToken;
    const given = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    // Open without a token in development only: production metrics name queues and volumes.
    if (token ? !sameSecret(given, token) : o.config.isProduction) {
      res.status(401).type('text').send(token ? 'unauthorized' : 'unauthorized: METRICS_TOKEN is not configured');
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });

  app.get('/login', (_req, res) => {
    res.type('html').send(loginPage());
  });
  app.post('/login', express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    if (crossSite(req)) {
      res.status(403).type('html').send(loginPage('Yêu cầu đăng nhập từ trang khác bị từ chối.'));
      return;
    }
    const token = typeof req.body?.token === 'string' ? req.body.token.trim() : undefined;
    const admission = await admit(verify, token);
    if (admission.status !== 200) {
      res.status(admission.status).type('html').send(loginPage(admission.reason));
      return;
    }
    o.logger.info({ userId: admission.user.userId }, 'dashboard sign-in');
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: o.config.isProduction,
      path: '/',
      maxAge: SESSION_MS,
    });
    res.redirect(303, DASHBOARD_PATH);
  });
  const logout = (_req: express.Request, res: express.Response) => {
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: o.config.isProduction });
    res.redirect(303, '/login');
  };
  app.get('/logout', logout);
  app.post('/logout', logout);

  app.use(DASHBOARD_PATH, requireAdmin(verify), board.getRouter());

  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(o.port ?? o.config.ports.dashboard, o.config.bindHost, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  o.logger.info({ url: `${url}${DASHBOARD_PATH}` }, 'queue dashboard ready');
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

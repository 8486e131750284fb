import { createTokenVerifier, type Config, type DashboardConfig, type Logger } from '@phoihop/core';
import type { Queue } from 'bullmq';
import cookieParser from 'cookie-parser';
import express from 'express';
import { Redis } from 'ioredis';
import { decodeJwt } from 'jose';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { processMetrics, registerQueueDepth, type Registry } from '../metrics';
import {
  admit,
  clearSessionCookies,
  CSRF_HEADER,
  crossSite,
  randomToken,
  sameToken,
  sessionId,
  SessionStore,
  setSessionCookies,
} from './admin-session';
import { createBoard } from './board';
import { loginLimiter } from './login-limit';
import { metricsRoute } from './metrics-route';
import { loginPage, logoutPage, signedOutPage } from './pages';

export const DASHBOARD_PATH = '/admin/queues';
const LOGIN_CSRF_COOKIE = 'phoihop_login_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface DashboardOptions {
  queues: Queue[];
  config: Config;
  logger: Logger;
  port?: number;
  /** The workers' registry (lateness, deliveries), the process's by default; queue depth is added to it here. */
  registry?: Registry;
  /** Session and sign-in limits; the config's by default. */
  limits?: Partial<DashboardConfig>;
}

type Req = express.Request;
type Res = express.Response;

/**
 * The operators' door: bull-board for admins (issue #6 parts 7 and 8; #11 part 5; #15 part 7),
 * `/metrics` for Prometheus, `/health` for probes. An admin signs in once with the gateway's
 * JWT; what follows is a server-side session with idle and absolute expiry, and every request
 * that changes anything — sign-in, sign-out, each board action — must come from this origin
 * and carry the CSRF token.
 */
export async function startDashboard(o: DashboardOptions): Promise<{ url: string; close(): Promise<void> }> {
  const { config, logger } = o;
  const limits = { ...config.dashboard, ...o.limits };
  const verify = createTokenVerifier(config.jwt);
  const registry = o.registry ?? processMetrics.registry;
  if (!registry.getSingleMetric('phoihop_queue_jobs')) registerQueueDepth(registry, o.queues);
  // Fail fast when Redis is down: a sign-in must not hang on a queued command.
  const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const sessions = new SessionStore(redis, config.queuePrefix, { idleMs: limits.sessionIdleMs, maxMs: limits.sessionMaxMs });
  const attempts = loginLimiter(redis, config.queuePrefix, { attempts: limits.loginAttempts, windowSeconds: limits.loginWindowSeconds });
  const cookies = { secure: config.isProduction };

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
  app.get('/metrics', metricsRoute(config, registry));

  const showLogin = (res: Res, status: number, message?: string) => {
    const csrf = randomToken();
    res.cookie(LOGIN_CSRF_COOKIE, csrf, { httpOnly: true, sameSite: 'strict', secure: cookies.secure, path: '/login', maxAge: 3600_000 });
    res.status(status).type('html').send(loginPage(csrf, message));
  };
  const refuse = (req: Req, res: Res, message: string) => {
    logger.warn({ path: req.path, method: req.method, origin: req.headers.origin, site: req.headers['sec-fetch-site'] }, 'dashboard refused a forged request');
    if (req.path.includes('/api/')) res.status(403).json({ error: message });
    else res.status(403).type('html').send(signedOutPage(message));
  };

  app.get('/login', (_req, res) => showLogin(res, 200));
  app.post('/login', express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    const address = req.socket.remoteAddress ?? 'unknown';
    const wait = await attempts.take(address);
    if (wait !== null) {
      logger.warn({ address }, 'dashboard sign-in rate limited');
      res.setHeader('Retry-After', String(wait));
      return showLogin(res, 429, `Quá nhiều lần đăng nhập. Vui lòng thử lại sau ${Math.ceil(wait / 60)} phút.`);
    }
    if (crossSite(req) || !sameToken(req.body?.csrf, String(req.cookies?.[LOGIN_CSRF_COOKIE] ?? ''))) {
      return showLogin(res, 403, 'Yêu cầu đăng nhập không hợp lệ hoặc từ trang khác. Vui lòng đăng nhập lại từ trang này.');
    }
    const token = typeof req.body?.token === 'string' ? req.body.token.trim() : undefined;
    const admission = await admit(verify, token);
    if (admission.status !== 200) return showLogin(res, admission.status, admission.reason);
    await attempts.giveBack(address);
    const exp = decodeJwt(token!).exp;
    const { id, session } = await sessions.open(admission.user, exp ? exp * 1000 : undefined);
    logger.info({ userId: admission.user.userId }, 'dashboard sign-in');
    res.clearCookie(LOGIN_CSRF_COOKIE, { path: '/login' });
    setSessionCookies(res, id, session, cookies);
    res.redirect(303, DASHBOARD_PATH);
  });

  app.get('/logout', async (req, res) => {
    const session = await sessions.touch(sessionId(req));
    if (!session) return res.status(200).type('html').send(signedOutPage('Bạn chưa đăng nhập hoặc phiên đã hết hạn.'));
    res.type('html').send(logoutPage(session.csrf));
  });
  app.post('/logout', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    const id = sessionId(req);
    const session = await sessions.touch(id);
    if (session && (crossSite(req) || !sameToken(req.body?.csrf, session.csrf))) return refuse(req, res, 'Yêu cầu đăng xuất từ trang khác bị từ chối.');
    await sessions.close(id);
    clearSessionCookies(res, cookies);
    if (session) logger.info({ userId: session.userId }, 'dashboard sign-out');
    res.redirect(303, '/login');
  });

  // The board's UI, its API and its static files alike sit behind the session.
  app.use(DASHBOARD_PATH, async (req, res, next) => {
    const id = sessionId(req);
    const session = await sessions.touch(id);
    if (!session) {
      if (id) clearSessionCookies(res, cookies);
      const message = id ? 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.' : 'Cần đăng nhập.';
      if (req.path.startsWith('/api/')) return res.status(401).json({ error: message });
      return showLogin(res, 401, message);
    }
    if (!SAFE_METHODS.has(req.method)) {
      if (crossSite(req)) return refuse(req, res, 'Yêu cầu từ trang khác bị từ chối.');
      if (!sameToken(req.headers[CSRF_HEADER], session.csrf)) return refuse(req, res, 'Thiếu hoặc sai mã chống giả mạo (CSRF). Vui lòng tải lại trang.');
    }
    // The page is where axios picks the token up; give it back should the cookie have gone.
    if (req.method === 'GET' && !req.path.startsWith('/api/')) setSessionCookies(res, id!, session, cookies);
    next();
  });
  app.use(DASHBOARD_PATH, createBoard(DASHBOARD_PATH, o.queues));

  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(o.port ?? config.ports.dashboard, config.bindHost, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ url: `${url}${DASHBOARD_PATH}` }, 'queue dashboard ready');
  let closing: Promise<void> | null = null;
  return {
    url,
    // Idempotent: a terminal's SIGINT and the launcher's SIGTERM may both ask.
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }).then(() => redis.quit().then(() => undefined))),
  };
}

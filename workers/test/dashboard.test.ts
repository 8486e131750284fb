import { loadConfig, signDevelopmentToken, type Config } from '@phoihop/core';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { userWith } from '../../test/support/users';
import { startDashboard } from '../src/dashboard';
import { WorkerMetrics } from '../src/metrics';

describe('queue dashboard', () => {
  const prefix = `{test-dashboard-${randomBytes(4).toString('hex')}}`;
  const METRICS_TOKEN = 'prometheus-scrape-token-0123456789';
  let config: Config;
  let queue: Queue;
  let dashboard: Awaited<ReturnType<typeof startDashboard>>;
  let metrics: WorkerMetrics;

  const tokenFor = (role: Parameters<typeof userWith>[0]) => signDevelopmentToken(userWith(role), config.jwt.secret);
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${dashboard.url}${path}`, { headers, redirect: 'manual' });

  beforeAll(async () => {
    config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', METRICS_TOKEN });
    queue = new Queue('delivery', { connection: { host: '127.0.0.1', port: 6379 }, prefix });
    await queue.add('deliver', { deliveryId: 'x' }, { jobId: 'delivery-x', delay: 60_000 });
    metrics = new WorkerMetrics();
    metrics.deliveries.inc({ channel: 'EMAIL', state: 'SENT' });
    dashboard = await startDashboard({ queues: [queue], config, logger: pino({ level: 'silent' }), port: 0, registry: metrics.registry });
  });

  afterAll(async () => {
    await dashboard?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
  });

  it('refuses anonymous visitors with 401 and non-admins with 403', async () => {
    expect((await get('/admin/queues')).status).toBe(401);
    expect((await get('/admin/queues/api/queues')).status).toBe(401);
    expect((await get('/admin/queues', { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
    for (const role of ['COMMITTEE_LEADER', 'DEPARTMENT_STAFF', 'SERVICE'] as const) {
      expect((await get('/admin/queues', { authorization: `Bearer ${await tokenFor(role)}` })).status).toBe(403);
      expect((await get('/admin/queues', { cookie: `phoihop_admin=${await tokenFor(role)}` })).status).toBe(403);
    }
    const forged = await signDevelopmentToken(userWith('ADMIN'), 'a-different-secret-of-some-length');
    expect((await get('/admin/queues', { cookie: `phoihop_admin=${forged}` })).status).toBe(401);
  });

  it('lets an admin sign in with a pasted token: HttpOnly SameSite=Strict cookie, then the board and its API', async () => {
    const page = await get('/login');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Dán mã đăng nhập');

    const refused = await fetch(`${dashboard.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: await tokenFor('INSPECTOR') }),
      redirect: 'manual',
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('set-cookie')).toBeNull();

    const login = await fetch(`${dashboard.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: await tokenFor('ADMIN') }),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/admin/queues');
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^phoihop_admin=[^;]+/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(';')[0];

    const board = await get('/admin/queues', { cookie: session });
    expect(board.status).toBe(200);
    expect(await board.text()).toMatch(/<html/i);
    const api = await get('/admin/queues/api/queues?activeQueue=delivery', { cookie: session });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: Array<{ name: string; counts: Record<string, number> }> };
    expect(body.queues.find((q) => q.name === 'delivery')?.counts.delayed).toBe(1);

    const out = await get('/logout', { cookie: session });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/phoihop_admin=;/);
  });

  it('serves Prometheus metrics behind the scrape token: queue depth, lateness, deliveries', async () => {
    expect((await get('/metrics')).status).toBe(401);
    expect((await get('/metrics', { authorization: 'Bearer wrong-token-wrong-token-wrong' })).status).toBe(401);
    const res = await get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('phoihop_queue_jobs{queue="delivery",state="delayed"} 1');
    expect(text).toContain('phoihop_queue_jobs{queue="delivery",state="failed"} 0');
    expect(text).toContain('phoihop_deliveries_total{channel="EMAIL",state="SENT"} 1');
    expect(text).toContain('# TYPE phoihop_job_lateness_seconds histogram');
  });

  it('refuses a sign-in posted from another site (login CSRF), setting no cookie', async () => {
    const token = await tokenFor('ADMIN');
    const post = (headers: Record<string, string>) =>
      fetch(`${dashboard.url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ token }),
        redirect: 'manual',
      });
    const foreign: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }];
    for (const headers of foreign) {
      const res = await post(headers);
      expect(res.status).toBe(403);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const own = await post({ origin: dashboard.url, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(303);
    expect(own.headers.get('set-cookie')).toMatch(/^phoihop_admin=/);
  });

  it('keeps /metrics closed in production when no METRICS_TOKEN is configured', async () => {
    const production = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', JWT_SECRET: 'a-production-secret-for-this-test' });
    const closed = await startDashboard({ queues: [queue], config: production, logger: pino({ level: 'silent' }), port: 0, registry: metrics.registry });
    try {
      const res = await fetch(`${closed.url}/metrics`);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('phoihop_');
    } finally {
      await closed.close();
    }
  });

  it('answers health probes', async () => {
    const res = await get('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

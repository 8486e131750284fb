import { loadConfig, signDevelopmentToken, type Config } from '@phoihop/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { userWith } from '../../test/support/users';
import { startDashboard } from '../src/dashboard';
import { localizeBoardHtml } from '../src/dashboard/board';
import { VIETNAMESE_MESSAGES } from '../src/dashboard/vi-messages';
import { WorkerMetrics } from '../src/metrics';

type Dashboard = Awaited<ReturnType<typeof startDashboard>>;
type Jar = Record<string, string>;

const cookieHeader = (jar: Jar) => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');
/** Keeps what Set-Cookie says, as a browser would (a cleared cookie leaves the jar). */
function remember(jar: Jar, res: Response): Jar {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
    if (value && !/Expires=Thu, 01 Jan 1970/.test(line)) jar[name] = value;
    else delete jar[name];
  }
  return jar;
}
const keys = (o: object, path = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as object, `${path}${k}.`) : [`${path}${k}`]));

describe('queue dashboard', () => {
  const prefix = `{test-dashboard-${randomBytes(4).toString('hex')}}`;
  const METRICS_TOKEN = 'prometheus-scrape-token-0123456789';
  let config: Config;
  let queue: Queue;
  let redis: Redis;
  let dashboard: Dashboard;
  let metrics: WorkerMetrics;

  const tokenFor = (role: Parameters<typeof userWith>[0], o: { expiresIn?: string } = {}) =>
    signDevelopmentToken(userWith(role), config.jwt.secret, o);
  const get = (d: Dashboard, path: string, jar: Jar = {}) => fetch(`${d.url}${path}`, { headers: { cookie: cookieHeader(jar) }, redirect: 'manual' });

  /** Opens the sign-in page and posts the token back as the form does, from the page's own origin. */
  async function signIn(d: Dashboard, token: string, headers: Record<string, string> = { origin: d.url, 'sec-fetch-site': 'same-origin' }) {
    const jar: Jar = {};
    const page = await get(d, '/login');
    remember(jar, page);
    const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1];
    const res = await fetch(`${d.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar), ...headers },
      body: new URLSearchParams({ token, csrf }),
      redirect: 'manual',
    });
    remember(jar, res);
    return { res, jar };
  }
  const addJob = (d: Dashboard, jar: Jar, headers: Record<string, string>, body = JSON.stringify({ name: 'stage', data: {} })) =>
    fetch(`${d.url}/admin/queues/api/queues/delivery/add`, { method: 'POST', headers: { cookie: cookieHeader(jar), ...headers }, body, redirect: 'manual' });

  beforeAll(async () => {
    config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', METRICS_TOKEN, QUEUE_PREFIX: prefix });
    redis = new Redis(config.redisUrl);
    queue = new Queue('delivery', { connection: { host: '127.0.0.1', port: 6379 }, prefix });
    await queue.add('deliver', { deliveryId: 'x' }, { jobId: 'delivery-x', delay: 60_000 });
    metrics = new WorkerMetrics();
    metrics.deliveries.inc({ channel: 'EMAIL', state: 'SENT' });
    // Every test signs in from 127.0.0.1; the limit has a test of its own.
    dashboard = await startDashboard({ queues: [queue], config, logger: pino({ level: 'silent' }), port: 0, registry: metrics.registry, limits: { loginAttempts: 1_000 } });
  });

  afterAll(async () => {
    await dashboard?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    const left = await redis.keys(`${prefix}:*`);
    if (left.length) await redis.del(...left);
    await redis.quit();
  });

  it('refuses anonymous visitors with 401, non-admins and forged tokens at sign-in, and has no other door', async () => {
    expect((await get(dashboard, '/admin/queues')).status).toBe(401);
    expect((await get(dashboard, '/admin/queues/api/queues')).status).toBe(401);
    for (const role of ['COMMITTEE_LEADER', 'DEPARTMENT_STAFF', 'SERVICE'] as const) {
      const { res, jar } = await signIn(dashboard, await tokenFor(role));
      expect(res.status).toBe(403);
      expect(jar.phoihop_admin).toBeUndefined();
    }
    const forged = await signDevelopmentToken(userWith('ADMIN'), 'a-different-secret-of-some-length');
    expect((await signIn(dashboard, forged)).res.status).toBe(401);
    // The JWT itself is no session: neither as a cookie nor as a bearer header.
    const admin = await tokenFor('ADMIN');
    expect((await get(dashboard, '/admin/queues', { phoihop_admin: admin })).status).toBe(401);
    const bearer = await fetch(`${dashboard.url}/admin/queues`, { headers: { authorization: `Bearer ${admin}` } });
    expect(bearer.status).toBe(401);
  });

  it('signs an admin in to a server-side session: HttpOnly SameSite=Strict cookie, a CSRF cookie, then the board in Vietnamese', async () => {
    const page = await get(dashboard, '/login');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Dán mã đăng nhập');

    const { res, jar } = await signIn(dashboard, await tokenFor('ADMIN'));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/queues');
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('phoihop_admin='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(jar.phoihop_admin).toMatch(/^[\w-]{43}$/); // an opaque id, not the token
    expect(cookies.find((c) => c.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/);

    const board = await get(dashboard, '/admin/queues', jar);
    expect(board.status).toBe(200);
    const html = await board.text();
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain('Đang tải…');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[\w.-]+\//); // no font CDN, nothing from outside
    expect(html).toContain('"lng":"en-GB"');
    expect(html).toContain('"miscLinks":[{"text":"Đăng xuất","url":"/logout"}]');
    const text = await get(dashboard, '/admin/queues/static/locales/en-GB/messages.json', jar);
    expect(((await text.json()) as typeof VIETNAMESE_MESSAGES).QUEUE.STATUS.DELAYED).toBe('Hẹn giờ');
    const font = await get(dashboard, '/admin/queues/fonts/ibm-plex-sans/files/ibm-plex-sans-vietnamese-400-normal.woff2', jar);
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect((await get(dashboard, '/admin/queues/fonts/ibm-plex-sans/package.json', jar)).status).toBe(404);

    const api = await get(dashboard, '/admin/queues/api/queues?activeQueue=delivery', jar);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: Array<{ name: string; counts: Record<string, number> }> };
    expect(body.queues.find((q) => q.name === 'delivery')?.counts.delayed).toBe(1);
  });

  it('has every text of the installed bull-board in Vietnamese, and a page without outside fonts', () => {
    const english = JSON.parse(readFileSync(require.resolve('@bull-board/ui/dist/static/locales/en-US/messages.json'), 'utf8')) as object;
    expect(keys(VIETNAMESE_MESSAGES).sort()).toEqual(keys(english).sort());
    const ejs = readFileSync(require.resolve('@bull-board/ui/dist/index.ejs'), 'utf8');
    expect(ejs).toContain('fonts.googleapis.com'); // what is replaced is still there to replace
    const page = localizeBoardHtml(ejs);
    expect(page).not.toContain('fonts.googleapis.com');
    expect(page).toContain('<link href="fonts/ibm-plex-sans/400.css" rel="stylesheet">');
  });

  it('refuses a cross-site or tokenless state change with 403 and leaves the queue as it was (issue #11, part 5)', async () => {
    const { jar } = await signIn(dashboard, await tokenFor('ADMIN'));
    const before = await queue.getJobCounts();
    const forged: Array<[Record<string, string>, string?]> = [
      // The hostile test's request: a simple POST, text/plain, from another site, with the admin cookie.
      [{ 'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, 'x'],
      [{ 'content-type': 'application/json', origin: 'https://evil.example' }],
      [{ 'content-type': 'application/json', 'sec-fetch-site': 'same-site' }],
      [{ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site', 'x-xsrf-token': jar['XSRF-TOKEN'] }],
      // Same origin but no token, or another session's token.
      [{ 'content-type': 'application/json', origin: dashboard.url, 'sec-fetch-site': 'same-origin' }],
      [{ 'content-type': 'application/json', origin: dashboard.url, 'x-xsrf-token': randomBytes(32).toString('base64url') }],
      [{ 'content-type': 'text/plain' }, 'x'],
    ];
    for (const [headers, body] of forged) {
      const res = await addJob(dashboard, jar, headers, body);
      expect([res.status, JSON.stringify(headers)]).toEqual([403, JSON.stringify(headers)]);
    }
    for (const method of ['PUT', 'DELETE']) {
      const res = await fetch(`${dashboard.url}/admin/queues/api/queues/delivery/pause`, { method, headers: { cookie: cookieHeader(jar), origin: 'https://evil.example' } });
      expect(res.status).toBe(403);
    }
    expect(await queue.getJobCounts()).toEqual(before);
    expect(await queue.isPaused()).toBe(false);

    // The board's own request: same origin, the token axios copies from the cookie.
    const own = await addJob(dashboard, jar, { 'content-type': 'application/json', origin: dashboard.url, 'sec-fetch-site': 'same-origin', 'x-xsrf-token': jar['XSRF-TOKEN'] });
    expect(own.status).toBe(200);
    expect((await queue.getJobCounts()).waiting).toBe(before.waiting + 1);
    await queue.clean(0, 100, 'wait');
  });

  it('refuses a sign-in posted from another site or without the form token (login CSRF), setting no session', async () => {
    const token = await tokenFor('ADMIN');
    const foreign: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }];
    for (const headers of foreign) {
      const { res, jar } = await signIn(dashboard, token, headers);
      expect(res.status).toBe(403);
      expect(jar.phoihop_admin).toBeUndefined();
    }
    const blind = await fetch(`${dashboard.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
      redirect: 'manual',
    });
    expect(blind.status).toBe(403);
    expect(blind.headers.getSetCookie().some((c) => c.startsWith('phoihop_admin='))).toBe(false);
  });

  it('signs out through a confirmation form with the CSRF token; the session is gone on the server, not just in the browser', async () => {
    const { jar } = await signIn(dashboard, await tokenFor('ADMIN'));
    const stolen = { ...jar };
    const confirm = await get(dashboard, '/logout', jar);
    expect(confirm.status).toBe(200);
    const csrf = /name="csrf" value="([^"]+)"/.exec(await confirm.text())![1];
    expect(csrf).toBe(jar['XSRF-TOKEN']);

    const forged = await fetch(`${dashboard.url}/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar), origin: 'https://evil.example' },
      body: new URLSearchParams({ csrf }),
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
    expect((await get(dashboard, '/admin/queues', jar)).status).toBe(200);

    const out = await fetch(`${dashboard.url}/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar), origin: dashboard.url, 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ csrf }),
      redirect: 'manual',
    });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/login');
    remember(jar, out);
    expect(jar.phoihop_admin).toBeUndefined();
    // A copy of the cookie taken before signing out opens nothing.
    const replay = await get(dashboard, '/admin/queues', stolen);
    expect(replay.status).toBe(401);
    expect(await replay.text()).toContain('Phiên đăng nhập đã hết hạn');
  });

  it('ends a session after its idle time, and never outlives the token it was opened with', async () => {
    const short = await startDashboard({ queues: [queue], config, logger: pino({ level: 'silent' }), port: 0, registry: metrics.registry, limits: { sessionIdleMs: 1_000 } });
    try {
      const { jar } = await signIn(short, await tokenFor('ADMIN'));
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, 600)); // activity keeps it alive past the idle time
        expect((await get(short, '/admin/queues/api/queues', jar)).status).toBe(200);
      }
      await new Promise((r) => setTimeout(r, 1_300));
      const api = await get(short, '/admin/queues/api/queues', jar);
      expect(api.status).toBe(401);
      expect(await api.json()).toEqual({ error: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.' });

    } finally {
      await short.close();
    }
    // On the long-idle board: a token with 2 s left opens a session of 2 s at most.
    const brief = await signIn(dashboard, await tokenFor('ADMIN', { expiresIn: '2s' }));
    expect(brief.res.status).toBe(303);
    expect((await get(dashboard, '/admin/queues/api/queues', brief.jar)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2_300));
    expect((await get(dashboard, '/admin/queues/api/queues', brief.jar)).status).toBe(401);
  });

  it('answers 429 with Retry-After once an address has used its sign-in attempts, good token or not', async () => {
    const limited = await startDashboard({ queues: [queue], config, logger: pino({ level: 'silent' }), port: 0, registry: metrics.registry, limits: { loginAttempts: 3, loginWindowSeconds: 60 } });
    try {
      const key = `${prefix}:dashboard-login:`;
      await redis.del(...(await redis.keys(`${key}*`)), 'none');
      // A good sign-in gives its attempt back.
      expect((await signIn(limited, await tokenFor('ADMIN'))).res.status).toBe(303);
      const bad = await Promise.all(Array.from({ length: 20 }, () => signIn(limited, 'not-a-jwt')));
      const statuses = bad.map((b) => b.res.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(3);
      expect(statuses.filter((s) => s === 429)).toHaveLength(17);
      const refused = bad.find((b) => b.res.status === 429)!.res;
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await refused.text()).toContain('Quá nhiều lần đăng nhập');
      const admin = await signIn(limited, await tokenFor('ADMIN'));
      expect(admin.res.status).toBe(429);
      expect(admin.jar.phoihop_admin).toBeUndefined();
    } finally {
      await limited.close();
      await redis.del(...(await redis.keys(`${prefix}:dashboard-login:*`)), 'none');
    }
  });

  it('serves Prometheus metrics behind the scrape token: queue depth, lateness, deliveries', async () => {
    expect((await get(dashboard, '/metrics')).status).toBe(401);
    const wrong = await fetch(`${dashboard.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token-wrong' } });
    expect(wrong.status).toBe(401);
    const res = await fetch(`${dashboard.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('phoihop_queue_jobs{queue="delivery",state="delayed"} 1');
    expect(text).toContain('phoihop_queue_jobs{queue="delivery",state="failed"} 0');
    expect(text).toContain('phoihop_deliveries_total{channel="EMAIL",state="SENT"} 1');
    expect(text).toContain('# TYPE phoihop_job_lateness_seconds histogram');
  });

  it('keeps /metrics closed in production when no METRICS_TOKEN is configured', async () => {
    const production = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', JWT_SECRET: 'a-production-secret-for-this-test', CONTEXT_SIGNING_KEY: 'a-production-context-key-for-this-test', QUEUE_PREFIX: prefix });
    const closed = await startDashboard({ queues: [queue], config: production, logger: pino({ level: 'silent' }), port: 0, registry: metrics.registry });
    try {
      const res = await fetch(`${closed.url}/metrics`);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('phoihop_');
    } finally {
      await closed.close();
    }
  });

  it('answers health probes, and closes once however often it is asked', async () => {
    const res = await get(dashboard, '/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const spare = await startDashboard({ queues: [queue], config, logger: pino({ level: 'silent' }), port: 0, registry: metrics.registry });
    await expect(Promise.all([spare.close(), spare.close()])).resolves.toBeDefined();
  });
});

import { loadConfig, signDevelopmentToken } from '@phoihop/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { chromium, type Browser } from 'playwright-core';
import { userWith } from '../../test/support/users';
import { waitFor } from '../../test/support/wait';
import { startDashboard } from '../src/dashboard';

/** Debian's chromium (`apt-get install -y chromium`); without it there is no browser to drive. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const withBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

withBrowser('queue dashboard in a real browser (headless Chromium)', () => {
  const prefix = `{test-dashboard-browser-${randomBytes(4).toString('hex')}}`;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', QUEUE_PREFIX: prefix });
  let queue: Queue;
  let dashboard: Awaited<ReturnType<typeof startDashboard>>;
  let browser: Browser;

  beforeAll(async () => {
    queue = new Queue('deadlines', { connection: { host: '127.0.0.1', port: 6379 }, prefix });
    await queue.add('stage', { title: 'Kiến nghị số 12/KN-HĐND về bồi thường giải phóng mặt bằng' }, { jobId: 'deadline-RECOMMENDATION-x-v1-R5', delay: 3_600_000 });
    dashboard = await startDashboard({ queues: [queue], config, logger: pino({ level: 'silent' }), port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await dashboard?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    const redis = new Redis(config.redisUrl);
    const left = await redis.keys(`${prefix}:*`);
    if (left.length) await redis.del(...left);
    await redis.quit();
  });

  it('signs in, shows the board in Vietnamese with nothing fetched from outside, acts with its CSRF token, and signs out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: Array<{ method: string; url: string; csrf: boolean }> = [];
    page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), csrf: !!r.headers()['x-xsrf-token'] }));

    await page.goto(`${dashboard.url}/login`);
    await page.fill('textarea[name=token]', await signDevelopmentToken(userWith('ADMIN'), config.jwt.secret));
    await Promise.all([page.waitForURL('**/admin/queues'), page.click('button[type=submit]')]);
    await page.goto(`${dashboard.url}/admin/queues/queue/deadlines`);
    await page.getByText('MỚI NHẤT').waitFor();
    await page.getByText('Kiến nghị số 12/KN-HĐND', { exact: false }).waitFor();
    await page.screenshot({ path: join(tmpdir(), 'phoihop-dashboard.png') });
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.getByText('HÀNG ĐỢI', { exact: true }).count()).toBe(1);

    // The board's own action (pause, from the queue's menu) passes: axios sends the token.
    await page.locator('main button[aria-haspopup=menu]').last().click();
    await page.getByText('Tạm dừng', { exact: true }).click();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    expect(await waitFor(() => queue.isPaused(), 5_000)).toBe(true);
    const pause = requests.find((r) => r.method === 'PUT' && r.url.endsWith('/api/queues/deadlines/pause'));
    expect(pause?.csrf).toBe(true);

    // Sign-out: the user menu's link, then the confirmation form.
    await page.locator('header ul > li:last-child button').click();
    await page.getByText('Đăng xuất', { exact: true }).click();
    await page.waitForURL('**/logout');
    await Promise.all([page.waitForURL('**/login'), page.getByRole('button', { name: 'Đăng xuất' }).click()]);
    const after = await page.goto(`${dashboard.url}/admin/queues`);
    expect(after?.status()).toBe(401);

    const outside = requests.filter((r) => new URL(r.url).hostname !== '127.0.0.1');
    expect(outside).toEqual([]);
    expect(requests.some((r) => r.url.includes('/fonts/ibm-plex-sans/files/ibm-plex-sans-vietnamese-'))).toBe(true);
    await page.close();
  }, 60_000);
});

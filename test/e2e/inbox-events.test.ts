import { committee } from '@phoihop/committee';
import { seedDirectory } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { loadConfig, recordDeadlineChange, signDevelopmentToken, stableId, type DeadlineChange, type UserContext } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import { Notification } from '@phoihop/workflow';
import { GraphDirectory, type RunningWorkers } from '@phoihop/workers';
import { EventSource } from 'eventsource';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { FEED_APPLICATION } from '../../gateway/src/events';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';
import { waitFor } from '../support/wait';
import { startGraphWorkers } from '../support/workers';

/** Friday 27 November 2026, 10:00 in Hà Tĩnh. */
const NOW = '2026-11-27T10:00:00+07:00';
const WARD = DEMO.jurisdictions.bacHongLinh.id;
const ECONOMY = DEMO.wardDepartments.bacEconomy.id;
const SOCIAL = DEMO.wardDepartments.bacSocial.id;

interface Received {
  type: 'notification' | 'unreadCount';
  data: { id?: string; subject?: string; itemId?: string; createdAt?: string; recipient?: { type: string; id: string }; unreadCount?: number };
  lastEventId: string;
}

describe('real-time inbox: GET /events (Server-Sent Events) fed by Postgres LISTEN/NOTIFY', () => {
  const prefix = `{phoihop-test-${randomBytes(4).toString('hex')}}`;
  let graph: TestGraph;
  let workers: RunningWorkers;
  let secret: string;
  let eventsUrl: string;
  const sources: EventSource[] = [];
  let n = 0;

  const economyStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId: ECONOMY });
  const socialStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId: SOCIAL });

  /** An item of `department` due on Tuesday 1/12, two working days away: its reminder is due now. */
  const change = (departmentId: string): DeadlineChange => ({
    itemKind: 'RECOMMENDATION',
    itemId: stableId('inbox-events-item', String(++n), prefix),
    jurisdictionId: WARD,
    state: 'OPEN',
    dueDate: '2026-12-01',
    startDate: '2026-09-01',
    rule: 'RECOMMENDATION_FOLLOW_UP@1',
    title: `Kiến nghị số ${n}/KN-HĐND về chỉnh trang đô thị`,
    assignee: { body: 'COMMITTEE', departmentId },
    raisedBy: 'COUNCIL',
    field: departmentId === ECONOMY ? 'LAND' : 'EDUCATION',
  });
  const publish = async (c: DeadlineChange) => {
    await graph.db.committee.transaction((m) => recordDeadlineChange(m, c));
    return c;
  };
  const rowsOf = (itemId: string) => graph.db.notifications.getRepository(Notification).findBy({ itemId });

  /** A real EventSource client; `fetch` adds the bearer token, as a browser app does with the `eventsource` package. */
  function subscribe(user: UserContext, lastEventId?: string, expiresIn?: string) {
    const received: Received[] = [];
    const es = new EventSource(eventsUrl, {
      fetch: async (url, init) =>
        fetch(url, {
          ...init,
          headers: { ...init.headers, authorization: `Bearer ${await signDevelopmentToken(user, secret, { expiresIn })}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
        }),
    });
    sources.push(es);
    for (const type of ['notification', 'unreadCount'] as const) {
      es.addEventListener(type, (e) => received.push({ type, data: JSON.parse(e.data), lastEventId: e.lastEventId }));
    }
    const notes = () => received.filter((r) => r.type === 'notification').map((r) => r.data);
    const unread = () => received.filter((r) => r.type === 'unreadCount').at(-1)?.data.unreadCount;
    return { es, received, notes, unread };
  }
  const inbox = async (user: UserContext) =>
    (await graph.ok<{ me: { unreadCount: number; notifications: { nodes: Array<{ id: string }> } } }>(`{ me { unreadCount notifications(first: 100) { nodes { id } } } }`, {}, user)).me;

  beforeAll(async () => {
    graph = await startTestGraph('inbox_events', [committee, council, front, notifications], { now: NOW, env: { EVENTS_HEARTBEAT_SECONDS: '0.3' } });
    await seedDirectory(graph.db.committee);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: graph.databaseUrl });
    secret = config.jwt.secret!;
    eventsUrl = graph.gatewayUrl.replace(/\/graphql$/, '/events');
    workers = await startGraphWorkers(graph, { prefix, directory: new GraphDirectory(graph.subgraphUrls.committee, config.contextSigningKey!, graph.clock), name: 'inbox-events' });
  }, 120_000);

  afterAll(async () => {
    sources.forEach((es) => es.close());
    await workers?.close();
    const redis = new Redis(loadConfig({ NODE_ENV: 'test' }).redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await graph?.close();
  });

  it('pushes the reminder the workers produced to its department staff, and never to another department', async () => {
    const economy = subscribe(economyStaff);
    const social = subscribe(socialStaff);
    await waitFor(async () => economy.unread() === 0 && social.unread() === 0);

    const mine = await publish(change(ECONOMY));
    const theirs = await publish(change(SOCIAL));
    const got = await waitFor(async () => economy.notes().find((x) => x.itemId === mine.itemId));
    expect(got).toMatchObject({ recipient: { type: 'DEPARTMENT', id: ECONOMY }, subject: expect.stringContaining(mine.title) });
    expect(got.subject).toBe(got.subject!.normalize('NFC'));
    expect(got.createdAt).toBe(new Date(NOW).toISOString()); // the workers' clock, as DateTime shows it
    await waitFor(async () => social.notes().find((x) => x.itemId === theirs.itemId));

    // Everything that arrived is what `me { notifications }` shows the same user, and the count agrees.
    await waitFor(async () => economy.unread() === (await inbox(economyStaff)).unreadCount && economy.unread()! > 0);
    const shown = (await inbox(economyStaff)).notifications.nodes.map((x) => x.id).sort();
    expect(economy.notes().map((x) => x.id).sort()).toEqual(shown);
    expect(social.notes().map((x) => x.id).sort()).toEqual((await inbox(socialStaff)).notifications.nodes.map((x) => x.id).sort());

    // Another department's reminder never reached the economy staff, nor theirs the social staff.
    const otherRows = await rowsOf(theirs.itemId);
    expect(otherRows.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(economy.notes().filter((x) => x.itemId === theirs.itemId || x.recipient?.id === SOCIAL)).toEqual([]);
    expect(social.notes().filter((x) => x.itemId === mine.itemId || x.recipient?.id === ECONOMY)).toEqual([]);
    economy.es.close();
    social.es.close();
  }, 60_000);

  it('keeps streaming when PostgreSQL ends the feed\'s idle connections (a restart, a terminated backend)', async () => {
    const economy = subscribe(economyStaff);
    await waitFor(async () => economy.unread() !== undefined);
    const [{ n }] = await graph.db.notifications.query(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1 AND state = 'idle'`,
      [FEED_APPLICATION],
    );
    expect(n).toBeGreaterThan(0);
    const after = await publish(change(ECONOMY));
    await waitFor(async () => economy.notes().find((x) => x.itemId === after.itemId));
    economy.es.close();
  }, 60_000);

  it('replays what a client missed while away when it reconnects with Last-Event-ID, and only that', async () => {
    const first = subscribe(economyStaff);
    await waitFor(async () => first.unread() !== undefined);
    const before = await publish(change(ECONOMY));
    await waitFor(async () => first.notes().find((x) => x.itemId === before.itemId));
    const lastEventId = first.received.filter((r) => r.type === 'notification').at(-1)!.lastEventId;
    expect(lastEventId).toMatch(/^\d+$/);
    first.es.close();

    const missed = await publish(change(ECONOMY));
    await waitFor(async () => (await rowsOf(missed.itemId)).length > 0);
    const missedIds = (await rowsOf(missed.itemId)).map((r) => r.id).sort();

    const again = subscribe(economyStaff, lastEventId);
    await waitFor(async () => again.unread() !== undefined && again.notes().length >= missedIds.length);
    expect(again.notes().map((x) => x.id).sort()).toEqual(missedIds);
    expect(again.unread()).toBe((await inbox(economyStaff)).unreadCount);

    // Reading one moves the count on every open stream.
    const count = again.unread()!;
    await graph.ok(`mutation ($id: ID!) { markNotificationRead(id: $id) { read } }`, { id: missedIds[0] }, economyStaff);
    await waitFor(async () => again.unread() === count - 1);
    again.es.close();
  }, 60_000);

  it('the EventSource client reconnects by itself when its token runs out, and gets what came meanwhile', async () => {
    const es = subscribe(economyStaff, undefined, '2s');
    const opened: number[] = [];
    es.es.addEventListener('open', () => opened.push(Date.now()));
    await waitFor(async () => es.unread() !== undefined);
    // The server ends the stream at the token's expiry; the client waits `retry` (5 s) and comes back
    // with Last-Event-ID and a fresh token. What is written in between arrives after it.
    await waitFor(async () => es.es.readyState === EventSource.CONNECTING, 5_000);
    const meanwhile = await publish(change(ECONOMY));
    await waitFor(async () => (await rowsOf(meanwhile.itemId)).length > 0);
    const got = await waitFor(async () => es.notes().find((x) => x.itemId === meanwhile.itemId), 10_000);
    expect(opened.length).toBe(2);
    expect(got.subject).toContain(meanwhile.title);
    es.es.close();
  }, 30_000);

  it('refuses a stream without a valid bearer token, as /graphql does', async () => {
    const none = await fetch(eventsUrl);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await signDevelopmentToken(economyStaff, 'a-different-secret-of-some-length');
    expect((await fetch(eventsUrl, { headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
  });

  it('keeps a quiet stream alive with heartbeats, and ends it when its token expires', async () => {
    const token = await signDevelopmentToken(economyStaff, secret, { expiresIn: '2s' });
    const started = Date.now();
    const res = await fetch(eventsUrl, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk);
    // The loop ends when the server ends the stream: at the token's expiry.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(text.startsWith('retry: 5000\n\n')).toBe(true);
    expect(text.match(/^: heartbeat$/gm)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('event: unreadCount\ndata: {"unreadCount":');
  });
});

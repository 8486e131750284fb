import { Access, type Config, type Logger, type UserContext } from '@phoihop/core';
import {
  addressesOf,
  addressKey,
  feedPosition,
  INBOX_CHANNEL,
  readFeed,
  unreadCount,
  type FeedNotification,
  type InboxAnnouncement,
  type Recipient,
} from '@phoihop/workflow';
import type { Express, Request, Response } from 'express';
import type http from 'node:http';
import { decodeJwt } from 'jose';
import { Client, Pool } from 'pg';

/** Rows sent per read; a client far behind gets its backlog in several reads. */
const BATCH = 100;
const MAX_BATCHES = 10;
const RETRY_MS = 5_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface InboxEventsOptions {
  app: Express;
  httpServer: http.Server;
  verify: (token: string) => Promise<UserContext>;
  config: Config;
  logger: Logger;
}

interface Subscriber {
  user: UserContext;
  addresses: Recipient[];
  keys: Set<string>;
  res: Response;
  /** The feed position (notification `seq`) this client has seen up to: its `Last-Event-ID`. */
  position: number;
  /** Rows announced below `position` (their transaction committed late): sent if they are the client's. */
  late: Set<number>;
  unread: number | null;
  busy: boolean;
  again: boolean;
  timers: NodeJS.Timeout[];
}

/**
 * `GET /events` — the signed-in user's inbox as Server-Sent Events (issue #15, part 8):
 * `notification` for each new notification addressed to them — to them, their departments
 * or their bodies, by the rules of `me { notifications }` (addressesOf) — and `unreadCount`
 * whenever the count moves. The feed comes from Postgres: a trigger announces each row on
 * LISTEN/NOTIFY with ids only, and what is sent is re-read from the workflow store for the
 * reader. Each event's id is the feed position, so a reconnecting client (`Last-Event-ID`)
 * is sent what it missed. Comments every EVENTS_HEARTBEAT_SECONDS keep proxies from closing
 * a quiet stream; a stream ends when its token expires, and the client reconnects with a new one.
 */
export function mountInboxEvents(o: InboxEventsOptions): void {
  const subscribers = new Set<Subscriber>();
  let feed: { pool: Pool; listener: InboxListener } | null = null;
  const open = () =>
    (feed ??= {
      pool: feedPool(o.config.databaseUrl, o.logger),
      listener: new InboxListener(o.config.databaseUrl, o.logger, announce, () => subscribers.forEach((s) => void refresh(s))),
    });

  function announce(a: InboxAnnouncement) {
    for (const s of subscribers) {
      if (!s.keys.has(addressKey({ type: a.recipientType as Recipient['type'], id: a.recipientId }))) continue;
      if (!a.read && a.seq <= s.position) s.late.add(a.seq);
      void refresh(s);
    }
  }

  /** Sends the client what it has not seen; one read at a time per client, repeated while announcements come in. */
  async function refresh(s: Subscriber): Promise<void> {
    if (s.busy) {
      s.again = true;
      return;
    }
    s.busy = true;
    try {
      do {
        s.again = false;
        for (let i = 0; i < MAX_BATCHES; i++) {
          const late = [...s.late];
          const rows = await readFeed(open().pool, new Access(s.user), s.addresses, s.position, late, BATCH);
          late.forEach((seq) => s.late.delete(seq));
          for (const n of rows) sendNotification(s, n);
          if (rows.length < BATCH) break;
        }
        const count = await unreadCount(open().pool, new Access(s.user), s.addresses);
        if (count !== s.unread && subscribers.has(s)) {
          s.unread = count;
          // Carries the position too: a client that has had no notification yet still resumes from here.
          write(s.res, { id: String(s.position), event: 'unreadCount', data: { unreadCount: count } });
        }
      } while (s.again && subscribers.has(s));
    } catch (error) {
      o.logger.warn({ err: error, userId: s.user.userId }, 'inbox events: read failed; the next announcement retries');
    } finally {
      s.busy = false;
    }
  }

  function sendNotification(s: Subscriber, n: FeedNotification) {
    if (!subscribers.has(s)) return;
    s.position = Math.max(s.position, n.seq);
    const { seq: _seq, ...notification } = n;
    write(s.res, { id: String(s.position), event: 'notification', data: notification });
  }

  const heartbeat = setInterval(() => subscribers.forEach((s) => s.res.write(': heartbeat\n\n')), o.config.events.heartbeatMs);
  heartbeat.unref();

  o.app.get('/events', async (req: Request, res: Response) => {
    const token = bearer(req);
    let user: UserContext;
    try {
      if (!token) throw new Error('no bearer token');
      user = await o.verify(token);
    } catch (error) {
      o.logger.info({ reason: (error as Error).message }, 'rejected token on /events');
      res.status(401).json({ errors: [{ message: token ? 'Invalid or expired token' : 'Authorization must be "Bearer <token>"', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    const { pool, listener } = open();
    const lastEventId = String(req.headers['last-event-id'] ?? '');
    let position: number;
    try {
      await listener.start();
      const now = await feedPosition(pool);
      // An id from another database (a restored backup, a made-up one) is no promise to keep quiet.
      position = /^\d{1,15}$/.test(lastEventId) ? Math.min(Number(lastEventId), now) : now;
    } catch (error) {
      o.logger.error({ err: error }, 'inbox events: the database does not answer');
      res.status(503).json({ errors: [{ message: 'Hộp thư tạm thời không khả dụng, vui lòng thử lại sau.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    // no-transform: compression must not hold the stream back.
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(`retry: ${RETRY_MS}\n\n`);
    const addresses = addressesOf(new Access(user));
    const s: Subscriber = { user, addresses, keys: new Set(addresses.map(addressKey)), res, position, late: new Set(), unread: null, busy: false, again: false, timers: [] };
    subscribers.add(s);
    const exp = decodeJwt(token).exp;
    if (exp) s.timers.push(setTimeout(() => res.end(), Math.min(MAX_TIMER_MS, Math.max(0, exp * 1000 - Date.now()))));
    req.on('close', () => {
      subscribers.delete(s);
      s.timers.forEach(clearTimeout);
    });
    void refresh(s);
  });

  // The drain of the HTTP server waits for open requests; a stream never finishes by itself.
  const close = o.httpServer.close.bind(o.httpServer);
  o.httpServer.close = ((done?: (err?: Error) => void) => {
    clearInterval(heartbeat);
    subscribers.forEach((s) => s.res.end());
    subscribers.clear();
    const f = feed;
    feed = null;
    void f?.listener.stop().then(() => f.pool.end()).catch(() => undefined);
    return close(done);
  }) as typeof o.httpServer.close;
}

/** How the streams' connections name themselves in `pg_stat_activity`. */
export const FEED_APPLICATION = 'phoihop-inbox-feed';

/**
 * The pool the streams read through. An idle connection that PostgreSQL ends (a restart, a
 * terminated backend) is an `error` event of the pool: logged and dropped, the next read opens
 * a new one, instead of an unhandled error that would end the gateway.
 */
function feedPool(url: string, logger: Logger): Pool {
  const pool = new Pool({ connectionString: url, max: 4, application_name: FEED_APPLICATION });
  pool.on('error', (error) => logger.warn({ err: error }, 'inbox events: an idle database connection ended'));
  return pool;
}

function bearer(req: Request): string | undefined {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}

function write(res: Response, e: { id?: string; event: string; data: unknown }) {
  res.write(`${e.id ? `id: ${e.id}\n` : ''}event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`);
}

/**
 * One `LISTEN phoihop_inbox` connection per gateway, whatever the number of clients. After a
 * lost connection it reconnects with backoff and asks every client to catch up, since
 * announcements may have been missed meanwhile.
 */
class InboxListener {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryMs = 1_000;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
    private readonly onAnnouncement: (a: InboxAnnouncement) => void,
    private readonly onResync: () => void,
  ) {}

  start(): Promise<void> {
    if (this.stopped || this.client) return Promise.resolve();
    return (this.connecting ??= this.connect().finally(() => (this.connecting = null)));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      if (msg.channel !== INBOX_CHANNEL || !msg.payload) return;
      try {
        this.onAnnouncement(JSON.parse(msg.payload) as InboxAnnouncement);
      } catch (error) {
        this.logger.warn({ err: error }, 'inbox events: unreadable announcement');
      }
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${INBOX_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) return void (await client.end());
    this.client = client;
    this.retryMs = 1_000;
  }

  private lost(client: Client) {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.logger.warn('inbox events: LISTEN connection lost; reconnecting');
    const retry = () =>
      this.start()
        .then(() => this.onResync())
        .catch(() => {
          this.retryMs = Math.min(this.retryMs * 2, 30_000);
          if (!this.stopped) setTimeout(retry, this.retryMs).unref();
        });
    setTimeout(retry, this.retryMs).unref();
  }
}

import { Client } from 'pg';
import { REFERENCE_CHANNEL } from './migrations';

const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;
/** invalid_catalog_name: the database was dropped (a test's, at its end); nothing to watch. */
const DATABASE_GONE = '3D000';

/**
 * One `LISTEN phoihop_reference` connection to one database. It calls `onChange` for every
 * notification, and also whenever it (re)connects or loses its connection, since edits may
 * have been missed meanwhile. After a loss it reconnects on the next read of the cache, with
 * backoff, until stopped or the database is gone: no timer runs in the background, and its
 * socket is unref'd, so an idle listener never keeps a process alive.
 */
export class ReferenceListener {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryMs = RETRY_FIRST_MS;
  private retryAt = 0;
  private stopped = false;
  listening = false;

  constructor(
    private readonly url: string,
    private readonly onChange: () => void,
    private readonly onGone: () => void,
  ) {}

  /** Connects unless listening, connecting or backing off; resolves when listening or failed. */
  start(): Promise<void> {
    if (this.stopped || this.client) return Promise.resolve();
    if (this.connecting) return this.connecting;
    if (performance.now() < this.retryAt) return Promise.resolve();
    this.connecting = this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (msg) => {
      if (msg.channel === REFERENCE_CHANNEL) this.onChange();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${REFERENCE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      if ((error as { code?: string }).code === DATABASE_GONE) return this.gone();
      return this.retry();
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
    this.client = client;
    this.listening = true;
    this.retryMs = RETRY_FIRST_MS;
    // Whatever was read before LISTEN took effect may predate an edit.
    this.onChange();
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    this.onChange();
    void client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    this.retryAt = performance.now() + this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private gone(): void {
    this.stopped = true;
    this.onGone();
  }
}

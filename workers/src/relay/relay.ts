import { OUTBOX_CHANNEL, type Clock, type Logger } from '@phoihop/core';
import type { Queue } from 'bullmq';
import type { JobOptionsOf } from '../queues';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { OUTBOX_SOURCES, RELAYED_TOPICS, TOPIC_JOBS, outboxJobId, type OutboxSource } from '../ledger/sources';

export interface RelayOptions {
  db: DataSource;
  databaseUrl: string;
  queue: Queue;
  clock: Clock;
  logger: Logger;
  /** Fallback poll when a NOTIFY is missed (or LISTEN is down). */
  pollMs?: number;
  batchSize?: number;
  /** Pause before opening LISTEN again after it failed or was lost. */
  listenRetryMs?: number;
  sources?: readonly OutboxSource[];
  /** Per-job options (retries of the jobs that call other services). */
  jobOptions?: JobOptionsOf;
}

/**
 * Outbox relay (DESIGN.md rule 3): wakes on Postgres NOTIFY, polls as a fallback, claims
 * rows with FOR UPDATE SKIP LOCKED (replicas share the work), adds one job per row with a
 * deterministic id, then marks the rows relayed in the same transaction. A crash after the
 * add and before the commit leaves the rows unrelayed; relaying them again adds nothing,
 * because BullMQ ignores a job id it already holds (completed jobs are kept 32 days).
 */
export class OutboxRelay {
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private listenRetry: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly present = new Set<OutboxSource>();

  constructor(private readonly o: RelayOptions) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
    this.timer = setInterval(() => this.kick(), this.o.pollMs ?? 5_000);
    this.kick();
  }

  /** Relays until the outboxes are empty; concurrent kicks fold into one more pass. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.relayOnce()) > 0 && !this.stopped);
        } while (this.again && !this.stopped);
      } catch (err) {
        this.o.logger.error({ err }, 'outbox relay pass failed; the next poll retries');
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** One batch from each outbox; returns how many rows were relayed. */
  async relayOnce(): Promise<number> {
    let total = 0;
    for (const source of await this.sources()) {
      total += await this.o.db.transaction(async (m) => {
        const rows: Array<{ id: string; topic: string }> = await m.query(
          `SELECT "id"::text AS "id", "topic" FROM "${source}"."outbox"
            WHERE "relayed_at" IS NULL AND "topic" = ANY($1)
            ORDER BY "id" LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [RELAYED_TOPICS, this.o.batchSize ?? 100],
        );
        if (rows.length === 0) return 0;
        await this.o.queue.addBulk(
          rows.map((r) => {
            const ref = { source, outboxId: r.id };
            const name = TOPIC_JOBS[r.topic];
            return { name, data: ref, opts: { ...this.o.jobOptions?.(name), jobId: outboxJobId(ref) } };
          }),
        );
        await m.query(`UPDATE "${source}"."outbox" SET "relayed_at" = $2 WHERE "id" = ANY($1::bigint[])`, [rows.map((r) => r.id), this.o.clock.now()]);
        return rows.length;
      });
    }
    return total;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.listenRetry) clearTimeout(this.listenRetry);
    this.listenRetry = null;
    await this.running;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  /** The outboxes that exist in this database (a deployment may run fewer services). */
  private async sources(): Promise<OutboxSource[]> {
    const wanted = this.o.sources ?? OUTBOX_SOURCES;
    const missing = wanted.filter((s) => !this.present.has(s));
    if (missing.length) {
      const rows: Array<{ s: string }> = await this.o.db.query(
        `SELECT table_schema AS s FROM information_schema.tables WHERE table_name = 'outbox' AND table_schema = ANY($1)`,
        [missing],
      );
      for (const r of rows) this.present.add(r.s as OutboxSource);
    }
    return wanted.filter((s) => this.present.has(s));
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.o.databaseUrl });
    client.on('notification', () => this.kick());
    client.on('error', (err) => {
      if (this.listener !== client) return;
      this.o.logger.warn({ err }, 'outbox LISTEN connection lost; polling until it is back');
      this.listener = null;
      void client.end().catch(() => undefined);
      this.retryListen();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (err) {
      this.o.logger.warn({ err }, 'outbox LISTEN unavailable; polling until it is back');
      await client.end().catch(() => undefined);
      this.retryListen();
      return;
    }
    // Stopped while connecting: this client must not outlive the relay.
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private retryListen(): void {
    if (this.stopped || this.listenRetry) return;
    this.listenRetry = setTimeout(() => {
      this.listenRetry = null;
      if (!this.stopped) void this.listen();
    }, this.o.listenRetryMs ?? 5_000);
    this.listenRetry.unref();
  }
}

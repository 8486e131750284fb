import { FixedClock, loadConfig, recordDeadlineChange, stableId, type DeadlineChange } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { Deadline, Notification, requestRecompute, stageJobId } from '@phoihop/workflow';
import { processMetrics } from '../../workers/src/metrics';
import { UnrecoverableError, Worker } from 'bullmq';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { waitFor } from '../support/wait';
import { startWorkersWorld, type WorkersWorld } from '../support/workers-world';
import { outboxJobId, redisOptions, unscheduledDeadlines, type Directory, type Recomputer, type RunningWorkers } from '@phoihop/workers';

const NOW = '2026-11-27T10:00:00+07:00';
const WARD = DEMO.jurisdictions.bacHongLinh.id;
const ECONOMY = DEMO.wardDepartments.bacEconomy.id;

/** The committee directory behind a switch: `down` is the subgraph restarting, `refusing` a request it will always refuse. */
class SwitchableDirectory implements Directory {
  mode: 'up' | 'down' | 'refusing' = 'up';
  constructor(private readonly inner: Directory) {}
  private check() {
    if (this.mode === 'down') throw new Error('fetch failed: connect ECONNREFUSED (committee subgraph)');
    if (this.mode === 'refusing') throw new UnrecoverableError('directory: FORBIDDEN');
  }
  async departmentHead(j: string, d: string) {
    this.check();
    return this.inner.departmentHead(j, d);
  }
  async viceChairInCharge(j: string, f: string) {
    this.check();
    return this.inner.viceChairInCharge(j, f);
  }
  async chair(j: string) {
    this.check();
    return this.inner.chair(j);
  }
}

/** Counts the recompute requests the owning services received; fails the first `failures` calls. */
class CountingRecomputer implements Recomputer {
  calls = 0;
  failures = 0;
  async recompute() {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('front recompute failed (HTTP 502)');
    }
    this.calls++;
    return { council: 0, committee: 0, front: 0 };
  }
}

describe('reconciler: failed and lost jobs run again, once', () => {
  const prefix = `{phoihop-test-${randomBytes(4).toString('hex')}}`;
  const clock = new FixedClock(NOW);
  let world: WorkersWorld;
  let db: DataSource;
  let committee: DataSource;
  let directory: SwitchableDirectory;
  const recomputer = new CountingRecomputer();
  let workers: RunningWorkers;
  let n = 0;

  const change = (over: Partial<DeadlineChange> = {}): DeadlineChange => ({
    itemKind: 'RECOMMENDATION',
    itemId: stableId('reconcile-item', String(++n), prefix),
    jurisdictionId: WARD,
    state: 'OPEN',
    dueDate: '2026-11-26',
    startDate: '2026-09-01',
    rule: 'RECOMMENDATION_FOLLOW_UP@1',
    title: `Kiến nghị số ${n}/KN-HĐND về chỉnh trang đô thị`,
    assignee: { body: 'COMMITTEE', departmentId: ECONOMY },
    raisedBy: 'COUNCIL',
    field: 'LAND',
    ...over,
  });
  const publish = (c: DeadlineChange) => committee.transaction((m) => recordDeadlineChange(m, c));
  const ledger = (itemId: string) => db.getRepository(Deadline).findOneBy({ itemId });
  const sent = (itemId: string) => db.getRepository(Notification).find({ where: { itemId }, order: { createdAt: 'ASC' } });
  const jobState = async (id: string) => (await workers.queue.getJob(id))?.getState();
  const flushRedis = () => world.flushRedis();

  beforeAll(async () => {
    world = await startWorkersWorld('workers_reconcile', {
      clock,
      prefix,
      directory: (graph) => (directory = new SwitchableDirectory(graph)),
      workers: { recomputer, retry: { attempts: 2, delayMs: 20, capMs: 50 } },
    });
    ({ db, committee, workers } = world);
  });

  afterAll(() => world?.close());

  it('retries a stage job that ran out of attempts while the committee directory was down; the notification goes out once', async () => {
    directory.mode = 'down';
    const c = change();
    await publish(c);
    const d = await waitFor(async () => {
      const x = await ledger(c.itemId);
      return x?.nextStage === 'L1' ? x : null;
    });
    const jobId = stageJobId(d, 'L1');
    await waitFor(async () => (await jobState(jobId)) === 'failed');
    expect(await sent(c.itemId)).toEqual([]);
    expect(await ledger(c.itemId)).toMatchObject({ nextStage: 'L1', escalationLevel: 0 });

    directory.mode = 'up';
    const result = await workers.reconcile();
    expect(result.retried).toBe(1);
    const done = await waitFor(async () => {
      const x = await ledger(c.itemId);
      return x?.stage === 'L1' ? x : null;
    });
    expect(done).toMatchObject({ escalationLevel: 1, nextStage: 'L2' });
    const notes = await sent(c.itemId);
    expect(notes.map((x) => [x.stage, x.recipientId])).toEqual([['L1', DEMO.wardOfficials.bacHeadEconomy.id]]);
    // A second reconcile finds nothing to do and sends nothing more.
    expect(await workers.reconcile()).toMatchObject({ replayed: 0, added: 0, retried: 0 });
    expect(await sent(c.itemId)).toHaveLength(1);
  });

  it('records a stage its handler declared permanently failed on the ledger, counts it, and leaves it failed', async () => {
    directory.mode = 'refusing';
    const c = change();
    await publish(c);
    const d = await waitFor(async () => {
      const x = await ledger(c.itemId);
      return x?.nextStage === 'L1' ? x : null;
    });
    const jobId = stageJobId(d, 'L1');
    await waitFor(async () => (await jobState(jobId)) === 'failed');
    directory.mode = 'up';
    const result = await workers.reconcile();
    expect(result).toMatchObject({ retried: 0, final: 1, unscheduled: 0 });
    expect(await jobState(jobId)).toBe('failed');
    expect(await sent(c.itemId)).toEqual([]);
    expect(await ledger(c.itemId)).toMatchObject({ nextStage: 'L1', failedVersion: 1, failedStage: 'L1', failureReason: 'directory: FORBIDDEN' });
    const metrics = await processMetrics.registry.getSingleMetricAsString('phoihop_final_failures_total');
    expect(metrics).toMatch(/phoihop_final_failures_total\{queue="deadlines",name="stage"\} [1-9]/);
    // The invariant holds: a stage failed for good is the ledger's decision, not a lost job.
    expect(await unscheduledDeadlines(db, workers.queue, clock.now())).toEqual([]);
  });

  it('retries a job BullMQ failed after two stalls (two crashes while it ran): the ledger, not BullMQ, decides; the escalation goes out once', async () => {
    // Two workers in turn take the relayed change and die while running it (their locks lapse
    // unrenewed, as after kill -9); the second stall makes BullMQ fail it as UnrecoverableError.
    await workers.worker.pause();
    const c = change();
    await publish(c);
    const [{ id }] = await committee.query(`SELECT id::text AS id FROM committee.outbox WHERE aggregate_id = $1`, [c.itemId]);
    const relayJob = outboxJobId({ source: 'committee', outboxId: id });
    // A worker that hangs on the relayed change (and refuses anything else); its stall check
    // finds the lock of the one before it lapsed.
    const doomed = (onActive: () => void) =>
      new Worker(
        'deadlines',
        async (job) => {
          if (job.id !== relayJob) throw new Error('not this test\'s job');
          onActive();
          return new Promise(() => undefined);
        },
        { connection: { ...redisOptions(loadConfig().redisUrl), maxRetriesPerRequest: null }, prefix, lockDuration: 600, stalledInterval: 300, maxStalledCount: 1 },
      );
    for (let crash = 0; crash < 2; crash++) {
      let running!: () => void;
      const active = new Promise<void>((r) => (running = r));
      const w = doomed(() => running());
      await active;
      await w.close(true);
    }
    const checker = doomed(() => undefined);
    const failed = await waitFor(async () => {
      const job = await workers.queue.getJob(relayJob);
      return job && (await job.getState()) === 'failed' ? job : null;
    }, 20_000);
    await checker.close(true);
    expect(failed.failedReason).toBe('job stalled more than allowable limit');
    workers.worker.resume();
    expect(await ledger(c.itemId)).toBeNull();

    expect((await workers.reconcile()).replayed).toBe(1);
    const done = await waitFor(async () => {
      const x = await ledger(c.itemId);
      return x?.stage === 'L1' ? x : null;
    });
    expect(done).toMatchObject({ escalationLevel: 1, nextStage: 'L2', failedStage: null });
    expect((await sent(c.itemId)).map((x) => x.stage)).toEqual(['L1']);
    expect(await workers.reconcile()).toMatchObject({ replayed: 0, unscheduled: 0 });
    expect(await sent(c.itemId)).toHaveLength(1);
  });

  it('replays an apply-change job that failed during a Postgres blip; the ledger gets the change', async () => {
    const c = change({ dueDate: '2026-12-18' });
    await workers.relay.stop();
    await publish(c);
    const [{ id }] = await committee.query(`SELECT id::text AS id FROM committee.outbox WHERE aggregate_id = $1`, [c.itemId]);
    const ref = { source: 'committee' as const, outboxId: id as string };
    // The blip: the ledger table is unreachable while the job runs its (last) attempt.
    await db.query(`ALTER TABLE workflow.deadline RENAME TO deadline_blip`);
    try {
      await workers.queue.add('apply-change', ref, { jobId: outboxJobId(ref), attempts: 1 });
      await waitFor(async () => (await jobState(outboxJobId(ref))) === 'failed');
    } finally {
      await db.query(`ALTER TABLE workflow.deadline_blip RENAME TO deadline`);
    }
    await committee.query(`UPDATE committee.outbox SET relayed_at = now() WHERE id = $1`, [id]);
    expect(await ledger(c.itemId)).toBeNull();

    const result = await workers.reconcile();
    expect(result.replayed).toBe(1);
    const d = await waitFor(async () => {
      const x = await ledger(c.itemId);
      return x?.nextStage ? x : null;
    });
    expect(d).toMatchObject({ version: 1, dueDate: '2026-12-18', lastEventId: id, nextStage: 'R5' });
    expect((await workers.reconcile()).replayed).toBe(0);
    await workers.relay.start();
  });

  it('runs a recompute request again after Redis lost it between relay and processing, once', async () => {
    await workers.worker.pause();
    const before = recomputer.calls;
    await db.transaction((m) => requestRecompute(m, { cause: 'CALENDAR', from: '2026-12-02' }));
    const [row] = await waitFor(async () => {
      const rows = await db.query(`SELECT id::text AS id FROM workflow.outbox WHERE relayed_at IS NOT NULL AND payload->>'from' = '2026-12-02'`);
      return rows.length ? rows : null;
    });
    await flushRedis();
    workers.worker.resume();

    // The reconcile scheduler this call puts back after the flush may run at once and re-add it first.
    expect((await workers.reconcile()).replayed).toBeLessThanOrEqual(1);
    await waitFor(async () => (await db.query(`SELECT processed_at FROM workflow.outbox WHERE id = $1`, [row.id]))[0].processed_at);
    expect(recomputer.calls).toBe(before + 1);
    expect((await workers.reconcile()).replayed).toBe(0);
    expect(recomputer.calls).toBe(before + 1);
  });

  it('retries a recompute request whose job failed while a service was down', async () => {
    recomputer.failures = 2;
    const before = recomputer.calls;
    await db.transaction((m) => requestRecompute(m, { cause: 'CALENDAR', from: '2026-12-03' }));
    const [row] = await waitFor(async () => {
      const rows = await db.query(`SELECT id::text AS id FROM workflow.outbox WHERE relayed_at IS NOT NULL AND payload->>'from' = '2026-12-03'`);
      return rows.length ? rows : null;
    });
    await waitFor(async () => (await jobState(outboxJobId({ source: 'workflow', outboxId: row.id }))) === 'failed');
    expect(recomputer.calls).toBe(before);

    expect((await workers.reconcile()).replayed).toBe(1);
    await waitFor(async () => (await db.query(`SELECT processed_at FROM workflow.outbox WHERE id = $1`, [row.id]))[0].processed_at);
    expect(recomputer.calls).toBe(before + 1);
  });

  it('keeps a hundred runs of the scheduler jobs, with one attempt each', async () => {
    for (const id of ['heartbeat', 'reconcile']) {
      const scheduler = await workers.queue.getJobScheduler(id);
      expect(scheduler?.template?.opts).toMatchObject({ attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } });
    }
  });
});

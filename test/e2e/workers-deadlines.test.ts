import { committee as committeeService } from '@phoihop/committee';
import { seedDirectory } from '@phoihop/committee/seed';
import {
  FixedClock,
  loadConfig,
  prepareDatabase,
  startService,
  recordDeadlineChange,
  stableId,
  type DeadlineChange,
} from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { Deadline, DeadlineEvent, EscalationPolicy, Notification, prepareWorkflowDatabase, requestReschedule, stageJobId } from '@phoihop/workflow';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../support/database';
import { GraphDirectory, outboxJobId, startWorkers, type RunningWorkers } from '@phoihop/workers';
import { waitFor } from '../support/wait';

/** Friday 27 November 2026, 10:00 in Hà Tĩnh. */
const NOW = '2026-11-27T10:00:00+07:00';
const WARD = DEMO.jurisdictions.bacHongLinh.id;
/** The ward's economy department: land is in its field. */
const ECONOMY = DEMO.wardDepartments.bacEconomy.id;


describe('deadline workers: relay, stages, escalation, reconciler', () => {
  const prefix = `{phoihop-test-${randomBytes(4).toString('hex')}}`;
  const clock = new FixedClock(NOW);
  const logger = pino({ level: 'silent' });
  let drop: () => Promise<void>;
  let db: DataSource;
  let committee: DataSource;
  let directory: GraphDirectory;
  let committeeSubgraph: Awaited<ReturnType<typeof startService>>;
  let workers: RunningWorkers;
  let config: ReturnType<typeof loadConfig>;
  let redis: Redis;
  let n = 0;

  const change = (over: Partial<DeadlineChange> = {}): DeadlineChange => ({
    itemKind: 'RECOMMENDATION',
    itemId: stableId('test-item', String(++n), prefix),
    jurisdictionId: WARD,
    state: 'OPEN',
    dueDate: '2026-10-01',
    startDate: '2026-09-01',
    rule: 'RECOMMENDATION_FOLLOW_UP@1',
    title: `Kiến nghị số ${n}/KN-HĐND về bồi thường giải phóng mặt bằng`,
    assignee: { body: 'COMMITTEE', departmentId: ECONOMY },
    raisedBy: 'COUNCIL',
    field: 'LAND',
    ...over,
  });
  const publish = (c: DeadlineChange) => committee.transaction((m) => recordDeadlineChange(m, c));
  const ledger = (itemId: string) => db.getRepository(Deadline).findOneBy({ itemId });
  const sent = (itemId: string) => db.getRepository(Notification).find({ where: { itemId }, order: { createdAt: 'ASC', stage: 'ASC' } });
  const history = (d: Deadline) => db.getRepository(DeadlineEvent).find({ where: { deadlineId: d.id }, order: { id: 'ASC' } });
  const planned = (itemId: string) =>
    waitFor(async () => {
      const d = await ledger(itemId);
      return d?.nextStage ? d : null;
    });
  const settled = (itemId: string, level = 4) =>
    waitFor(async () => {
      const d = await ledger(itemId);
      return d && d.escalationLevel === level && d.nextStage === null ? d : null;
    });

  beforeAll(async () => {
    const database = await createTestDatabase('workers_deadlines');
    drop = database.drop;
    config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url });
    db = await prepareWorkflowDatabase(config.databaseUrl);
    // The real committee subgraph: its outbox is the published interface the relay reads,
    // and its directory answers who the department head, vice-chair and chair are.
    committee = await prepareDatabase(committeeService, config);
    await seedDirectory(committee);
    committeeSubgraph = await startService(committeeService, { config, clock, port: 0, db: committee });
    directory = new GraphDirectory(committeeSubgraph.url, config.contextSigningKey!, clock);
    redis = new Redis(config.redisUrl);
    workers = await startWorkers({ config, clock, logger, db, prefix, directory, delivery: false, pollMs: 200, name: 'w1' });
  });

  afterAll(async () => {
    await workers?.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await committeeSubgraph?.close();
    await committee?.destroy();
    await db?.destroy();
    await drop?.();
  });

  it('escalates an item accepted past its due date through levels 1 to 4, in order, each once', async () => {
    const c = change();
    await publish(c);
    const d = await settled(c.itemId);

    const notes = await sent(c.itemId);
    expect(notes.map((x) => [x.stage, x.level, x.recipientType, x.recipientId])).toEqual([
      ['L1', 1, 'OFFICIAL', DEMO.wardOfficials.bacHeadEconomy.id],
      ['L2', 2, 'OFFICIAL', DEMO.wardOfficials.bacViceEconomy.id],
      ['L3', 3, 'OFFICIAL', DEMO.wardOfficials.bacChair.id],
      ['L4', 4, 'BODY', `COUNCIL_STANDING:${WARD}`],
    ]);
    expect(notes[0].subject).toBe(`Cảnh báo quá hạn cấp 1: ${c.title}`);
    expect(notes[0].body).toMatch(/hạn giải quyết ngày 01\/10\/2026, đã quá hạn \d+ ngày làm việc\. Nguồn: Thường trực HĐND\./);
    expect(notes[0].body).toBe(notes[0].body.normalize('NFC'));
    const lines = await history(d);
    expect(lines.map((e) => `${e.kind}${e.stage ? ` ${e.stage}` : ''}`)).toEqual(['OPENED', 'ESCALATION L1', 'ESCALATION L2', 'ESCALATION L3', 'ESCALATION L4']);
    expect(d).toMatchObject({ version: 1, state: 'OPEN', stage: 'L4', escalationLevel: 4 });
  });

  it('relays a row once even when the relay crashed between adding its job and marking it', async () => {
    const c = change({ dueDate: '2026-12-10' });
    // The crash: the job is in Redis, the row still unrelayed... and the relay runs again.
    await workers.relay.stop();
    await publish(c);
    const [{ id }] = await committee.query(`SELECT id::text AS id FROM committee.outbox WHERE aggregate_id = $1`, [c.itemId]);
    await workers.queue.add('apply-change', { source: 'committee', outboxId: id }, { jobId: outboxJobId({ source: 'committee', outboxId: id }) });
    await workers.relay.start();
    const d = await waitFor(async () => {
      const [row] = await committee.query(`SELECT relayed_at FROM committee.outbox WHERE id = $1`, [id]);
      return row.relayed_at ? ledger(c.itemId) : null;
    });
    expect(d).toMatchObject({ version: 1, nextStage: 'R5' });
    expect((await history(d!)).map((e) => e.kind)).toEqual(['OPENED']);
    expect(await workers.queue.getJobCountByTypes('completed', 'failed', 'active', 'waiting')).toBeGreaterThan(0);
  });

  it('supersedes the jobs of a moved deadline', async () => {
    const c = change({ dueDate: '2026-12-10' });
    await publish(c);
    const v1 = await planned(c.itemId);
    const oldJob = stageJobId(v1, 'R5');
    expect(await (await workers.queue.getJob(oldJob))?.getState()).toBe('delayed');
    // R5 of 10/12 is 03/12 08:00.
    expect(v1.nextAt!.toISOString()).toBe('2026-12-03T01:00:00.000Z');

    await publish({ ...c, dueDate: '2026-12-24' });
    const v2 = await waitFor(async () => {
      const d = await ledger(c.itemId);
      return d?.version === 2 ? d : null;
    });
    // The ledger commits before its jobs are synced: wait for Redis to follow.
    await waitFor(async () => (await workers.queue.getJob(oldJob)) === undefined);
    await waitFor(async () => (await (await workers.queue.getJob(stageJobId(v2, 'R5')))?.getState()) === 'delayed');
    expect((await history(v2)).map((e) => e.kind)).toEqual(['OPENED', 'MOVED']);
  });

  it('sends nothing more for a resolved item, even when a stale job fires', async () => {
    const c = change({ dueDate: '2026-12-10' });
    await publish(c);
    const open = await planned(c.itemId);
    await publish({ ...c, state: 'CLEARED', dueDate: null });
    const cleared = await waitFor(async () => {
      const d = await ledger(c.itemId);
      return d?.state === 'CLEARED' ? d : null;
    });
    expect(cleared).toMatchObject({ version: 2, nextStage: null });
    await waitFor(async () => (await workers.queue.getJob(stageJobId(open, 'R5'))) === undefined);

    // A job that survived somewhere fires now: the ledger says no.
    const stale = await workers.queue.add('stage', { itemKind: c.itemKind, itemId: c.itemId, version: 1, stage: 'R5' }, { jobId: `stale-${c.itemId}` });
    const result = await waitFor(async () => (await workers.queue.getJob(stale.id!))?.returnvalue);
    expect(result).toBe('stale');
    expect(await sent(c.itemId)).toEqual([]);
  });

  it('sends no duplicate with two worker processes side by side', async () => {
    const second = await startWorkers({ config, clock, logger, db, prefix, directory, delivery: false, pollMs: 200, name: 'w2' });
    try {
      const items = Array.from({ length: 6 }, () => change({ dueDate: '2026-09-15' }));
      for (const c of items) await publish(c);
      for (const c of items) await settled(c.itemId);
      for (const c of items) {
        expect((await sent(c.itemId)).map((x) => x.stage)).toEqual(['L1', 'L2', 'L3', 'L4']);
        const d = (await ledger(c.itemId))!;
        expect((await history(d)).filter((e) => e.kind === 'ESCALATION')).toHaveLength(4);
      }
    } finally {
      await second.close();
    }
  });

  it('re-plans open deadlines when an admin edits the ladder of their kind', async () => {
    const c = change({ itemKind: 'ASSIGNMENT', dueDate: '2026-12-10', raisedBy: 'COMMITTEE' });
    await publish(c);
    const before = await planned(c.itemId);
    expect(before.nextStage).toBe('R5');
    // What updateEscalationPolicy commits: the new ladder and a reschedule request.
    await db.transaction(async (m) => {
      await m.getRepository(EscalationPolicy).update({ itemKind: 'ASSIGNMENT' }, {
        stages: [
          { kind: 'REMINDER', offsetWorkingDays: -3, level: 0, recipient: 'ASSIGNEE' },
          { kind: 'ESCALATION', offsetWorkingDays: 1, level: 1, recipient: 'CHAIR' },
        ],
      });
      await requestReschedule(m, { reason: 'POLICY', itemKind: 'ASSIGNMENT' });
    });
    const after = await waitFor(async () => {
      const d = await ledger(c.itemId);
      return d?.nextStage === 'R3' ? d : null;
    });
    expect(after.version).toBe(1);
    expect(after.nextAt!.toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(await workers.queue.getJob(stageJobId(before, 'R5'))).toBeUndefined();
    expect(await (await workers.queue.getJob(stageJobId(after, 'R3')))?.getState()).toBe('delayed');
    expect((await history(after)).map((e) => e.kind)).toEqual(['OPENED', 'RESCHEDULED']);
    // The request is recorded done once every open deadline is re-planned.
    await waitFor(async () => {
      const rows: Array<{ processed_at: Date | null }> = await db.query(`SELECT processed_at FROM workflow.outbox WHERE topic = 'deadlines.reschedule'`);
      return rows.length > 0 && rows.every((r) => r.processed_at);
    });
  });

  it('rebuilds every pending job from Postgres after the Redis keys are flushed, nothing lost or doubled', async () => {
    const future = Array.from({ length: 4 }, (_, i) => change({ dueDate: `2026-12-1${i}` }));
    for (const c of future) await publish(c);
    await waitFor(async () => {
      for (const c of future) if (!(await ledger(c.itemId))?.nextStage) return false;
      return true;
    });
    // A change relayed just before the flush, whose job was lost with it.
    const lost = change({ dueDate: '2026-12-18' });
    await workers.relay.stop();
    await publish(lost);
    await committee.query(`UPDATE committee.outbox SET relayed_at = now() WHERE aggregate_id = $1`, [lost.itemId]);

    const keys = await redis.keys(`${prefix}:*`);
    await redis.del(...keys);
    const open = await db.getRepository(Deadline).find({ where: { state: 'OPEN' } });
    const pending = open.filter((d) => d.nextStage);
    for (const d of pending) expect(await workers.queue.getJob(stageJobId(d, d.nextStage!))).toBeUndefined();

    const first = await workers.reconcile();
    // The reconcile scheduler this call puts back may run at once and re-add the job first.
    expect(first.replayed).toBeLessThanOrEqual(1);
    const restored = await planned(lost.itemId);
    expect(restored.version).toBe(1);
    for (const d of [...pending, restored]) {
      expect(await (await workers.queue.getJob(stageJobId(d, d.nextStage!)))?.getState()).toBe('delayed');
    }
    const again = await workers.reconcile();
    expect(again).toMatchObject({ replayed: 0, added: 0 });
    expect(await workers.queue.getJobCounts('delayed')).toEqual({ delayed: pending.length + 1 + 2 });
    await workers.relay.start();
  });
});

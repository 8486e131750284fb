import { committee as committeeService } from '@phoihop/committee';
import { seedDirectory } from '@phoihop/committee/seed';
import { FixedClock, loadConfig, prepareDatabase, recordDeadlineChange, stableId, startService, type DeadlineChange } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { Deadline, DeadlineEvent, Notification, prepareWorkflowDatabase, stageJobId } from '@phoihop/workflow';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { In, type DataSource } from 'typeorm';
import { createTestDatabase } from '../support/database';
import { waitFor } from '../support/wait';
import { GraphDirectory, startWorkers, type RunningWorkers } from '@phoihop/workers';

const NOW = '2026-11-27T10:00:00+07:00';
const WARD = DEMO.jurisdictions.bacHongLinh.id;
const ECONOMY = DEMO.wardDepartments.bacEconomy.id;
/** More than one batch of stage jobs (STAGE_BATCH = 200) falls due at once. */
const ITEMS = 450;

describe('stage jobs sent in batches: many stages due at once, each once (issue 12)', () => {
  const prefix = `{phoihop-test-${randomBytes(4).toString('hex')}}`;
  const clock = new FixedClock(NOW);
  let drop: () => Promise<void>;
  let db: DataSource;
  let committee: DataSource;
  let committeeSubgraph: Awaited<ReturnType<typeof startService>>;
  let workers: RunningWorkers;
  let redis: Redis;
  const itemIds = Array.from({ length: ITEMS }, (_, i) => stableId('batch-item', String(i), prefix));

  // Overdue since yesterday: the next stage is L1, to the head of the economy department (a
  // directory look-up); one in three are complaints assigned to an inspector, whose next
  // stage is the same.
  const change = (itemId: string, i: number): DeadlineChange => ({
    itemKind: i % 3 === 0 ? 'COMPLAINT' : 'RECOMMENDATION',
    itemId,
    jurisdictionId: WARD,
    state: 'OPEN',
    dueDate: '2026-11-26',
    startDate: '2026-09-01',
    rule: i % 3 === 0 ? 'COMPLAINT_RESOLUTION@1' : 'RECOMMENDATION_FOLLOW_UP@1',
    title: i % 3 === 0 ? `Đơn khiếu nại số ${i}/ĐKN về bồi thường đất` : `Kiến nghị số ${i}/KN-HĐND về chỉnh trang đô thị`,
    assignee: { body: 'COMMITTEE', departmentId: ECONOMY },
    raisedBy: i % 3 === 0 ? 'CITIZEN' : 'COUNCIL',
    field: 'LAND',
  });
  const sent = () => db.getRepository(Notification).find({ where: { itemId: In(itemIds) } });
  const flushRedis = async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  };

  beforeAll(async () => {
    const database = await createTestDatabase('workers_batch');
    drop = database.drop;
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url });
    db = await prepareWorkflowDatabase(config.databaseUrl);
    committee = await prepareDatabase(committeeService, config);
    await seedDirectory(committee);
    committeeSubgraph = await startService(committeeService, { config, clock, port: 0, db: committee });
    redis = new Redis(config.redisUrl);
    workers = await startWorkers({
      config,
      clock,
      logger: pino({ level: 'silent' }),
      db,
      prefix,
      directory: new GraphDirectory(committeeSubgraph.url, config.contextSigningKey!, clock),
      delivery: false,
      pollMs: 200,
    });
  });

  afterAll(async () => {
    await workers?.close();
    await flushRedis();
    await redis?.quit();
    await committeeSubgraph?.close();
    await committee?.destroy();
    await db?.destroy();
    await drop?.();
  });

  it('sends every stage that fell due at once exactly once, moves each ledger row on and schedules its next stage', async () => {
    await committee.transaction(async (m) => {
      for (const [i, id] of itemIds.entries()) await recordDeadlineChange(m, change(id, i));
    });
    const notes = await waitFor(async () => {
      const all = await sent();
      return all.length >= ITEMS ? all : null;
    }, 60_000);
    expect(notes).toHaveLength(ITEMS);
    expect(new Set(notes.map((n) => n.itemId)).size).toBe(ITEMS);
    expect(new Set(notes.map((n) => `${n.stage} ${n.recipientType}:${n.recipientId}`))).toEqual(new Set([`L1 OFFICIAL:${DEMO.wardOfficials.bacHeadEconomy.id}`]));
    const complaint = notes.find((n) => n.itemId === itemIds[0])!;
    expect(complaint.subject).toBe('Cảnh báo quá hạn cấp 1: Đơn khiếu nại số 0/ĐKN về bồi thường đất');

    const rows = await db.getRepository(Deadline).findBy({ itemId: In(itemIds) });
    expect(rows.every((d) => d.stage === 'L1' && d.escalationLevel === 1 && d.nextStage === 'L2')).toBe(true);
    const events = await db.getRepository(DeadlineEvent).findBy({ deadlineId: In(rows.map((d) => d.id)), kind: 'ESCALATION' });
    expect(events).toHaveLength(ITEMS);
    const states = await Promise.all(rows.map(async (d) => (await workers.queue.getJob(stageJobId(d, 'L2')))?.getState()));
    expect(new Set(states)).toEqual(new Set(['delayed']));
  }, 90_000);

  it('rebuilds every stage job after a Redis flush, adds nothing on the next run, and sends nothing twice', async () => {
    await flushRedis();
    const rebuilt = await workers.reconcile();
    expect(rebuilt).toMatchObject({ stageJobs: ITEMS, added: ITEMS, unscheduled: 0 });
    expect(await workers.reconcile()).toMatchObject({ stageJobs: ITEMS, added: 0, retried: 0, unscheduled: 0 });
    const rows = await db.getRepository(Deadline).findBy({ itemId: In(itemIds) });
    const states = await Promise.all(rows.map(async (d) => (await workers.queue.getJob(stageJobId(d, 'L2')))?.getState()));
    expect(new Set(states)).toEqual(new Set(['delayed']));

    // The L1 jobs of every item run again (as after a crash before their completion was
    // recorded): the ledger has moved on, so nothing is sent twice.
    await workers.queue.addBulk(rows.map((d) => ({ name: 'stage', data: { itemKind: d.itemKind, itemId: d.itemId, version: d.version, stage: 'L1' }, opts: { jobId: `${stageJobId(d, 'L1')}-again` } })));
    const again = await waitFor(async () => {
      const jobs = await Promise.all(rows.map((d) => workers.queue.getJob(`${stageJobId(d, 'L1')}-again`)));
      return jobs.every((j) => j?.finishedOn) ? jobs : null;
    }, 30_000);
    expect(new Set(again.map((j) => j!.returnvalue))).toEqual(new Set(['stale']));
    expect(await sent()).toHaveLength(ITEMS);
  }, 60_000);
});

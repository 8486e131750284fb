import { FixedClock, recordDeadlineChange, stableId, type DeadlineChange } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { Deadline, DeadlineEvent, Notification, stageJobId } from '@phoihop/workflow';
import type { RunningWorkers } from '@phoihop/workers';
import { randomBytes } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { waitFor } from '../support/wait';
import { startWorkersWorld, type WorkersWorld } from '../support/workers-world';

const NOW = '2026-11-27T10:00:00+07:00';
const WARD = DEMO.jurisdictions.bacHongLinh.id;
const ECONOMY = DEMO.wardDepartments.bacEconomy.id;
/** More than one batch of stage jobs (STAGE_BATCH = 200) falls due at once. */
const ITEMS = 450;

describe('stage jobs sent in batches: many stages due at once, each once (issue 12)', () => {
  const prefix = `{phoihop-test-${randomBytes(4).toString('hex')}}`;
  const clock = new FixedClock(NOW);
  let world: WorkersWorld;
  let db: DataSource;
  let committee: DataSource;
  let workers: RunningWorkers;
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
  beforeAll(async () => {
    world = await startWorkersWorld('workers_batch', { clock, prefix });
    ({ db, committee, workers } = world);
  });

  afterAll(() => world?.close());

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

  it('rebuilds every stage job after a Redis flush once, adds nothing on the next run, and sends nothing twice', async () => {
    await world.flushRedis();
    // A call during a run (the scheduler's first job beside the boot run) waits for it: the
    // jobs are added once, not twice side by side.
    const [rebuilt, alongside] = await Promise.all([workers.reconcile(), workers.reconcile()]);
    expect(rebuilt).toMatchObject({ stageJobs: ITEMS, added: ITEMS, unscheduled: 0 });
    expect(alongside).toMatchObject({ stageJobs: ITEMS, added: 0, retried: 0, unscheduled: 0 });
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

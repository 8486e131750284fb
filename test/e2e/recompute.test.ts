import { committee } from '@phoihop/committee';
import { seedDirectory } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { loadConfig } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import { GraphDirectory, GraphRecomputer, type RunningWorkers } from '@phoihop/workers';
import { Deadline, stageJobId } from '@phoihop/workflow';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { LEGAL_COMMITTEE, seedTerm, WARD } from '../../services/council/test/support/fixtures';
import { startTestGraph, type TestGraph } from '../support/graph';
import { admin, userWith } from '../support/users';
import { waitFor } from '../support/wait';
import { startGraphWorkers } from '../support/workers';

/** Monday 16 November 2026, 09:00 in Hà Tĩnh: the week before Vietnamese Culture Day. */
const NOW = '2026-11-16T09:00:00+07:00';
const ECONOMY = DEMO.wardDepartments.bacEconomy.id;
const leader = userWith('COMMITTEE_LEADER', { jurisdictionId: WARD });
const standing = userWith('COUNCIL_STANDING', { jurisdictionId: WARD });

const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id dueDate } }`;
const SET_DAY = `mutation ($input: SetCalendarExceptionInput!) { setCalendarException(input: $input) { date working reason } }`;
const PUBLISH = `mutation ($input: PublishDeadlineRuleInput!) { publishDeadlineRule(input: $input) { code version effectiveFrom baseDays } }`;
const RECOMPUTE = `mutation ($from: Date!) { recomputeCommitteeDeadlines(cause: CALENDAR, from: $from) }`;
const CULTURE_DAY = { date: '2026-11-24', kind: 'DAY_OFF', reason: 'Ngày Văn hóa Việt Nam', source: 'Thông báo số 12/TB-BNV (thử nghiệm)' };

describe('a calendar or rule edit recomputes open due dates in every service', () => {
  const prefix = `{phoihop-test-${randomBytes(4).toString('hex')}}`;
  let graph: TestGraph;
  let workers: RunningWorkers;
  let redis: Redis;
  const ids: Record<string, string> = {};

  const ledger = (itemId: string) => graph.db.notifications.getRepository(Deadline).findOneBy({ itemId });
  const ledgerAt = (itemId: string, version: number) =>
    waitFor(async () => {
      const d = await ledger(itemId);
      return d && d.version === version && d.nextStage ? d : null;
    });
  const caseDue = async (id: string) => (await graph.db.committee.query(`SELECT due_date::text AS d FROM committee.citizen_case WHERE id = $1`, [id]))[0].d;
  const outboxCount = async () => {
    const [r] = await graph.db.committee.query(`SELECT
      (SELECT count(*)::int FROM committee.outbox) + (SELECT count(*)::int FROM council.outbox) + (SELECT count(*)::int FROM front.outbox) AS services,
      (SELECT count(*)::int FROM workflow.outbox) AS workflow,
      (SELECT count(*)::int FROM reference.calendar_exceptions) AS days,
      (SELECT count(*)::int FROM reference.deadline_rules) AS rules`);
    return r as { services: number; workflow: number; days: number; rules: number };
  };
  const receive = async (name: string, kind: string, receivedOn: string) => {
    const input = {
      jurisdictionId: WARD,
      kind,
      channel: 'MAIL',
      round: kind === 'COMPLAINT' ? 'FIRST' : undefined,
      subject: `Đơn thử nghiệm ${name}`,
      content: `Nội dung đơn ${name} về bồi thường giải phóng mặt bằng tại tổ dân phố 3.`,
      petitionerName: kind === 'DENUNCIATION' ? undefined : 'Nguyễn Văn An',
      receivedOn,
      handlingDepartmentId: ECONOMY,
    };
    const r = await graph.ok<{ receiveCitizenCase: { id: string; dueDate: string } }>(RECEIVE, { input }, leader);
    ids[name] = r.receiveCitizenCase.id;
    return r.receiveCitizenCase;
  };

  beforeAll(async () => {
    graph = await startTestGraph('workers_recompute', [committee, council, front, notifications], { now: NOW });
    await seedDirectory(graph.db.committee);
    await seedTerm(graph.db.council);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: graph.databaseUrl });
    const key = config.contextSigningKey!;
    const urls = graph.subgraphUrls as Record<'council' | 'committee' | 'front', string>;
    workers = await startGraphWorkers(graph, { prefix, directory: new GraphDirectory(urls.committee, key, graph.clock), recomputer: new GraphRecomputer(urls, key, graph.clock) });
    redis = new Redis(config.redisUrl);

    // Due on Tuesday 24/11: 10 calendar days from receipt (Law on Complaints, Art. 27).
    expect((await receive('inWindow', 'COMPLAINT', '2026-11-14')).dueDate).toBe('2026-11-24');
    // Due before the day: not touched.
    expect((await receive('before', 'COMPLAINT', '2026-11-02')).dueDate).toBe('2026-11-12');
    // 10 working days from Monday 16/11: 30/11.
    expect((await receive('petition', 'PETITION', '2026-11-16')).dueDate).toBe('2026-11-30');
    // A supervision concluded on 10/11 gives the committee until 24/11.
    const plan = await graph.ok<{ planSupervision: { id: string } }>(
      `mutation ($input: PlanSupervisionInput!) { planSupervision(input: $input) { id } }`,
      {
        input: {
          jurisdictionId: WARD,
          kind: 'SUPERVISION',
          conductedBy: 'COUNCIL_COMMITTEE',
          councilCommitteeId: LEGAL_COMMITTEE,
          subject: 'Giám sát việc bồi thường, hỗ trợ tái định cư',
          startsOn: '2026-10-01',
          endsOn: '2026-10-31',
        },
      },
      standing,
    );
    const supervisionId = plan.planSupervision.id;
    await graph.ok(`mutation ($id: ID!) { startSupervision(id: $id) { status } }`, { id: supervisionId }, standing);
    await graph.ok(`mutation ($id: ID!) { concludeSupervision(id: $id, conclusionDate: "2026-11-10", conclusion: "Kết luận số 21/TB-HĐND") { status } }`, { id: supervisionId }, standing);
    const rec = await graph.ok<{ issueRecommendation: { id: string; dueDate: string } }>(
      `mutation ($input: IssueRecommendationInput!) { issueRecommendation(input: $input) { id dueDate } }`,
      {
        input: {
          supervisionId,
          content: 'Chi trả dứt điểm tiền bồi thường cho 12 hộ tổ dân phố 3',
          field: 'LAND',
          addressedTo: 'COMMITTEE',
          departmentIds: [ECONOMY],
          dueDate: '2026-11-24',
        },
      },
      standing,
    );
    ids.recommendation = rec.issueRecommendation.id;
    expect(rec.issueRecommendation.dueDate).toBe('2026-11-24');
    for (const id of Object.values(ids)) await ledgerAt(id, 1);
  });

  afterAll(async () => {
    await workers?.close();
    if (redis) {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
    await graph?.close();
  });

  it('refuses a non-admin calendar edit and a non-service recompute, writing nothing', async () => {
    const before = await outboxCount();
    const r = await graph.query(SET_DAY, { input: CULTURE_DAY }, leader);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r2 = await graph.query(RECOMPUTE, { from: '2026-11-24' }, leader);
    expect(r2.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await outboxCount()).toEqual(before);
  });

  it('moves the due dates the new day off touches, one outbox row each, and supersedes their stage jobs', async () => {
    const v1 = { complaint: (await ledger(ids.inWindow))!, recommendation: (await ledger(ids.recommendation))!, petition: (await ledger(ids.petition))! };
    const before = await outboxCount();
    await graph.ok(SET_DAY, { input: CULTURE_DAY }, admin());

    const moved = {
      complaint: await ledgerAt(ids.inWindow, 2),
      recommendation: await ledgerAt(ids.recommendation, 2),
      petition: await ledgerAt(ids.petition, 2),
    };
    expect(moved.complaint.dueDate).toBe('2026-11-25');
    expect(moved.recommendation.dueDate).toBe('2026-11-25');
    expect(moved.petition.dueDate).toBe('2026-12-01');
    expect(await caseDue(ids.inWindow)).toBe('2026-11-25');
    const [rec] = await graph.db.council.query(`SELECT due_date::text AS d, requested_due_date::text AS r FROM council.recommendation WHERE id = $1`, [ids.recommendation]);
    expect(rec).toEqual({ d: '2026-11-25', r: '2026-11-24' });
    expect((moved.complaint.explanation as { summary: string }).summary).toMatch(/Ngày Văn hóa Việt Nam|24\/11\/2026/);

    // Exactly one deadline row per moved item, nothing for the one outside the window.
    expect((await outboxCount()).services).toBe(before.services + 3);
    expect(await ledger(ids.before)).toMatchObject({ version: 1, dueDate: '2026-11-12' });
    for (const k of ['complaint', 'recommendation', 'petition'] as const) {
      const old = v1[k];
      if (old.nextStage) expect(await workers.queue.getJob(stageJobId(old, old.nextStage))).toBeUndefined();
      expect(await workers.queue.getJob(stageJobId(moved[k], moved[k].nextStage!))).toBeDefined();
    }
  });

  it('moves nothing when the recompute runs again', async () => {
    const before = await outboxCount();
    const again = await graph.ok<{ recomputeCommitteeDeadlines: number }>(RECOMPUTE, { from: '2026-11-24' }, admin());
    expect(again.recomputeCommitteeDeadlines).toBe(0);
    const council2 = await graph.ok<{ n: number }>(`mutation { n: recomputeCouncilDeadlines(cause: CALENDAR, from: "2026-11-24") }`, {}, admin());
    expect(council2.n).toBe(0);
    expect((await outboxCount()).services).toBe(before.services);
  });

  it('applies a shorter rule only to items whose clock starts on or after its first day', async () => {
    const early = await receive('earlyPetition', 'PETITION', '2026-11-13');
    await ledgerAt(early.id, 1);
    const v1 = await ledger(ids.petition);
    const published = await graph.ok<{ publishDeadlineRule: unknown }>(
      PUBLISH,
      { input: { itemKind: 'PETITION_PROCESSING', effectiveFrom: '2026-11-16', baseDays: 7, legalBasis: 'Quyết định số 45/QĐ-UBND về rút ngắn thời hạn xử lý đơn (thử nghiệm)' } },
      admin(),
    );
    expect(published.publishDeadlineRule).toEqual({ code: 'PETITION_PROCESSING', version: 2, effectiveFrom: '2026-11-16', baseDays: 7 });

    // 7 working days from 16/11, skipping Culture Day: 26/11.
    const moved = await ledgerAt(ids.petition, v1!.version + 1);
    expect(moved).toMatchObject({ dueDate: '2026-11-26', rule: 'PETITION_PROCESSING@2' });
    expect(await caseDue(ids.petition)).toBe('2026-11-26');
    // Received before the new version: the old rule still runs it.
    expect(await ledger(early.id)).toMatchObject({ version: 1, rule: 'PETITION_PROCESSING@1' });
    expect(await caseDue(early.id)).toBe(early.dueDate);
    // The complaint has another rule: untouched.
    expect(await ledger(ids.inWindow)).toMatchObject({ version: 2, dueDate: '2026-11-25' });
  });
});

import { committee } from '@phoihop/committee';
import { seedDirectory } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { prepareReference } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';

const HL = DEMO.jurisdictions.hongLinh.id;
const D = DEMO.departments;
const chair = userWith('COMMITTEE_LEADER', { jurisdictionId: HL }, { officialId: DEMO.officials.chair.id });

const CARDS = `query ($j: ID!, $y: Int!, $order: DepartmentScorecardOrder, $first: Int, $after: String) {
  departmentScorecards(jurisdictionId: $j, year: $y, orderBy: $order, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      departmentId department { name }
      assignments { received done doneOnTime overdueNow onTimeRate averageDaysLate }
      cases { received done doneOnTime overdueNow onTimeRate averageDaysLate }
      total { received overdueNow }
      escalations { level items }
    }
  }
}`;

type Work = { received: number; done: number; doneOnTime: number; overdueNow: number; onTimeRate: number | null; averageDaysLate: number | null };
interface Card {
  departmentId: string;
  department: { name: string };
  assignments: Work;
  cases: Work;
  total: { received: number; overdueNow: number };
  escalations: Array<{ level: number; items: number }>;
}
interface Cards {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Card[];
}

const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

describe("departments' scorecards, from records the test creates", () => {
  let graph: TestGraph;
  const today = '2025-06-02';
  const expected = { lateDays: [] as number[] };

  const receive = async (subject: string, department: string, receivedOn: string) =>
    (
      await graph.ok<{ receiveCitizenCase: { id: string } }>(
        `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id } }`,
        { input: { jurisdictionId: HL, channel: 'RECEPTION', kind: 'PETITION', field: 'LAND', subject, content: `${subject}.`, receivedOn, handlingDepartmentId: department } },
        chair,
      )
    ).receiveCitizenCase.id;
  const accept = async (caseId: string, acceptedOn: string) =>
    (
      await graph.ok<{ acceptCitizenCase: { dueDate: string } }>(
        `mutation ($input: AcceptCitizenCaseInput!) { acceptCitizenCase(input: $input) { dueDate } }`,
        { input: { caseId, acceptedOn, complexity: 'NORMAL' } },
        chair,
      )
    ).acceptCitizenCase.dueDate;
  const resolve = (caseId: string, resolvedOn: string) =>
    graph.ok(
      `mutation ($input: ResolveCitizenCaseInput!) { resolveCitizenCase(input: $input) { id } }`,
      { input: { caseId, resolvedOn, decisionNumber: `${resolvedOn}/TB-UBND`, outcome: 'ANSWERED', summary: 'Đã trả lời công dân.' } },
      chair,
    );
  const cards = async (variables: Record<string, unknown> = {}, as = chair) => (await graph.ok<{ departmentScorecards: Cards }>(CARDS, { j: HL, y: 2025, ...variables }, as)).departmentScorecards;
  let natural: Card;

  beforeAll(async () => {
    graph = await startTestGraph('e2e_scorecards', [council, committee, front, notifications], { now: `${today}T09:00:00+07:00` });
    await prepareReference(graph.databaseUrl);
    await seedDirectory(graph.db.committee);

    // Natural resources: one case answered on time, one 5 days late, one still open past due.
    const onTime = await receive('Đề nghị cấp lại giấy chứng nhận', D.natural.id, '2025-03-03');
    await resolve(onTime, await accept(onTime, '2025-03-04'));
    const late = await receive('Đề nghị đo đạc lại thửa đất', D.natural.id, '2025-03-03');
    const lateDue = await accept(late, '2025-03-04');
    await resolve(late, plusDays(lateDue, 5));
    const open = await receive('Phản ánh lấn chiếm đất công', D.natural.id, '2025-03-05');
    const openDue = await accept(open, '2025-03-06');
    expected.lateDays = [5, daysBetween(openDue, today)];

    // A directive on the open case: the natural-resources office's task is overdue, the urban office's is not yet due.
    await graph.ok(
      `mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { id } }`,
      {
        input: {
          jurisdictionId: HL, number: '15/CĐ-UBND', issuedOn: '2025-03-10', signerId: DEMO.officials.chair.id, subject: 'Chỉ đạo xử lý lấn chiếm đất công',
          source: { type: 'CITIZEN_CASE', id: open },
          assignments: [
            { departmentId: D.natural.id, task: 'Kiểm tra hiện trạng, lập biên bản', dueDate: '2025-04-25' },
            { departmentId: D.urban.id, task: 'Phối hợp xử lý trật tự đô thị', dueDate: '2025-07-31' },
          ],
        },
      },
      chair,
    );

    // The ledger (the workers' record of escalation): the open case reached level 3, the late one level 1.
    for (const [itemId, level] of [[open, 3], [late, 1]] as const) {
      await graph.db.notifications.query(
        `INSERT INTO "workflow"."deadline" (item_kind, item_id, jurisdiction_id, source, last_event_id, state, due_date, start_date, rule, title, assignee_body, assignee_department_id, raised_by, escalation_level)
         VALUES ('PETITION', $1, $2, 'committee', 1, 'OPEN', '2025-03-20', '2025-03-04', 'PETITION_PROCESSING@1', 'Đơn', 'COMMITTEE', $3, 'CITIZEN', $4)`,
        [itemId, HL, D.natural.id, level],
      );
    }
    natural = (await cards()).nodes.find((c) => c.departmentId === D.natural.id)!;
  }, 180_000);
  afterAll(() => graph?.close());

  it("counts the department's cases and assignments: received, done, on time, overdue now, days late", () => {
    expect(natural.department.name).toBe('Phòng Tài nguyên và Môi trường');
    expect(natural.cases).toEqual({
      received: 3,
      done: 2,
      doneOnTime: 1,
      overdueNow: 1,
      onTimeRate: 0.5,
      averageDaysLate: Math.round(((expected.lateDays[0] + expected.lateDays[1]) / 2) * 10) / 10,
    });
    expect(natural.assignments).toEqual({ received: 1, done: 0, doneOnTime: 0, overdueNow: 1, onTimeRate: null, averageDaysLate: daysBetween('2025-04-25', today) });
    expect(natural.total).toEqual({ received: 4, overdueNow: 2 });
  });

  it('takes the escalations reached per level from the deadline ledger', () => {
    expect(natural.escalations).toEqual([
      { level: 1, items: 2 },
      { level: 2, items: 1 },
      { level: 3, items: 1 },
      { level: 4, items: 0 },
    ]);
  });

  it('puts the department that is behind first, sorts and pages', async () => {
    const all = await cards();
    expect(all.nodes.map((c) => c.departmentId)).toEqual([D.natural.id, D.urban.id]);
    expect(all.nodes[1]).toMatchObject({ assignments: { received: 1, overdueNow: 0 }, cases: { received: 0 }, escalations: [{ level: 1, items: 0 }, { level: 2, items: 0 }, { level: 3, items: 0 }, { level: 4, items: 0 }] });
    const byName = await cards({ order: 'NAME' });
    expect(byName.nodes.map((c) => c.department.name)).toEqual([...byName.nodes.map((c) => c.department.name)].sort(new Intl.Collator('vi').compare));
    const first = await cards({ first: 1 });
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await cards({ first: 1, after: first.pageInfo.endCursor });
    expect(second.nodes.map((c) => c.departmentId)).toEqual([D.urban.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // A cursor of another order is refused.
    const wrong = await graph.query(CARDS, { j: HL, y: 2025, order: 'NAME', after: first.pageInfo.endCursor }, chair);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("is read as the report's non-public parts: not anonymously, not from another jurisdiction; a bad year is refused", async () => {
    expect((await graph.query(CARDS, { j: HL, y: 2025 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = userWith('COMMITTEE_LEADER', { jurisdictionId: DEMO.jurisdictions.bacHongLinh.id });
    expect((await graph.query(CARDS, { j: HL, y: 2025 }, other)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await graph.query(CARDS, { j: HL, y: 2026 }, chair)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    // Department staff read the whole table, as they read the report.
    const staff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.urban.id });
    expect((await cards({}, staff)).totalCount).toBe(2);
  });
});

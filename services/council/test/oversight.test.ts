import { council } from '@phoihop/council';
import { DEMO } from '@phoihop/core/seed';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { counts, delegate, errorOf, LEGAL_COMMITTEE, NOW, outboxOf, seedTerm, snapshot, staffOf, standing, WARD } from './support/fixtures';

const NATURAL = DEMO.departments.natural.id;
const URBAN = DEMO.departments.urban.id;
const LABOUR = DEMO.departments.labour.id;

const PLAN = `mutation($input: PlanSupervisionInput!) { planSupervision(input: $input) { id status councilCommittee { name } } }`;
const ISSUE = /* GraphQL */ `
  mutation($input: IssueRecommendationInput!) {
    issueRecommendation(input: $input) { id issuedOn dueDate requestedDueDate dueDateExplanation status overdue departments { id } }
  }`;

const supervisionInput = (over: Record<string, unknown> = {}) => ({
  jurisdictionId: WARD,
  kind: 'SUPERVISION',
  thematic: true,
  conductedBy: 'COUNCIL_COMMITTEE',
  councilCommitteeId: LEGAL_COMMITTEE,
  subject: 'Giám sát việc giải quyết kiến nghị của cử tri về đất đai',
  startsOn: '2026-10-01',
  endsOn: '2026-10-31',
  reviewFrom: '2025-07-01',
  reviewTo: '2026-06-30',
  targetDepartmentIds: [NATURAL, URBAN],
  ...over,
});

describe('supervisions and recommendations', () => {
  let graph: TestGraph;
  let supervisionId: string;
  let onTime: string;
  let late: string;

  beforeAll(async () => {
    graph = await startTestGraph('council_oversight', [council], { now: NOW });
    await seedTerm(graph.db.council);
  });
  afterAll(() => graph?.close());

  it('plans, starts and concludes a supervision, refusing steps out of order', async () => {
    supervisionId = (await graph.ok<{ planSupervision: { id: string; status: string } }>(PLAN, { input: supervisionInput() }, standing())).planSupervision.id;
    const CONCLUDE = `mutation($id: ID!, $on: Date!) { concludeSupervision(id: $id, conclusionDate: $on, conclusion: "Kết luận số 15/TB-HĐND") { status conclusionDate } }`;
    const before = await snapshot(graph.db.council);
    expect(errorOf(await graph.query(CONCLUDE, { id: supervisionId, on: '2026-11-10' }, standing()))).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(await snapshot(graph.db.council)).toEqual(before);
    await graph.ok(`mutation($id: ID!) { startSupervision(id: $id) { status } }`, { id: supervisionId }, standing());
    expect(errorOf(await graph.query(CONCLUDE, { id: supervisionId, on: '2026-09-30' }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'conclusionDate' });
    const done = await graph.ok<{ concludeSupervision: unknown }>(CONCLUDE, { id: supervisionId, on: '2026-11-10' }, standing());
    expect(done.concludeSupervision).toEqual({ status: 'CONCLUDED', conclusionDate: '2026-11-10' });
  });

  it('refuses bad supervision input and writes nothing', async () => {
    const before = await counts(graph.db.council);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ endsOn: '2026-09-30' }, 'BAD_USER_INPUT', 'input.endsOn'],
      [{ councilCommitteeId: null }, 'BAD_USER_INPUT', 'input.councilCommitteeId'],
      [{ councilCommitteeId: '00000000-0000-5000-8000-000000000000' }, 'NOT_FOUND', 'input.councilCommitteeId'],
      [{ targetResolutionIds: ['00000000-0000-5000-8000-000000000001'] }, 'NOT_FOUND', 'input.targetResolutionIds.0'],
      [{ reviewTo: null }, 'BAD_USER_INPUT', 'input.reviewTo'],
      [{ targetDepartmentIds: ['phong-tnmt'] }, 'BAD_USER_INPUT', 'input.targetDepartmentIds.0'],
    ];
    for (const [over, code, field] of cases) {
      expect(errorOf(await graph.query(PLAN, { input: supervisionInput(over) }, standing()))).toEqual({ code, field });
    }
    expect(errorOf(await graph.query(PLAN, { input: supervisionInput() }, delegate())).code).toBe('FORBIDDEN');
    expect(await counts(graph.db.council)).toEqual(before);
  });

  it('issues recommendations with the due date from the conclusion, moved past a day off, and records the deadline', async () => {
    const a = await graph.ok<{ issueRecommendation: { id: string } }>(
      ISSUE,
      {
        input: {
          supervisionId,
          content: 'Hoàn thành cấp giấy chứng nhận quyền sử dụng đất cho 35 hộ tổ dân phố 4',
          field: 'LAND',
          addressedTo: 'COMMITTEE',
          departmentIds: [NATURAL, URBAN],
          dueDate: '2026-12-05',
        },
      },
      standing(),
    );
    onTime = a.issueRecommendation.id;
    expect(a.issueRecommendation).toMatchObject({
      issuedOn: '2026-11-10',
      requestedDueDate: '2026-12-05',
      dueDate: '2026-12-07', // Saturday → Monday (Civil Code 2015, Art. 148)
      status: 'OPEN',
      overdue: false,
      departments: [{ id: NATURAL }, { id: URBAN }],
    });
    expect(await outboxOf(graph.db.council, onTime)).toEqual([
      expect.objectContaining({
        itemKind: 'RECOMMENDATION',
        state: 'OPEN',
        dueDate: '2026-12-07',
        startDate: '2026-11-10',
        rule: 'RECOMMENDATION_FOLLOW_UP@1',
        assignee: { body: 'COMMITTEE', departmentId: NATURAL },
        raisedBy: 'COUNCIL',
        field: 'LAND',
      }),
    ]);
    const b = await graph.ok<{ issueRecommendation: { id: string; overdue: boolean } }>(
      ISSUE,
      { input: { supervisionId, content: 'Xử lý dứt điểm vi phạm trật tự xây dựng tại khu dân cư Bắc Hồng', addressedTo: 'COMMITTEE', departmentIds: [URBAN], dueDate: '2026-11-20' } },
      standing(),
    );
    late = b.issueRecommendation.id;
    expect(b.issueRecommendation.overdue).toBe(true);
  });

  it('refuses a recommendation without a due date after the conclusion, without a department, or before the conclusion, writing nothing', async () => {
    const other = (await graph.ok<{ planSupervision: { id: string } }>(PLAN, { input: supervisionInput({ kind: 'SURVEY' }) }, standing())).planSupervision.id;
    const before = await counts(graph.db.council);
    const base = { supervisionId, content: 'Kiến nghị', addressedTo: 'COMMITTEE', departmentIds: [NATURAL], dueDate: '2026-12-30' };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ dueDate: '2026-11-10' }, 'BAD_USER_INPUT', 'input.dueDate'],
      [{ departmentIds: [] }, 'BAD_USER_INPUT', 'input.departmentIds'],
      [{ supervisionId: other }, 'CONFLICT', 'input.supervisionId'],
      [{ supervisionId: '00000000-0000-5000-8000-000000000000' }, 'NOT_FOUND', 'input.supervisionId'],
    ];
    for (const [over, code, field] of cases) {
      expect(errorOf(await graph.query(ISSUE, { input: { ...base, ...over } }, standing()))).toEqual({ code, field });
    }
    expect(await counts(graph.db.council)).toEqual(before);
  });

  it('shows a department only the recommendations that name it', async () => {
    const Q = `query { recommendations { nodes { id } } }`;
    const ids = async (u: ReturnType<typeof staffOf>) => (await graph.ok<{ recommendations: { nodes: Array<{ id: string }> } }>(Q, {}, u)).recommendations.nodes.map((n) => n.id);
    expect(await ids(staffOf(NATURAL))).toEqual([onTime]);
    expect((await ids(staffOf(URBAN))).sort()).toEqual([onTime, late].sort());
    expect(await ids(staffOf(LABOUR))).toEqual([]);
    expect(errorOf(await graph.query(`query($id: ID!) { recommendation(id: $id) { id } }`, { id: late }, staffOf(NATURAL))).code).toBe('FORBIDDEN');
    expect(errorOf(await graph.query(Q, {}, null)).code).toBe('UNAUTHENTICATED');
    const wide = await graph.ok<{ recommendations: { nodes: Array<{ id: string }> } }>(
      `query($j: ID!) { recommendations(jurisdictionId: $j, overdue: true) { nodes { id } } }`,
      { j: WARD },
      userWith('FRONT_STANDING', { jurisdictionId: WARD }),
    );
    expect(wide.recommendations.nodes.map((n) => n.id)).toEqual([late]);
  });

  it('moves a due date and closes a recommendation, recording both, and refuses closing twice', async () => {
    const MOVE = `mutation($id: ID!, $d: Date!) { moveRecommendationDueDate(id: $id, dueDate: $d) { dueDate overdue } }`;
    expect((await graph.ok<{ moveRecommendationDueDate: unknown }>(MOVE, { id: late, d: '2026-12-15' }, standing())).moveRecommendationDueDate).toEqual({
      dueDate: '2026-12-15',
      overdue: false,
    });
    const CLOSE = `mutation($id: ID!, $input: CloseRecommendationInput!) { closeRecommendation(id: $id, input: $input) { status closedOn closingNote resolvedOnTime overdue } }`;
    const input = { outcome: 'RESOLVED', closedOn: '2026-11-26', closingNote: 'UBND phường báo cáo tại Văn bản số 412/UBND-QLĐT' };
    expect((await graph.ok<{ closeRecommendation: unknown }>(CLOSE, { id: late, input }, standing())).closeRecommendation).toEqual({
      status: 'RESOLVED',
      closedOn: '2026-11-26',
      closingNote: input.closingNote,
      resolvedOnTime: true,
      overdue: false,
    });
    expect((await outboxOf(graph.db.council, late)).map((e) => [e.state, e.dueDate])).toEqual([
      ['OPEN', '2026-11-20'],
      ['OPEN', '2026-12-15'],
      ['CLEARED', null],
    ]);
    const before = await snapshot(graph.db.council);
    expect(errorOf(await graph.query(CLOSE, { id: late, input }, standing()))).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(errorOf(await graph.query(MOVE, { id: late, d: '2026-12-20' }, standing()))).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(errorOf(await graph.query(CLOSE, { id: onTime, input: { ...input, closedOn: '2026-11-28' } }, standing()))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.closedOn',
    });
    expect(await snapshot(graph.db.council)).toEqual(before);
  });

  it('reads a supervision with its targets and recommendations', async () => {
    const data = await graph.ok<{ supervision: Record<string, unknown> }>(
      `query($id: ID!) { supervision(id: $id) {
        kind thematic conductedBy councilCommittee { name } targetDepartments { id }
        recommendations(first: 1) { totalCount pageInfo { hasNextPage } nodes { dueDate } }
      } }`,
      { id: supervisionId },
      delegate(),
    );
    expect(data.supervision).toEqual({
      kind: 'SUPERVISION',
      thematic: true,
      conductedBy: 'COUNCIL_COMMITTEE',
      councilCommittee: { name: 'Ban Pháp chế' },
      targetDepartments: [{ id: NATURAL }, { id: URBAN }],
      recommendations: { totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ dueDate: '2026-12-07' }] },
    });
  });
});

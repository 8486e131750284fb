import { council } from '@phoihop/council';
import { DEMO } from '@phoihop/core/seed';
import type { Deadline } from '@phoihop/workflow';
import { recipientsFor } from '../../../workers/src/escalation/recipients';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { errorOf, LEGAL_COMMITTEE, NOW, outboxOf, seedTerm, snapshot, standing, WARD } from './support/fixtures';

const ISSUE = `mutation($input: IssueRecommendationInput!) { issueRecommendation(input: $input) { id addressedTo externalAddressee { name level } dueDate departments { id } } }`;

/** Issue #13, item 5: recommendations to bodies outside the three, followed up by the council. */
describe('recommendations to other bodies', () => {
  let graph: TestGraph;
  let supervisionId: string;

  beforeAll(async () => {
    graph = await startTestGraph('council_external_recommendations', [council], { now: NOW });
    await seedTerm(graph.db.council);
    const planned = await graph.ok<{ planSupervision: { id: string } }>(`mutation($input: PlanSupervisionInput!) { planSupervision(input: $input) { id } }`, {
      input: {
        jurisdictionId: WARD, kind: 'SUPERVISION', thematic: true, conductedBy: 'COUNCIL_COMMITTEE', councilCommitteeId: LEGAL_COMMITTEE,
        subject: 'Giám sát công tác bảo đảm trật tự an toàn giao thông khu vực trường học', startsOn: '2026-10-01', endsOn: '2026-10-31',
        reviewFrom: '2025-07-01', reviewTo: '2026-06-30', targetDepartmentIds: [DEMO.wardDepartments.bacEconomy.id],
      },
    }, standing());
    supervisionId = planned.planSupervision.id;
    await graph.ok(`mutation($id: ID!) { startSupervision(id: $id) { status } }`, { id: supervisionId }, standing());
    await graph.ok(`mutation($id: ID!) { concludeSupervision(id: $id, conclusionDate: "2026-11-10", conclusion: "Kết luận số 21/TB-HĐND") { status } }`, { id: supervisionId }, standing());
  });
  afterAll(() => graph?.close());

  it('addresses the provincial police, tracked and escalated within the council', async () => {
    const { issueRecommendation: r } = await graph.ok<{ issueRecommendation: { id: string } }>(ISSUE, {
      input: {
        supervisionId, addressedTo: 'COUNCIL', externalAddressee: { name: 'Công an tỉnh Hà Tĩnh', level: 'PROVINCE' },
        content: 'Đề nghị tăng cường tuần tra, xử lý vi phạm trật tự an toàn giao thông trước cổng các trường học.', dueDate: '2026-12-15',
      },
    }, standing());
    expect(r).toMatchObject({ addressedTo: 'COUNCIL', externalAddressee: { name: 'Công an tỉnh Hà Tĩnh', level: 'PROVINCE' }, dueDate: '2026-12-15', departments: [] });
    const [opened] = await outboxOf(graph.db.council, r.id);
    expect(opened).toMatchObject({ state: 'OPEN', dueDate: '2026-12-15', assignee: { body: 'COUNCIL' }, raisedBy: 'COUNCIL' });
    expect(opened!.title).toContain('gửi Công an tỉnh Hà Tĩnh');
    const overdue = { itemKind: 'RECOMMENDATION', jurisdictionId: WARD, raisedBy: 'COUNCIL', assigneeBody: 'COUNCIL', assigneeDepartmentId: null, assigneeOfficialId: null, field: null } as unknown as Deadline;
    for (const recipient of ['ASSIGNEE', 'CHAIR', 'RAISING_BODY'] as const) {
      expect(await recipientsFor({ kind: 'ESCALATION', offsetWorkingDays: 5, level: 3, recipient }, overdue, {} as never)).toEqual([{ type: 'BODY', id: `COUNCIL_STANDING:${WARD}` }]);
    }
  });

  it('refuses an outside addressee with the committee or its departments, writing nothing', async () => {
    const before = await snapshot(graph.db.council);
    const base = { supervisionId, externalAddressee: { name: 'Trường THCS Bắc Hồng', level: 'COMMUNE' }, content: 'Đề nghị bố trí giáo viên trực cổng trường.', dueDate: '2026-12-15' };
    expect(errorOf(await graph.query(ISSUE, { input: { ...base, addressedTo: 'COMMITTEE', departmentIds: [DEMO.wardDepartments.bacEconomy.id] } }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.addressedTo' });
    expect(errorOf(await graph.query(ISSUE, { input: { ...base, addressedTo: 'COUNCIL', departmentIds: [DEMO.wardDepartments.bacEconomy.id] } }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.departmentIds' });
    expect(await snapshot(graph.db.council)).toEqual(before);
  });
});

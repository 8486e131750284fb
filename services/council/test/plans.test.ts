import { council } from '@phoihop/council';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { counts, delegate, errorOf, NOW, standing, WARD } from './support/fixtures';

const DRAFT = `mutation($input: DraftCoordinationPlanInput!) { draftCoordinationPlan(input: $input) { id year fullySigned } }`;
const SIGN = `mutation($id: ID!, $input: SignCoordinationPlanInput!) { signCoordinationPlan(planId: $id, input: $input) { fullySigned signatures { body signerName } } }`;

describe('the yearly coordination plan', () => {
  let graph: TestGraph;
  let planId: string;

  beforeAll(async () => {
    graph = await startTestGraph('council_plans', [council], { now: NOW });
  });
  afterAll(() => graph?.close());

  it('is drafted with its activities by the Standing Committee', async () => {
    const data = await graph.ok<{ draftCoordinationPlan: { id: string; fullySigned: boolean } }>(
      DRAFT,
      {
        input: {
          jurisdictionId: WARD,
          year: 2026,
          title: 'Chương trình phối hợp năm 2026',
          activities: [
            { title: 'Tiếp xúc cử tri trước kỳ họp cuối năm', ownerBody: 'FRONT', plannedOn: '2026-11-20' },
            { title: 'Hội nghị liên tịch chuẩn bị kỳ họp cuối năm', ownerBody: 'COUNCIL', plannedOn: '2026-11-26' },
            { title: 'Giám sát chuyên đề chỉnh trang đô thị', ownerBody: 'COUNCIL', plannedOn: '2026-12-14' },
            { title: 'Báo cáo giải quyết kiến nghị cử tri', ownerBody: 'COMMITTEE', plannedOn: '2026-12-10' },
          ],
        },
      },
      standing(),
    );
    planId = data.draftCoordinationPlan.id;
    expect(data.draftCoordinationPlan.fullySigned).toBe(false);
  });

  it('refuses a second plan for the year, an activity outside the year and other bodies as drafters, writing nothing', async () => {
    const before = await counts(graph.db.council);
    const input = { jurisdictionId: WARD, year: 2026, title: 'Chương trình phối hợp năm 2026' };
    expect(errorOf(await graph.query(DRAFT, { input }, standing()))).toEqual({ code: 'CONFLICT', field: 'input.year' });
    expect(
      errorOf(await graph.query(DRAFT, { input: { ...input, year: 2027, activities: [{ title: 'Tổng kết', ownerBody: 'COUNCIL', plannedOn: '2026-12-30' }] } }, standing())),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.activities.0.plannedOn' });
    expect(errorOf(await graph.query(DRAFT, { input: { ...input, year: 2027 } }, delegate())).code).toBe('FORBIDDEN');
    expect(await counts(graph.db.council)).toEqual(before);
  });

  it('is signed by each body for itself, once', async () => {
    const sign = (body: string, signerName: string) => ({ body, signerName, signerTitle: 'Chủ tịch', signedOn: '2026-04-02' });
    expect(errorOf(await graph.query(SIGN, { id: planId, input: sign('COMMITTEE', 'Nguyễn Hoàng Nguyên') }, standing())).code).toBe('FORBIDDEN');
    await graph.ok(SIGN, { id: planId, input: sign('COUNCIL', 'Trần Đình Phong') }, standing());
    await graph.ok(SIGN, { id: planId, input: sign('COMMITTEE', 'Nguyễn Hoàng Nguyên') }, userWith('COMMITTEE_LEADER', { jurisdictionId: WARD }));
    const data = await graph.ok<{ signCoordinationPlan: { fullySigned: boolean } }>(
      SIGN,
      { id: planId, input: sign('FRONT', 'Nguyễn Văn Định') },
      userWith('FRONT_STANDING', { jurisdictionId: WARD }),
    );
    expect(data.signCoordinationPlan.fullySigned).toBe(true);
    const before = await counts(graph.db.council);
    expect(errorOf(await graph.query(SIGN, { id: planId, input: sign('COUNCIL', 'Trần Đình Phong') }, standing()))).toEqual({ code: 'CONFLICT', field: 'input.body' });
    expect(await counts(graph.db.council)).toEqual(before);
  });

  it('filters activities by owner body and status, and records completion', async () => {
    const Q = /* GraphQL */ `query($j: ID!, $body: Body, $status: PlanActivityStatus) {
      coordinationPlan(jurisdictionId: $j, year: 2026) { activities(ownerBody: $body, status: $status) { totalCount nodes { id title status } } } }`;
    type Activities = { coordinationPlan: { activities: { totalCount: number; nodes: Array<{ id: string; title: string; status: string }> } } };
    const council = await graph.ok<Activities>(Q, { j: WARD, body: 'COUNCIL' }, delegate());
    expect(council.coordinationPlan.activities.nodes.map((a) => a.status)).toEqual(['OVERDUE', 'PENDING']);
    const overdue = await graph.ok<Activities>(Q, { j: WARD, status: 'OVERDUE' }, delegate());
    expect(overdue.coordinationPlan.activities.nodes.map((a) => a.title)).toEqual(['Tiếp xúc cử tri trước kỳ họp cuối năm', 'Hội nghị liên tịch chuẩn bị kỳ họp cuối năm']);
    const DONE = `mutation($id: ID!, $on: Date!) { markPlanActivityDone(id: $id, doneOn: $on) { status doneOn } }`;
    const first = overdue.coordinationPlan.activities.nodes[0].id;
    expect((await graph.ok<{ markPlanActivityDone: unknown }>(DONE, { id: first, on: '2026-11-21' }, standing())).markPlanActivityDone).toEqual({
      status: 'DONE',
      doneOn: '2026-11-21',
    });
    expect(errorOf(await graph.query(DONE, { id: first, on: '2026-11-22' }, standing()))).toEqual({ code: 'CONFLICT', field: 'id' });
    const done = await graph.ok<Activities>(Q, { j: WARD, status: 'DONE' }, delegate());
    expect(done.coordinationPlan.activities.totalCount).toBe(1);
    expect(errorOf(await graph.query(Q, { j: WARD }, null)).code).toBe('UNAUTHENTICATED');
  });
});

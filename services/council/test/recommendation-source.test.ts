import { council } from '@phoihop/council';
import { DEMO } from '@phoihop/core/seed';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { errorOf, LEGAL_COMMITTEE, NOW, seedTerm, standing, staffOf, WARD } from './support/fixtures';

const NATURAL = DEMO.departments.natural.id;
const LABOUR = DEMO.departments.labour.id;
const URBAN = DEMO.departments.urban.id;

describe('the supervision a recommendation came from', () => {
  let graph: TestGraph;
  let supervisionId: string;
  let recommendationId: string;

  beforeAll(async () => {
    graph = await startTestGraph('council_recommendation_source', [council], { now: NOW });
    await seedTerm(graph.db.council);
    const plan = await graph.ok<{ planSupervision: { id: string } }>(
      `mutation($input: PlanSupervisionInput!) { planSupervision(input: $input) { id } }`,
      {
        input: {
          jurisdictionId: WARD,
          kind: 'SUPERVISION',
          thematic: true,
          conductedBy: 'COUNCIL_COMMITTEE',
          councilCommitteeId: LEGAL_COMMITTEE,
          subject: 'Giám sát công tác quản lý đất đai',
          startsOn: '2026-10-01',
          endsOn: '2026-10-31',
          reviewFrom: '2025-07-01',
          reviewTo: '2026-06-30',
          targetDepartmentIds: [NATURAL],
        },
      },
      standing(),
    );
    supervisionId = plan.planSupervision.id;
    await graph.ok(`mutation($id: ID!) { startSupervision(id: $id) { status } }`, { id: supervisionId }, standing());
    await graph.ok(`mutation($id: ID!) { concludeSupervision(id: $id, conclusionDate: "2026-11-10", conclusion: "Kết luận số 15/TB-HĐND") { status } }`, { id: supervisionId }, standing());
    // The conclusion asks the labour office, which the supervision did not target, to act too.
    const issued = await graph.ok<{ issueRecommendation: { id: string } }>(
      `mutation($input: IssueRecommendationInput!) { issueRecommendation(input: $input) { id } }`,
      { input: { supervisionId, content: 'Hỗ trợ chuyển đổi nghề cho hộ bị thu hồi đất', addressedTo: 'COMMITTEE', departmentIds: [LABOUR], dueDate: '2026-12-30' } },
      standing(),
    );
    recommendationId = issued.issueRecommendation.id;
  });
  afterAll(() => graph?.close());

  const READ = `query($id: ID!) { recommendation(id: $id) { id supervision { id subject conclusion } } }`;

  it('is visible to the staff of a department the recommendation names, though the supervision did not target it', async () => {
    const data = await graph.ok<{ recommendation: { supervision: { id: string; subject: string } } }>(READ, { id: recommendationId }, staffOf(LABOUR));
    expect(data.recommendation.supervision).toEqual({ id: supervisionId, subject: 'Giám sát công tác quản lý đất đai', conclusion: 'Kết luận số 15/TB-HĐND' });
  });

  it('still hides the supervision itself, and the recommendation, from other departments', async () => {
    expect(errorOf(await graph.query(`query($id: ID!) { supervision(id: $id) { id } }`, { id: supervisionId }, staffOf(LABOUR))).code).toBe('FORBIDDEN');
    expect(errorOf(await graph.query(READ, { id: recommendationId }, staffOf(URBAN))).code).toBe('FORBIDDEN');
  });
});

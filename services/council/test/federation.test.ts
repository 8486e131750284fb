import { committee } from '@phoihop/committee';
import { seedDemo as seedCommittee } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { seedDemo as seedCouncil } from '@phoihop/council/seed';
import { stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { NOW } from './support/fixtures';

const HL = DEMO.jurisdictions.hongLinh.id;
const BHL = DEMO.jurisdictions.bacHongLinh.id;

describe('council entities joined with the committee subgraph', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    // The committee's report reads the Front's figures (@requires), so the graph composes only with it.
    graph = await startTestGraph('council_federation', [council, committee, front], { now: NOW });
    await seedCouncil(graph.db.council, graph.clock);
    await seedCommittee(graph.db.committee, graph.clock);
  });
  afterAll(() => graph?.close());

  it("reads a recommendation's departments and the committee's assignments answering it", async () => {
    const data = await graph.ok<{ recommendation: Record<string, unknown> }>(
      `query($id: ID!) { recommendation(id: $id) {
        content dueDate overdue jurisdiction { name }
        departments { name head { name } }
        supervision { subject targetDepartments { name } }
        assignments { totalCount nodes { task dueDate department { name } } }
      } }`,
      { id: stableId('recommendation', '1') },
      userWith('COUNCIL_STANDING', { jurisdictionId: BHL }),
    );
    expect(data.recommendation).toMatchObject({
      content: 'Xử lý dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng',
      dueDate: '2026-11-20',
      overdue: true,
      jurisdiction: { name: 'Phường Bắc Hồng Lĩnh' },
      departments: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Bắc Hồng Lĩnh', head: { name: 'Phạm Văn Cường' } }],
      supervision: { targetDepartments: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Bắc Hồng Lĩnh' }] },
      assignments: {
        totalCount: 1,
        nodes: [{ task: 'Rà soát, xử lý dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng', dueDate: '2026-11-20', department: { name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Bắc Hồng Lĩnh' } }],
      },
    });
  });

  it('lists recommendations with their departments across subgraphs', async () => {
    const data = await graph.ok<{ recommendations: { nodes: Array<{ departments: Array<{ name: string }>; externalAddressee: { name: string } | null; assignments: { totalCount: number } }> } }>(
      `query($j: ID!) { recommendations(jurisdictionId: $j, first: 14) { nodes { departments { name } externalAddressee { name } assignments { totalCount } } } }`,
      { j: BHL },
      userWith('COMMITTEE_LEADER', { jurisdictionId: BHL }),
    );
    // The twelve to the committee's departments, and two of the demo's to bodies outside the three.
    const [toCommittee, outside] = [data.recommendations.nodes.filter((r) => !r.externalAddressee), data.recommendations.nodes.filter((r) => r.externalAddressee)];
    expect(toCommittee).toHaveLength(12);
    expect(toCommittee.every((r) => r.departments.length === 1 && r.assignments.totalCount === 1)).toBe(true);
    expect(outside.map((r) => [r.externalAddressee!.name, r.departments.length, r.assignments.totalCount]).sort()).toEqual([
      ['Công an phường Bắc Hồng Lĩnh', 0, 0],
      ['Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh', 0, 0],
    ]);
  });

  it('adds the council figures to the public coordination report', async () => {
    const data = await graph.ok<{ coordinationReport: { year: number; council: Record<string, number> } }>(
      `query($j: ID!) { coordinationReport(jurisdictionId: $j, year: 2022) { year council { sessions resolutions surveys supervisions preSessionMeetings } } }`,
      { j: HL },
      null,
    );
    expect(data.coordinationReport).toEqual({ year: 2022, council: { sessions: 7, resolutions: 28, surveys: 2, supervisions: 4, preSessionMeetings: 7 } });
  });
});

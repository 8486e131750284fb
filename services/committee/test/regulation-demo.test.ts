import { DEMO } from '@phoihop/core/seed';
import type { TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { seedRegulationDemo } from '../seed/regulation';
import { startCommitteeGraph } from './support/fixtures';

const WARD = DEMO.jurisdictions.bacHongLinh.id;
const chair = userWith('COMMITTEE_LEADER', { jurisdictionId: WARD }, { officialId: DEMO.wardOfficials.bacChair.id });

/** Issue #13, item 10: the committee's demo records of the regulation, read through the graph. */
describe('regulation demo data (committee)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_regulation_demo', '2026-11-27T09:00:00+07:00');
    await graph.db.committee.transaction((m) => seedRegulationDemo(m));
    await graph.db.committee.transaction((m) => seedRegulationDemo(m)); // idempotent
  });
  afterAll(() => graph?.close());

  it('shows a forwarded letter, a twice-extended denunciation and a linked second-round complaint', async () => {
    const { citizenCases } = await graph.ok<{ citizenCases: { nodes: Array<Record<string, unknown>> } }>(
      `query($j: ID!) { citizenCases(jurisdictionId: $j, first: 100) { nodes { number status complexity dueDate
          letterHandling { disposition addressee { name level } letterNumber }
          extensions { days complexity newDue } complexityDecisions { toComplexity newDue }
          contestedDecision { decisionNumber case { number } } dialogues { heldOn } } } }`,
      { j: WARD },
      chair,
    );
    const byNumber = Object.fromEntries(citizenCases.nodes.map((c) => [c.number, c]));
    expect(citizenCases.nodes).toHaveLength(4);
    expect(byNumber['PA-101/2026']).toMatchObject({ status: 'DECLINED', letterHandling: { disposition: 'FORWARDED', addressee: { name: 'Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh', level: 'PROVINCE' }, letterNumber: '245/UBND-VP' } });
    // 30 + 20 + 15 = 65 days from 8 September 2026: Thu 12 November.
    expect(byNumber['TC-101/2026']).toMatchObject({ complexity: 'ESPECIALLY_COMPLEX', dueDate: '2026-11-12', extensions: [{ days: 20, complexity: 'ESPECIALLY_COMPLEX' }, { days: 15, complexity: null, newDue: '2026-11-12' }] });
    expect(byNumber['KN-102/2026']).toMatchObject({ complexity: 'COMPLEX', contestedDecision: { decisionNumber: '120/QĐ-UBND', case: { number: 'KN-101/2026' } }, complexityDecisions: [{ toComplexity: 'COMPLEX' }] });
    expect(byNumber['KN-101/2026']).toMatchObject({ dialogues: [{ heldOn: '2026-06-20' }] });
  });
});

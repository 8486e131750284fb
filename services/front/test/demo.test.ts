import { DEMO, stableId } from '@phoihop/core';
import { front, seedDemo } from '@phoihop/front';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';

describe('Front demo data', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph('front_demo', [front], { now: '2026-11-27T09:00:00+07:00' });
    await seedDemo(graph.db.front, graph.clock);
    await seedDemo(graph.db.front, graph.clock);
  });
  afterAll(() => graph?.close());

  it('reflects the 2022 Hồng Lĩnh review: 5 rounds at 46 points with nearly 4,000 voters, 40 petitions', async () => {
    const [row] = await graph.db.front.query(
      `SELECT (SELECT count(*)::int FROM front.voter_contact_round WHERE jurisdiction_id = $1) AS rounds,
              (SELECT count(*)::int FROM front.voter_contact_meeting WHERE jurisdiction_id = $1) AS meetings,
              (SELECT sum(voter_count)::int FROM front.voter_contact_meeting WHERE jurisdiction_id = $1) AS voters,
              (SELECT count(*)::int FROM front.voter_petition WHERE jurisdiction_id = $1) AS petitions,
              (SELECT count(*)::int FROM front.voter_petition WHERE jurisdiction_id = $1 AND repeat_of_id IS NOT NULL) AS repeats,
              (SELECT count(*)::int FROM front.voter_petition WHERE jurisdiction_id = $1 AND answered_on > answer_due) AS late`,
      [DEMO.jurisdictions.hongLinh.id],
    );
    expect(row).toMatchObject({ rounds: 5, meetings: 46, petitions: 40 });
    expect(row.voters).toBeGreaterThan(3900);
    expect(row.voters).toBeLessThan(4000);
    expect(row.repeats).toBeGreaterThan(0);
    expect(row.late).toBeGreaterThan(0);
    const data = await graph.ok<{ voterPetition: { id: string; status: string } }>(
      `query($id: ID!) { voterPetition(id: $id) { id status } }`,
      { id: stableId('voter-petition', '1') },
      userWith('FRONT_STANDING', { jurisdictionId: DEMO.jurisdictions.hongLinh.id }),
    );
    expect(data.voterPetition.id).toBe(stableId('voter-petition', '1'));
  });

  it('leaves 2026 petitions on Bắc Hồng Lĩnh overdue or due soon, with open deadlines in the outbox', async () => {
    const data = await graph.ok<{ voterPetitions: { nodes: Array<{ answerDue: string; overdue: boolean }> } }>(
      `query($j: ID!) { voterPetitions(filter: { jurisdictionId: $j, status: FORWARDED }, first: 100) { nodes { answerDue overdue } } }`,
      { j: DEMO.jurisdictions.bacHongLinh.id },
      userWith('COMMITTEE_LEADER', { jurisdictionId: DEMO.jurisdictions.bacHongLinh.id }),
    );
    const nodes = data.voterPetitions.nodes;
    expect(nodes.some((p) => p.overdue)).toBe(true);
    expect(nodes.some((p) => !p.overdue && p.answerDue <= '2026-12-04')).toBe(true);
    const [{ n }] = await graph.db.front.query(`SELECT count(*)::int AS n FROM front.outbox WHERE payload->>'state' = 'OPEN'`);
    expect(n).toBe(nodes.length + 1);
  });
});

import { stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { seedDemo } from '@phoihop/front/seed';
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

  it('shows a corrected meeting, a merged duplicate and a supervision through to an answered recommendation', async () => {
    const j = DEMO.jurisdictions.bacHongLinh.id;
    const board = userWith('FRONT_STANDING', { jurisdictionId: j });
    const merged = await graph.ok<{ voterPetition: { status: string; overdue: boolean; repeatOf: { id: string; status: string }; meeting: { correctedAt: string | null } } }>(
      `query($id: ID!) { voterPetition(id: $id) { status overdue repeatOf { id status } meeting { correctedAt } } }`,
      { id: stableId('voter-petition', 'bhl-merged-1') },
      board,
    );
    expect(merged.voterPetition).toMatchObject({ status: 'MERGED', overdue: false, repeatOf: { id: stableId('voter-petition', 'bhl-4'), status: 'FORWARDED' } });
    const corrected = await graph.ok<{ voterPetition: { meeting: { correctedAt: string | null } } }>(
      `query($id: ID!) { voterPetition(id: $id) { meeting { correctedAt } } }`,
      { id: stableId('voter-petition', 'bhl-4') },
      board,
    );
    expect(corrected.voterPetition.meeting.correctedAt).toBe('2026-11-27T02:00:00.000Z');
    const supervisions = await graph.ok<{ socialSupervisions: { nodes: Array<{ kind: string; conclusion: string; recommendations: { nodes: Array<{ overdue: boolean; answer: { onTime: boolean } | null }> } }> } }>(
      `query($j: ID!) { socialSupervisions(jurisdictionId: $j, year: 2026) { nodes { kind conclusion recommendations { nodes { overdue answer { onTime } } } } } }`,
      { j },
      board,
    );
    expect(supervisions.socialSupervisions.nodes.map((s) => [s.kind, s.recommendations.nodes])).toEqual([
      ['SUPERVISION', [{ overdue: true, answer: null }]],
      ['SOCIAL_CRITIQUE', [{ overdue: false, answer: { onTime: true } }]],
    ]);
  });
});

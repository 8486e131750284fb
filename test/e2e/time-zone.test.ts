import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { seedDemo } from '@phoihop/council/seed';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';

/**
 * "Today" is the deployment's (TIME_ZONE), not the server's: at 20:00 UTC on 2 December it
 * is already 3 December in Hà Tĩnh, so a recommendation due on 2 December is overdue there,
 * and not yet in a deployment configured for UTC.
 */
describe("overdue is judged by the deployment's calendar day", () => {
  const ward = DEMO.jurisdictions.bacHongLinh.id;
  const QUERY = `query ($j: ID) { recommendations(jurisdictionId: $j, first: 100) { nodes { dueDate overdue } } }`;
  type Result = { recommendations: { nodes: Array<{ dueDate: string; overdue: boolean }> } };

  async function overdueOn(timeZone: string): Promise<boolean> {
    const graph: TestGraph = await startTestGraph(`tz_${timeZone.replace(/\W/g, '_')}`, [council, committee, front], {
      now: '2026-12-02T20:00:00Z',
      timeZone,
    });
    try {
      await seedDemo(graph.db.council, graph.clock);
      const data = await graph.ok<Result>(QUERY, { j: ward }, userWith('COUNCIL_STANDING', { jurisdictionId: ward }));
      const dueSecondOfDecember = data.recommendations.nodes.filter((r) => r.dueDate === '2026-12-02');
      expect(dueSecondOfDecember.length).toBeGreaterThan(0);
      return dueSecondOfDecember.every((r) => r.overdue);
    } finally {
      await graph.close();
    }
  }

  it('is overdue in Asia/Ho_Chi_Minh and not yet in UTC', async () => {
    expect(await overdueOn('Asia/Ho_Chi_Minh')).toBe(true);
    expect(await overdueOn('UTC')).toBe(false);
  });
});

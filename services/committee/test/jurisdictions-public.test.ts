import { seedDemo as seedCouncil } from '@phoihop/council/seed';
import { foldDiacritics } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { TestGraph } from '../../../test/support/graph';
import { codeOf, startCommitteeGraph, users } from './support/fixtures';

const SCHEDULE = `{ sessions(first: 5) { nodes { title jurisdiction { name level code parent { name } } } } }`;
const TREE = `query ($search: String) { jurisdictions(search: $search, first: 100) { nodes { name children(first: 2) { totalCount nodes { name } } } } }`;

describe('jurisdictions as public references, and their children in batches', () => {
  let graph: TestGraph;
  let statements = 0;

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_jurisdictions_public', '2026-11-27T09:00:00+07:00', () => statements++);
    await seedCouncil(graph.db.council, graph.clock);
    // The town's wards before the 2025 merger, so more than one jurisdiction has children.
    for (const [code, name] of [['18070', 'Phường Bắc Hồng'], ['18071', 'Phường Nam Hồng'], ['18072', 'Phường Đức Thuận']]) {
      await graph.db.committee.query(
        `INSERT INTO committee.jurisdiction (code, name, search_name, level, parent_id, active_from, active_to) VALUES ($1, $2, $3, 'COMMUNE', $4, '1992-08-01', '2025-06-30')`,
        [code, name, foldDiacritics(name), DEMO.jurisdictions.hongLinh.id],
      );
    }
  });
  afterAll(() => graph?.close());

  it('names each session’s jurisdiction to an anonymous reader of the schedule', async () => {
    const r = await graph.query<{ sessions: { nodes: Array<{ title: string; jurisdiction: { name: string; level: string; code: string } }> } }>(SCHEDULE, {});
    expect(r.errors).toBeUndefined();
    expect(r.data!.sessions.nodes.length).toBeGreaterThan(0);
    for (const s of r.data!.sessions.nodes) expect(s.jurisdiction).toEqual(expect.objectContaining({ name: expect.any(String), level: expect.any(String), code: expect.any(String) }));
  });

  it('keeps searching the jurisdiction list for signed-in users', async () => {
    expect(codeOf((await graph.query(TREE, {})).errors).code).toBe('UNAUTHENTICATED');
  });

  it('reads the children of every listed jurisdiction in a fixed number of statements', async () => {
    const run = async (search: string | null) => {
      statements = 0;
      const data = await graph.ok<{ jurisdictions: { nodes: Array<{ children: { totalCount: number } }> } }>(TREE, { search }, users.leader);
      return { withChildren: data.jurisdictions.nodes.filter((j) => j.children.totalCount > 0).length, statements };
    };
    // The gateway's first look-up of the leader in the directory (cached after) is not the list's.
    await run('tinh ha tinh');
    const one = await run('tinh ha tinh');
    const all = await run(null);
    expect([one.withChildren, all.withChildren]).toEqual([1, 2]);
    expect(all.statements).toBe(one.statements);
  });
});

import { council } from '@phoihop/council';
import { encodeCursor } from '@phoihop/core';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { counts, errorOf, NOW, seedTerm, standing, TERM } from './support/fixtures';

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('malformed ids, dates and cursors are refused before they reach Postgres', () => {
  let graph: TestGraph;
  let sessionIds: string[];

  beforeAll(async () => {
    graph = await startTestGraph('council_input', [council], { now: NOW });
    await seedTerm(graph.db.council);
    sessionIds = [];
    for (const [n, start] of [[1, '2026-12-10'], [2, '2026-12-20'], [3, '2026-12-28']] as const) {
      const data = await graph.ok<{ scheduleSession: { id: string } }>(
        `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
        { input: { termId: TERM, number: n, kind: 'THEMATIC', title: `Kỳ họp chuyên đề số ${n}`, plannedStartDate: start, plannedEndDate: start } },
        standing(),
      );
      sessionIds.push(data.scheduleSession.id);
    }
  });
  afterAll(() => graph?.close());

  it.each([
    ['session(id: "abc") { id }', 'id', null],
    ['resolution(id: "abc") { id }', 'id', standing()],
    ['recommendation(id: "abc") { id }', 'id', standing()],
    ['supervision(id: "abc") { id }', 'id', standing()],
    ['delegate(id: "abc") { id }', 'id', standing()],
    ['councilTerm(id: "abc") { id }', 'id', standing()],
    ['sessions(jurisdictionId: "abc") { totalCount }', 'jurisdictionId', null],
    ['recommendations(departmentId: "phong-tnmt") { totalCount }', 'departmentId', standing()],
    ['supervisions(departmentId: "1") { totalCount }', 'departmentId', standing()],
  ])('%s → BAD_USER_INPUT on the argument', async (field, arg, user) => {
    const res = await graph.query(`{ ${field} }`, {}, user);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: arg });
    expect(JSON.stringify(res.errors)).not.toMatch(/invalid input syntax|uuid/i);
  });

  it('refuses a malformed id in a mutation input, naming the list element, and writes nothing', async () => {
    const before = await counts(graph.db.council);
    const res = await graph.query(`mutation { addAgendaItem(sessionId: "abc", input: { title: "Tờ trình", presentingBody: COMMITTEE }) { id } }`, {}, standing());
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'sessionId' });
    expect(await counts(graph.db.council)).toEqual(before);
  });

  it.each(['0000-01-01', '1899-12-31', '2101-01-01'])('refuses the date %s, which Postgres would not store: no Postgres error, nothing written', async (date) => {
    const before = await counts(graph.db.council);
    const res = await graph.query(`mutation($id: ID!) { conveneSession(id: $id, actualStartDate: "${date}") { status } }`, { id: sessionIds[0] }, standing());
    // The subgraph's Date scalar refuses it (BAD_USER_INPUT there; the gateway reports the subgraph's refusal as a whole).
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.errors)).not.toMatch(/out of range|date\/time/);
    expect(await counts(graph.db.council)).toEqual(before);
  });

  const SESSIONS = `query($after: String) { sessions(first: 1, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`;

  it('pages with the cursors it hands out', async () => {
    const first = await graph.ok<{ sessions: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string } } }>(SESSIONS, {}, null);
    const second = await graph.ok<{ sessions: { nodes: Array<{ id: string }> } }>(SESSIONS, { after: first.sessions.pageInfo.endCursor }, null);
    expect([first.sessions.nodes[0].id, second.sessions.nodes[0].id]).toEqual([sessionIds[2], sessionIds[1]]);
  });

  it.each([
    ['not base64 JSON', '!!!'],
    ['not a pair', cursor({ a: 1 })],
    ['a text where a date is sorted', cursor(['x', 'y'])],
    ['a date out of range', cursor(['0000-01-01', '00000000-0000-4000-8000-000000000000'])],
    ['an id that is no UUID', cursor(['2026-12-20', 'abc'])],
    ['a number where a date is sorted', cursor([20261220, '00000000-0000-4000-8000-000000000000'])],
  ])('refuses a cursor that is %s with BAD_USER_INPUT on after', async (_, after) => {
    const res = await graph.query(SESSIONS, { after }, null);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses a forged cursor on a nested list (grouped pagination) too', async () => {
    const nested = await graph.query(
      `query($after: String) { sessions(first: 5) { nodes { resolutions(after: $after) { totalCount } } } }`,
      { after: encodeCursor(['x', '00000000-0000-4000-8000-000000000000']) },
      null,
    );
    expect(errorOf(nested)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

/**
 * Issue 10 item 3: one failing part or one forbidden item yields the rest of the answer, with an
 * error at that item's path and a code. Before: with the Front subgraph down the sessions query
 * answered `data: null`; a department's staff whose task answers a voter petition sent to another
 * department got `{"data": null}` and no error; the report page answered 500.
 */
import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import { signDevelopmentToken, type UserContext } from '@phoihop/core';
import { createServer, type Server, type Socket } from 'node:net';
import { DEMO_USERS } from '../../scripts/demo-users';
import { gatewayOver, post } from '../security/support';
import { startDemoGraph } from '../support/demo-graph';
import type { TestGraph } from '../support/graph';
import { admin } from '../support/users';

const SESSIONS = `{ sessions(jurisdictionId: "${DEMO.jurisdictions.hongLinh.id}", year: 2022) { totalCount nodes { id title voterContactRounds { totalCount } } } }`;
const STAFF_TASKS = `query ($d: ID!) {
  assignments(departmentId: $d, first: 100) {
    totalCount
    nodes { id task status source { __typename ... on VoterPetition { id content } ... on Recommendation { id content } ... on CitizenCase { id subject } } }
  }
}`;

/** The hanging Front's timeout here; the default (10 s) would outlast a screen's patience, not the test's. */
const HANG_TIMEOUT_MS = 800;

const REPORT = `{ coordinationReport(jurisdictionId: "${DEMO.jurisdictions.hongLinh.id}", year: 2022) { committee { casesReceived } summary sections { key title } } }`;
const SEARCH = `{ search(text: "dat dai", jurisdictionId: "${DEMO.jurisdictions.hongLinh.id}", first: 5) { totalCount nodes { kind title } } }`;

type Report = { coordinationReport: { committee: { casesReceived: number }; summary: string | null; sections: Array<{ key: string }> | null } };
type Search = { search: { totalCount: number | null; nodes: Array<{ kind: string; title: string }> | null } };

type Sessions = { sessions: { totalCount: number; nodes: Array<{ id: string; title: string; voterContactRounds: { totalCount: number } | null }> } };
type Tasks = { assignments: { totalCount: number; nodes: Array<{ id: string; task: string; source: { __typename: string; id: string } | null }> } };

describe('partial answers', () => {
  let graph: TestGraph;
  let frontDown: Awaited<ReturnType<typeof gatewayOver>>;
  let frontHangs: Awaited<ReturnType<typeof gatewayOver>>;
  // A Front that accepts the connection and never answers: a process stuck in a loop, a full pool.
  const held: Socket[] = [];
  let silent: Server;
  const services = [council, committee, front, notifications];
  const ask = async <T>(url: string, query: string, variables: unknown, user: UserContext, secret: string) =>
    (await post(url, { query, variables }, { authorization: `Bearer ${await signDevelopmentToken(user, secret, { now: graph.clock.now() })}` })) as Awaited<ReturnType<typeof post>> & { body: { data?: T | null } };

  // The demo data takes longer than a test's 30 s on a busy machine.
  beforeAll(async () => {
    graph = await startDemoGraph('partial_answers');
    // The same subgraphs, but the Front's address answers nothing: as when its process is killed.
    frontDown = await gatewayOver({ ...graph, subgraphUrls: { ...graph.subgraphUrls, front: 'http://127.0.0.1:9/graphql' } }, services);
    silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}/graphql`;
    frontHangs = await gatewayOver({ ...graph, subgraphUrls: { ...graph.subgraphUrls, front: silentUrl } }, services, { SUBGRAPH_TIMEOUT_MS: String(HANG_TIMEOUT_MS) });
  }, 120_000);
  afterAll(async () => {
    await frontDown?.stop();
    await frontHangs?.stop();
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent?.close(resolve));
    await graph?.close();
  });

  describe('with the Front subgraph down', () => {
    it('answers the sessions, with voterContactRounds null and SERVICE_UNAVAILABLE at each one', async () => {
      const full = await graph.ok<Sessions>(SESSIONS, {}, admin());
      expect(full.sessions.nodes.length).toBeGreaterThan(0);
      expect(full.sessions.nodes.some((s) => (s.voterContactRounds?.totalCount ?? 0) > 0)).toBe(true);

      const r = await ask<Sessions>(frontDown.url, SESSIONS, {}, admin(), frontDown.config.jwt.secret!);
      expect(r.status).toBe(200);
      const sessions = r.body.data!.sessions;
      expect(sessions.totalCount).toBe(full.sessions.totalCount);
      expect(sessions.nodes.map((s) => [s.id, s.title])).toEqual(full.sessions.nodes.map((s) => [s.id, s.title]));
      expect(sessions.nodes.every((s) => s.voterContactRounds === null)).toBe(true);
      const errors = r.body.errors!;
      expect(errors.map((e) => e.path)).toEqual(sessions.nodes.map((_, i) => ['sessions', 'nodes', i, 'voterContactRounds']));
      for (const e of errors) {
        expect(e.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: r.headers.get('x-request-id') });
        expect(e.message).toMatch(/tạm thời không phản hồi/);
      }
      expect(r.raw).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|serviceName/);
    });

    it('answers within SUBGRAPH_TIMEOUT_MS when the Front accepts the connection and never answers', async () => {
      const started = Date.now();
      const r = await ask<Sessions>(frontHangs.url, SESSIONS, {}, admin(), frontHangs.config.jwt.secret!);
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(HANG_TIMEOUT_MS);
      expect(took).toBeLessThan(HANG_TIMEOUT_MS + 3000);
      expect(held.length).toBeGreaterThan(0);
      expect(r.status).toBe(200);
      const sessions = r.body.data!.sessions;
      expect(sessions.nodes.length).toBeGreaterThan(0);
      expect(sessions.nodes.every((s) => s.title && s.voterContactRounds === null)).toBe(true);
      expect(r.body.errors!.map((e) => [e.path, e.extensions?.code])).toEqual(sessions.nodes.map((_, i) => [['sessions', 'nodes', i, 'voterContactRounds'], 'SERVICE_UNAVAILABLE']));
      expect(r.raw).not.toMatch(/ETIMEDOUT|did not answer|127\.0\.0\.1/);
    });

    // The Front's figures and matches are fetched only as @requires inputs the client never
    // asked for; the error must stand at the fields that needed them.
    it('answers the report\'s own figures, with SERVICE_UNAVAILABLE at summary and sections', async () => {
      const full = await graph.ok<Report>(REPORT, {}, admin());
      expect(full.coordinationReport.summary).toMatch(/\S/);
      const r = await ask<Report>(frontDown.url, REPORT, {}, admin(), frontDown.config.jwt.secret!);
      const report = r.body.data!.coordinationReport;
      expect(report.committee).toEqual(full.coordinationReport.committee);
      expect([report.summary, report.sections]).toEqual([null, null]);
      expect(r.body.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([
        [['coordinationReport', 'summary'], 'SERVICE_UNAVAILABLE'],
        [['coordinationReport', 'sections'], 'SERVICE_UNAVAILABLE'],
      ]);
    });

    it('answers a search with SERVICE_UNAVAILABLE at the asked totalCount and nodes, once each', async () => {
      const full = await graph.ok<Search>(SEARCH, {}, admin());
      expect(full.search.totalCount).toBeGreaterThan(0);
      const r = await ask<Search>(frontDown.url, SEARCH, {}, admin(), frontDown.config.jwt.secret!);
      expect(r.body.data).toEqual({ search: { totalCount: null, nodes: null } });
      expect(r.body.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([
        [['search', 'totalCount'], 'SERVICE_UNAVAILABLE'],
        [['search', 'nodes'], 'SERVICE_UNAVAILABLE'],
      ]);
      expect(r.raw).not.toMatch(/frontMatches/);
    });

    it('keeps the council-only answers whole', async () => {
      const r = await ask(frontDown.url, '{ councilTerms { totalCount } }', {}, admin(), frontDown.config.jwt.secret!);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data).toEqual({ councilTerms: { totalCount: expect.any(Number) } });
    });

    const report = (base: string, path: string) => fetch(base.replace(/\/graphql$/, `/reports/coordination/${path}`));

    it('answers the printable report with 503, Retry-After and a Vietnamese message naming the Front', async () => {
      const ok = await report(graph.gatewayUrl, `${DEMO.jurisdictions.hongLinh.id}/2022`);
      expect(ok.status).toBe(200);
      const res = await report(frontDown.url, `${DEMO.jurisdictions.hongLinh.id}/2022`);
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      const page = await res.text();
      expect(page).toContain('Hệ thống tạm thời chưa lấy được số liệu từ Ban Thường trực Ủy ban MTTQ. Vui lòng thử lại sau.');
      expect(page).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
      const token = await signDevelopmentToken(admin(), frontDown.config.jwt.secret!, { now: graph.clock.now() });
      const docx = await fetch(frontDown.url.replace(/\/graphql$/, `/reports/coordination/${DEMO.jurisdictions.hongLinh.id}/2022.docx`), { headers: { authorization: `Bearer ${token}` } });
      expect(docx.status).toBe(503);
      expect(docx.headers.get('retry-after')).toBe(res.headers.get('retry-after'));
    });

    it('still answers 400 for a bad year and 404 for an unknown place', async () => {
      expect((await report(frontDown.url, `${DEMO.jurisdictions.hongLinh.id}/20x2`)).status).toBe(400);
      expect((await report(frontDown.url, `00000000-0000-4000-8000-000000000000/2022`)).status).toBe(404);
    });
  });

  describe('a reference the owner refuses', () => {
    // The demo's land department staff: some of the town's 2022 tasks answer voter petitions the
    // Front forwarded to another department, which the department may not read.
    const staff = DEMO_USERS.staff;
    const department = DEMO.departments.natural.id;

    const expectRefusedAtTheirPaths = async () => {
      const all = await graph.ok<Tasks>(STAFF_TASKS, { d: department }, admin());
      const r = await graph.query<Tasks>(STAFF_TASKS, { d: department }, staff);
      const tasks = r.data!.assignments;
      expect(tasks.totalCount).toBe(all.assignments.totalCount);
      expect(tasks.nodes.map((t) => t.id)).toEqual(all.assignments.nodes.map((t) => t.id));

      const refused = tasks.nodes.flatMap((t, i) => (t.source === null ? [i] : []));
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.length).toBeLessThan(tasks.nodes.length);
      // Each refused source is a voter petition the admin sees, and the only thing missing.
      for (const i of refused) expect(all.assignments.nodes[i].source?.__typename).toBe('VoterPetition');
      tasks.nodes.forEach((t, i) => {
        expect(t.task).toBe(all.assignments.nodes[i].task);
        if (t.source) expect(t.source).toEqual(all.assignments.nodes[i].source);
      });
      expect((r.errors ?? []).map((e) => [e.path, e.extensions?.code])).toEqual(refused.map((i) => [['assignments', 'nodes', i, 'source'], 'FORBIDDEN']));
      return tasks.nodes;
    };

    it('is null with FORBIDDEN at its path; the rest of the staff member\'s tasks come whole', async () => {
      await expectRefusedAtTheirPaths();
    });

    it('points each refusal at its own item in a list that mixes kinds (a citizen case\'s task first)', async () => {
      const cases = await graph.ok<{ citizenCases: { nodes: Array<{ id: string }> } }>(
        `{ citizenCases(jurisdictionId: "${DEMO.jurisdictions.hongLinh.id}", departmentId: "${department}") { nodes { id } } }`, {}, admin(),
      );
      await graph.ok(
        `mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { id } }`,
        {
          input: {
            jurisdictionId: DEMO.jurisdictions.hongLinh.id, number: '02/CĐ-UBND', issuedOn: '2022-01-05', signerId: DEMO.officials.chair.id,
            subject: 'Chỉ đạo giải quyết đơn kiến nghị về đất đai', source: { type: 'CITIZEN_CASE', id: cases.citizenCases.nodes[0].id },
            assignments: [{ departmentId: department, task: 'Kiểm tra hiện trạng sử dụng đất', dueDate: '2022-01-20' }],
          },
        },
        admin(),
      );
      const tasks = await expectRefusedAtTheirPaths();
      // The gateway asks the Front for the petitions only: its refusals are numbered among them, not among all the tasks.
      expect(tasks[0].source?.__typename).toBe('CitizenCase');
    });
  });
});

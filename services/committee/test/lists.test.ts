import { stableId } from '@phoihop/core';
import type { TestGraph } from '../../../test/support/graph';
import { D, HL, O, codeOf, startCommitteeGraph, users } from './support/fixtures';

const CASES = `query ($first: Int) {
  citizenCases(jurisdictionId: "${HL}", first: $first) {
    totalCount
    nodes {
      number status dueDate overdue closedOnTime dueExplanation
      jurisdiction { name }
      handlingDepartment { name head { name } }
      handlingInspector { name }
      receptionDay { date hosts { name } }
      extensions { seq } suspensions { suspendedOn }
      denouncer { fullName }
      assignments(first: 5) { totalCount nodes { task department { name } } }
      followUp { state progress }
    }
  }
}`;

const ASSIGNMENTS = `query ($first: Int) {
  assignments(jurisdictionId: "${HL}", first: $first) {
    totalCount
    nodes {
      task dueDate overdue dueExplanation
      department { name head { name } }
      directive { number signer { name } assignments { totalCount } }
      progressReports(first: 3) { percent }
      source { ... on Recommendation { id followUp { state progress } } ... on CitizenCase { number } }
    }
  }
}`;

const DIRECTIVES = `query ($first: Int) {
  directives(first: $first) { totalCount nodes { number signer { name } jurisdiction { name } assignments(first: 2) { nodes { department { name } } } } }
}`;

describe('list queries issue a constant number of SQL statements', () => {
  let graph: TestGraph;
  let statements = 0;

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_lists', '2025-06-02T09:00:00+07:00', () => statements++);
    const db = graph.db.committee;
    const day = stableId('test-reception-day');
    await db.query(`INSERT INTO committee.reception_day (id, jurisdiction_id, date, place, kind, host_official_ids) VALUES ($1, $2, '2025-05-15', 'Trụ sở tiếp công dân thị xã', 'REGULAR', $3)`, [day, HL, [O.chair.id]]);
    const explanation = JSON.stringify({ summary: 'Hạn giải quyết.' });
    for (let i = 1; i <= 30; i++) {
      const caseId = stableId('test-case', String(i));
      // One handling department for all, so that loader caching is the same for every page size.
      const dept = D.inspectorate.id;
      await db.query(
        `INSERT INTO committee.citizen_case (id, jurisdiction_id, number, kind, channel, round, complexity, subject, content, received_on, reception_day_id,
           handling_department_id, handling_inspector_id, status, accepted_on, clock_start, due_date, due_rule, due_explanation, created_at)
         VALUES ($1, $2, $3, 'COMPLAINT', 'RECEPTION', 'FIRST', 'NORMAL', 'Khiếu nại', 'Nội dung', '2025-05-15', $4, $5, $6, 'ACCEPTED', '2025-05-16', '2025-05-16', '2025-06-16', 'COMPLAINT_RESOLUTION@1', $7, now())`,
        [caseId, HL, `KN-${i}/2025`, day, dept, O.inspector.id, explanation],
      );
      await db.query(`INSERT INTO committee.case_suspension (case_id, decision_number, suspended_on, reason, resumed_on) VALUES ($1, '1/QĐ', '2025-05-20', 'Chờ', '2025-05-22')`, [caseId]);
    }
    for (let i = 1; i <= 30; i++) {
      const directive = stableId('test-directive', String(i));
      const source = i % 2 ? ['RECOMMENDATION', stableId('recommendation', String(i))] : ['CITIZEN_CASE', stableId('test-case', String(i))];
      await db.query(
        `INSERT INTO committee.directive (id, jurisdiction_id, number, issued_on, signer_id, subject, source_type, source_id, created_at)
         VALUES ($1, $2, $3, '2025-05-02', $4, 'Chỉ đạo', $5, $6, now())`,
        [directive, HL, `${i}/UBND`, O.chair.id, ...source],
      );
      for (const dept of [D.natural.id, D.urban.id]) {
        const [{ id }] = await db.query(
          `INSERT INTO committee.assignment (directive_id, jurisdiction_id, department_id, source_type, source_id, task, due_date, due_rule, due_explanation, status, progress, created_at)
           VALUES ($1, $2, $3, $4, $5, 'Nhiệm vụ', '2025-06-30', 'ASSIGNMENT@1', $6, 'IN_PROGRESS', 30, now()) RETURNING id`,
          [directive, HL, dept, ...source, explanation],
        );
        await db.query(`INSERT INTO committee.progress_report (assignment_id, percent, note, author_user_id, author_name, reported_at) VALUES ($1, 30, 'Đang làm', 'u', 'Cán bộ', now())`, [id]);
      }
    }
  });
  afterAll(() => graph?.close());

  async function statementsFor(query: string, first: number, as = users.inspector) {
    statements = 0;
    const data = await graph.ok<Record<string, { totalCount: number; nodes: unknown[] }>>(query, { first }, as);
    const nodes = Object.values(data)[0].nodes.length;
    return { statements, nodes };
  }

  it.each([
    ['citizenCases', CASES, users.leader],
    ['assignments', ASSIGNMENTS, users.leader],
    ['directives', DIRECTIVES, users.leader],
  ])('%s: the same count for 3 rows and for 30', async (_name, query, as) => {
    await statementsFor(query, 1, as); // warms the per-process reference cache
    const small = await statementsFor(query, 3, as);
    const large = await statementsFor(query, 30, as);
    expect(small.nodes).toBe(3);
    expect(large.nodes).toBe(30);
    // One statement per loader and wave, never per row: 30 rows cost what 3 rows cost. A loader
    // shared by two branches (Official for `head` and `signer`) is asked once per branch when
    // their parents' queries come back in different I/O turns, hence one statement of slack.
    expect(large.statements).toBeLessThanOrEqual(15);
    expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(1);
  });

  it('finds recipients in the directory for the workers', async () => {
    const FIND = `query ($j: ID, $d: ID, $p: OfficialPosition, $f: FieldOfResponsibility) { officials(jurisdictionId: $j, departmentId: $d, position: $p, field: $f) { nodes { name email } } }`;
    const vice = await graph.ok<{ officials: { nodes: Array<{ name: string; email: string }> } }>(FIND, { j: HL, p: 'VICE_CHAIR', f: 'LAND' }, users.service);
    expect(vice.officials.nodes.map((o) => o.name)).toEqual([O.viceChairEconomy.name]);
    expect(vice.officials.nodes[0].email).toMatch(/@honglinh\.hatinh\.gov\.vn$/);
    const head = await graph.ok<{ officials: { nodes: Array<{ name: string }> } }>(FIND, { d: D.natural.id, p: 'DEPARTMENT_HEAD' }, users.service);
    expect(head.officials.nodes.map((o) => o.name)).toEqual([O.headNatural.name]);
    const chair = await graph.ok<{ officials: { nodes: Array<{ name: string }> } }>(FIND, { j: HL, p: 'CHAIR' }, users.service);
    expect(chair.officials.nodes.map((o) => o.name)).toEqual([O.chair.name]);
    expect(codeOf((await graph.query(FIND, { j: HL })).errors).code).toBe('UNAUTHENTICATED');
  });

  it('serves the committee figures of the coordination report to anyone', async () => {
    const REPORT = `query ($j: ID!, $y: Int!) { coordinationReport(jurisdictionId: $j, year: $y) { year jurisdiction { name } committee {
      casesReceived casesAccepted casesResolved casesOverdue directivesIssued assignments assignmentsDone assignmentsOverdue
      byKind { kind received accepted } } } }`;
    const data = await graph.ok<{ coordinationReport: { committee: Record<string, unknown> } }>(REPORT, { j: HL, y: 2025 });
    expect(data.coordinationReport).toMatchObject({
      year: 2025,
      jurisdiction: { name: 'Thị xã Hồng Lĩnh' },
      committee: {
        casesReceived: 30,
        casesAccepted: 30,
        casesResolved: 0,
        casesOverdue: 0,
        directivesIssued: 30,
        assignments: 60,
        assignmentsDone: 0,
        assignmentsOverdue: 0,
        byKind: [
          { kind: 'COMPLAINT', received: 30, accepted: 30 },
          { kind: 'DENUNCIATION', received: 0, accepted: 0 },
          { kind: 'PETITION', received: 0, accepted: 0 },
        ],
      },
    });
    const missing = await graph.query(REPORT, { j: stableId('nowhere'), y: 2025 });
    expect(codeOf(missing.errors)).toEqual({ code: 'NOT_FOUND', field: 'jurisdictionId' });
  });
});

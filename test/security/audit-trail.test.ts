/**
 * Issue 11 item 8: every mutation writes, in its own transaction, an append-only audit row
 * (who, when, the operation, the entity, the fields before and after), never the denouncer's
 * identity. Before: after `updateOfficial` and `receiveCitizenCase` under a unique `sub`, that
 * `sub` appeared nowhere in a dump; `updated_by` columns were overwritten in place.
 */
import { randomUUID } from 'node:crypto';
import type { TestGraph } from '../support/graph';
import { userWith } from '../support/users';
import { D, HL, O, codeOf, startCommitteeGraph, users } from '../../services/committee/test/support/fixtures';

const DENOUNCER_NAME = 'Lạc Thị Thanh Xuân';
const DENOUNCER_PHONE = '0987654321';
const UPDATE_OFFICIAL = `mutation ($input: UpdateOfficialInput!) { updateOfficial(input: $input) { id email } }`;
const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id } }`;
const SCHEMAS = ['committee', 'council', 'front'];

describe('the audit trail of the command path', () => {
  let graph: TestGraph;
  const sub = `kiem-toan-${randomUUID()}`;
  const admin = userWith('ADMIN', {}, { userId: sub, name: 'Quản trị viên Kiểm Toán' });
  const leader = { ...users.leader, userId: `${sub}-leader` };
  let caseId: string;

  const rows = (where = 'TRUE', params: unknown[] = []) =>
    graph.db.committee.query(`SELECT actor_subject, actor_name, actor_roles, actor_grants, operation, entity_type, entity_id, before, after, at FROM committee.audit_log WHERE ${where} ORDER BY id`, params);
  const everyAuditRow = async () => (await Promise.all(SCHEMAS.map((s) => graph.db.committee.query(`SELECT row_to_json(a)::text AS t FROM ${s}.audit_log a`)))).flat().map((r: { t: string }) => r.t);

  beforeAll(async () => {
    graph = await startCommitteeGraph('security_audit', '2025-03-05T09:00:00+07:00');
  });
  afterAll(() => graph?.close());

  it('records updateOfficial under the caller’s sub: who, when (the one clock), the fields before and after', async () => {
    const [{ email }] = await graph.db.committee.query('SELECT email FROM committee.official WHERE id = $1', [O.staffNatural.id]);
    await graph.ok(UPDATE_OFFICIAL, { input: { id: O.staffNatural.id, email: 'kiem.toan@honglinh.gov.vn' } }, admin);
    const written = await rows('actor_subject = $1', [sub]);
    expect(written).toEqual([
      {
        actor_subject: sub,
        actor_name: 'Quản trị viên Kiểm Toán',
        actor_roles: ['ADMIN'],
        actor_grants: [{ role: 'ADMIN' }],
        operation: 'updateOfficial',
        entity_type: 'Official',
        entity_id: O.staffNatural.id,
        before: { email },
        after: { email: 'kiem.toan@honglinh.gov.vn' },
        at: new Date('2025-03-05T09:00:00+07:00'),
      },
    ]);
  });

  it('records receiveCitizenCase as a creation, and the denouncer’s identity in no audit row', async () => {
    const r = await graph.ok<{ receiveCitizenCase: { id: string } }>(
      RECEIVE,
      {
        input: {
          jurisdictionId: HL, kind: 'DENUNCIATION', channel: 'MAIL', receivedOn: '2025-03-04', subject: 'Tố cáo cán bộ xây dựng nhận hối lộ',
          content: 'Tố cáo cán bộ phòng quản lý đô thị nhận tiền để bỏ qua vi phạm.', denouncer: { fullName: DENOUNCER_NAME, phone: DENOUNCER_PHONE },
          handlingDepartmentId: D.inspectorate.id, handlingInspectorId: O.inspector.id, inspectorDecision: { number: '3/QĐ-UBND', decidedOn: '2025-03-05' },
        },
      },
      leader,
    );
    caseId = r.receiveCitizenCase.id;
    const [row] = await rows('actor_subject = $1', [leader.userId]);
    expect(row).toMatchObject({ operation: 'receiveCitizenCase', entity_type: 'CitizenCase', entity_id: caseId, before: null, actor_roles: ['COMMITTEE_LEADER'] });
    expect(row.after).toMatchObject({ subject: 'Tố cáo cán bộ xây dựng nhận hối lộ', status: 'RECEIVED', handlingInspectorId: O.inspector.id, petitionerName: null });
    const all = (await everyAuditRow()).join('\n');
    expect(all).not.toContain(DENOUNCER_NAME);
    expect(all).not.toContain(DENOUNCER_PHONE);
  });

  it.each([
    ['UPDATE', `UPDATE committee.audit_log SET actor_subject = 'ai-do'`],
    ['DELETE', `DELETE FROM committee.audit_log`],
    ['TRUNCATE', `TRUNCATE committee.audit_log`],
  ])('refuses %s on the table, changing nothing', async (_op, sql) => {
    const before = await rows();
    await expect(graph.db.committee.query(sql)).rejects.toThrow(/append-only/);
    expect(await rows()).toEqual(before);
  });

  it('serves auditLog to ADMIN, each service its own part merged by the gateway', async () => {
    const LOG = `query ($f: AuditLogFilter) { auditLog(filter: $f, first: 10) { committee { totalCount nodes { actorSubject operation entityType entityId changes { field before after } } } council { totalCount } front { totalCount } } }`;
    const data = await graph.ok<{ auditLog: { committee: { totalCount: number; nodes: Array<Record<string, unknown>> }; council: { totalCount: number }; front: { totalCount: number } } }>(
      LOG, { f: { actorSubject: sub } }, admin,
    );
    expect(data.auditLog.committee.nodes).toEqual([
      { actorSubject: sub, operation: 'updateOfficial', entityType: 'Official', entityId: O.staffNatural.id, changes: [{ field: 'email', before: expect.any(String), after: '"kiem.toan@honglinh.gov.vn"' }] },
    ]);
    expect([data.auditLog.council.totalCount, data.auditLog.front.totalCount]).toEqual([0, 0]);
    for (const who of [leader, users.inspector]) {
      const r = await graph.query(LOG, { f: {} }, who);
      expect(codeOf(r.errors).code).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toContain('updateOfficial');
    }
  });

  it('serves auditTrail on a case to those who may read the case, and no more', async () => {
    const TRAIL = `query ($id: ID!) { citizenCase(id: $id) { auditTrail { nodes { operation actorSubject changes { field after } } } } }`;
    const data = await graph.ok<{ citizenCase: { auditTrail: { nodes: Array<{ operation: string; changes: Array<{ field: string; after: string | null }> }> } } }>(TRAIL, { id: caseId }, users.inspector);
    expect(data.citizenCase.auditTrail.nodes.map((n) => n.operation)).toEqual(['receiveCitizenCase']);
    expect(JSON.stringify(data)).not.toContain(DENOUNCER_NAME);
    const r = await graph.query(TRAIL, { id: caseId }, users.staffNatural);
    expect(codeOf(r.errors).code).toBe('FORBIDDEN');
    expect(JSON.stringify(r)).not.toContain('receiveCitizenCase');
  });

  it('writes no audit row for a refused mutation', async () => {
    const before = await rows();
    const r = await graph.query(UPDATE_OFFICIAL, { input: { id: O.staffNatural.id, email: 'xam.nhap@example.org' } }, { ...users.staffNatural, userId: `${sub}-staff` });
    expect(codeOf(r.errors).code).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);
  });
});

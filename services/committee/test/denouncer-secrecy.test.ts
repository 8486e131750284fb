import { randomBytes } from 'node:crypto';
import { SecretBox } from '@phoihop/core';
import type { TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import type * as Vault from '../src/denouncers/denouncer-vault';
import { sealDenouncer } from '../src/denouncers/denouncer-vault';
import { D, HL, O, codeOf, count, outbox, startCommitteeGraph, users } from './support/fixtures';

const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id } }`;
const DENOUNCER = `query ($id: ID!) { citizenCase(id: $id) { id denouncer { fullName address phone idNumber } } }`;
const READS = `query ($id: ID!, $first: Int, $after: String) { citizenCase(id: $id) {
  denouncerReads(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { userId readAt reader { name } } } } }`;

// Typed as a clerk would with a decomposed keyboard layout: stored and returned in NFC.
const IDENTITY = { fullName: 'Lê Thị Bình', address: 'Tổ dân phố 5, phường Bắc Hồng Lĩnh', phone: '0912345678', idNumber: '042190001234' };
const TYPED = { ...IDENTITY, fullName: IDENTITY.fullName.normalize('NFD'), address: IDENTITY.address.normalize('NFD') };
const chiefInspector = userWith('INSPECTOR', { jurisdictionId: HL, departmentId: D.inspectorate.id }, { officialId: O.chiefInspector.id });

type Reads = { citizenCase: { denouncerReads: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ userId: string; readAt: string; reader: { name: string } | null }> } | null } };

describe("a denouncer's identity: sealed at rest, read by the handling inspector alone, every read logged", () => {
  let graph: TestGraph;
  let id: string;
  const reads = (caseId = id) => count(graph, 'denouncer_read', 'case_id = $1', [caseId]);
  const receive = async (denouncer: Record<string, unknown>) =>
    (
      await graph.ok<{ receiveCitizenCase: { id: string } }>(
        RECEIVE,
        {
          input: {
            jurisdictionId: HL, kind: 'DENUNCIATION', channel: 'MAIL', receivedOn: '2025-03-03', subject: 'Tố cáo cán bộ địa chính',
            content: 'Tố cáo hành vi nhận tiền để cấp giấy chứng nhận trái quy định.', denouncer, handlingDepartmentId: D.inspectorate.id, handlingInspectorId: O.inspector.id,
            inspectorDecision: { number: '7/QĐ-TTr', decidedOn: '2025-03-03' },
          },
        },
        users.leader,
      )
    ).receiveCitizenCase.id;

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_denouncer_secrecy', '2025-03-03T09:00:00+07:00');
    id = await receive(TYPED);
  });
  afterAll(() => graph?.close());

  it('keeps no plain text of the identity in Postgres, the outbox or the case', async () => {
    const columns = await graph.db.committee.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'committee' AND table_name = 'denouncer' ORDER BY column_name`);
    expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(['case_id', 'identity', 'key_id']);
    const [row] = await graph.db.committee.query(`SELECT key_id, identity FROM committee.denouncer WHERE case_id = $1`, [id]);
    expect(row.key_id).toBe('k1'); // DENOUNCER_KEY_ID's default: the test process's own key
    const stored = Buffer.concat([Buffer.from(JSON.stringify(row)), row.identity as Buffer]);
    for (const secret of [...Object.values(IDENTITY), ...Object.values(TYPED), 'Bình', '0912345678']) {
      expect(stored.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    }
    const elsewhere = JSON.stringify([await outbox(graph, id), await graph.db.committee.query(`SELECT * FROM committee.citizen_case WHERE id = $1`, [id])]);
    for (const secret of ['Bình', '0912345678', '042190001234', 'Tổ dân phố 5']) expect(elsewhere).not.toContain(secret);
  });

  it('returns the identity to the handling inspector, NFC and intact, logging exactly one read each time', async () => {
    graph.clock.set('2025-03-04T08:15:00+07:00');
    const seen = await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id }, users.inspector);
    expect(seen.citizenCase.denouncer).toEqual(IDENTITY);
    expect(await graph.db.committee.query(`SELECT user_id, official_id, read_at FROM committee.denouncer_read WHERE case_id = $1`, [id])).toEqual([
      { user_id: users.inspector.userId, official_id: O.inspector.id, read_at: new Date('2025-03-04T01:15:00Z') },
    ]);
    graph.clock.set('2025-03-05T10:00:00+07:00');
    await graph.ok(DENOUNCER, { id }, users.inspector);
    expect(await reads()).toBe(2);
  });

  it('gives everybody else null (or no case at all) and logs nothing', async () => {
    const before = await count(graph, 'denouncer_read');
    for (const other of [users.leader, users.admin, users.otherInspector, chiefInspector]) {
      expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id }, other)).citizenCase.denouncer).toBeNull();
    }
    expect(codeOf((await graph.query(DENOUNCER, { id }, users.staffNatural)).errors).code).toBe('FORBIDDEN');
    expect(await count(graph, 'denouncer_read')).toBe(before);
  });

  it('shows the log, paginated, to ADMIN and the head of the handling department only', async () => {
    for (const auditor of [users.admin, chiefInspector]) {
      const first = (await graph.ok<Reads>(READS, { id, first: 1 }, auditor)).citizenCase.denouncerReads!;
      expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ userId: users.inspector.userId, readAt: '2025-03-04T01:15:00.000Z', reader: { name: O.inspector.name } }] });
      const next = (await graph.ok<Reads>(READS, { id, first: 1, after: first.pageInfo.endCursor }, auditor)).citizenCase.denouncerReads!;
      expect(next).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ readAt: '2025-03-05T03:00:00.000Z' }] });
    }
    const staffInspectorate = userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.inspectorate.id });
    for (const other of [users.inspector, users.leader, staffInspectorate]) {
      expect((await graph.ok<Reads>(READS, { id }, other)).citizenCase.denouncerReads).toBeNull();
    }
    expect(await reads()).toBe(2);
  });

  it('keeps the log append-only', async () => {
    await expect(graph.db.committee.query(`DELETE FROM committee.denouncer_read WHERE case_id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(graph.db.committee.query(`UPDATE committee.denouncer_read SET user_id = 'x'`)).rejects.toThrow(/append-only/);
    expect(await reads()).toBe(2);
  });

  it.each([
    ['under another key with the same id', () => new SecretBox({ id: 'dev', key: randomBytes(32) })],
    ['under a key id this deployment does not hold', () => new SecretBox({ id: 'retired', key: randomBytes(32) })],
  ])('fails closed on an identity sealed %s: a coded error on the field, nothing leaked, nothing logged', async (_, box) => {
    const caseId = await receive({ fullName: 'Phan Văn Kín', phone: '0987111222' });
    const sealed = sealDenouncer(caseId, { fullName: 'Phan Văn Kín', address: null, phone: '0987111222', idNumber: null }, box());
    await graph.db.committee.query(`UPDATE committee.denouncer SET key_id = $2, identity = $3 WHERE case_id = $1`, [caseId, sealed.keyId, sealed.identity]);
    const r = await graph.query<{ citizenCase: { id: string; denouncer: unknown } }>(DENOUNCER, { id: caseId }, users.inspector);
    expect(r.data?.citizenCase).toEqual({ id: caseId, denouncer: null });
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({ path: ['citizenCase', 'denouncer'], extensions: { code: 'DENOUNCER_UNREADABLE', field: 'denouncer' } });
    expect(JSON.stringify(r.errors)).not.toMatch(/Kín|0987111222|retired/);
    expect(await reads(caseId)).toBe(0);
  });

  it('refuses to start the committee in production without DENOUNCER_KEY', () => {
    const saved = { ...process.env };
    Object.assign(process.env, { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-for-this-test', CONTEXT_SIGNING_KEY: 'a-production-context-key-for-this-test' });
    delete process.env.DENOUNCER_KEY;
    try {
      jest.isolateModules(() => {
        // What main.ts calls before the service starts.
        const { denouncerBox } = jest.requireActual<typeof Vault>('../src/denouncers/denouncer-vault');
        expect(() => denouncerBox()).toThrow(expect.objectContaining({ name: 'ConfigError', variable: 'DENOUNCER_KEY' }));
      });
    } finally {
      process.env = saved;
    }
  });
});

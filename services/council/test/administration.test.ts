import { council } from '@phoihop/council';
import type { DataSource } from 'typeorm';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { admin } from '../../../test/support/users';
import { delegate, errorOf, LEGAL_COMMITTEE, NOW, outsider, seedTerm, standing, TERM, WARD } from './support/fixtures';

const CREATE_TERM = `mutation($input: CreateCouncilTermInput!) { createCouncilTerm(input: $input) { id name startYear endYear jurisdiction { id } } }`;
const CREATE_DELEGATE = `mutation($input: CreateDelegateInput!) { createDelegate(input: $input) { id fullName electoralUnit position active term { id } } }`;
const UPDATE_DELEGATE = `mutation($id: ID!, $input: UpdateDelegateInput!) { updateDelegate(id: $id, input: $input) { id fullName electoralUnit position } }`;
const END_MANDATE = `mutation($id: ID!, $input: EndDelegateMandateInput!) {
  endDelegateMandate(id: $id, input: $input) { active mandateEndedOn mandateEndReason committees { role } } }`;
const CREATE_COMMITTEE = `mutation($input: CreateCouncilCommitteeInput!) { createCouncilCommittee(input: $input) { id name term { id } members { role } } }`;
const SET_MEMBERS = `mutation($id: ID!, $members: [CouncilCommitteeMemberInput!]!) {
  setCouncilCommitteeMembers(committeeId: $id, members: $members) { name members { role delegate { fullName } } } }`;

/** Row counts of the council's directory tables, to prove a refused change wrote nothing. */
async function directory(db: DataSource): Promise<string> {
  const [row] = await db.query(`SELECT json_build_object(
    'terms', (SELECT json_agg(t ORDER BY id) FROM council.council_term t),
    'delegates', (SELECT json_agg(d ORDER BY id) FROM council.delegate d),
    'committees', (SELECT json_agg(c ORDER BY id) FROM council.council_committee c),
    'members', (SELECT json_agg(m ORDER BY committee_id, delegate_id) FROM council.council_committee_member m)) AS snap`);
  return JSON.stringify(row.snap);
}

const person = (over: Record<string, unknown> = {}) => ({
  termId: TERM,
  fullName: 'Nguyễn Thị Thanh Hằng',
  electoralUnit: 'Đơn vị bầu cử số 1 (tổ dân phố 1–4)',
  position: 'DELEGATE',
  ...over,
});

describe('council terms, delegates and committees', () => {
  let graph: TestGraph;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    graph = await startTestGraph('council_administration', [council], { now: NOW });
    await seedTerm(graph.db.council); // Khóa I, 2026–2031, with Ban Pháp chế
  });
  afterAll(() => graph?.close());

  it('opens a term next to the one before it, and refuses an overlapping one, bad years and other jurisdictions', async () => {
    const input = { jurisdictionId: WARD, name: 'Khóa II, nhiệm kỳ 2031–2036', startYear: 2031, endYear: 2036 };
    const data = await graph.ok<{ createCouncilTerm: Record<string, unknown> }>(CREATE_TERM, { input }, standing());
    expect(data.createCouncilTerm).toMatchObject({ name: 'Khóa II, nhiệm kỳ 2031–2036', startYear: 2031, endYear: 2036, jurisdiction: { id: WARD } });

    const before = await directory(graph.db.council);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ startYear: 2028, endYear: 2033, name: 'Khóa chồng lấn' }, 'CONFLICT', 'input.startYear'],
      [{ startYear: 2036, endYear: 2036 }, 'BAD_USER_INPUT', 'input.endYear'],
      [{ startYear: 2036, endYear: 2042 }, 'BAD_USER_INPUT', 'input.endYear'],
      [{ startYear: 2036, endYear: 2041, name: '  ' }, 'BAD_USER_INPUT', 'input.name'],
      [{ jurisdictionId: 'phuong-bac-hong-linh' }, 'BAD_USER_INPUT', 'input.jurisdictionId'],
    ];
    for (const [over, code, field] of cases) {
      expect(errorOf(await graph.query(CREATE_TERM, { input: { ...input, ...over } }, standing()))).toEqual({ code, field });
    }
    expect(errorOf(await graph.query(CREATE_TERM, { input: { ...input, startYear: 2036, endYear: 2041 } }, outsider())).code).toBe('FORBIDDEN');
    expect(errorOf(await graph.query(CREATE_TERM, { input: { ...input, startYear: 2036, endYear: 2041 } }, delegate())).code).toBe('FORBIDDEN');
    expect(await directory(graph.db.council)).toEqual(before);
  });

  it('elects delegates with one serving chair per term and an electoral unit each', async () => {
    const chair = await graph.ok<{ createDelegate: { id: string; position: string; active: boolean } }>(
      CREATE_DELEGATE,
      { input: person({ fullName: 'Trần Đình Phong', position: 'CHAIR' }) },
      standing(),
    );
    expect(chair.createDelegate).toMatchObject({ position: 'CHAIR', active: true });
    ids.chair = chair.createDelegate.id;
    ids.member = (await graph.ok<{ createDelegate: { id: string } }>(CREATE_DELEGATE, { input: person() }, standing())).createDelegate.id;
    ids.head = (await graph.ok<{ createDelegate: { id: string } }>(CREATE_DELEGATE, { input: person({ fullName: 'Nguyễn Văn Hải', position: 'COMMITTEE_HEAD' }) }, admin()))
      .createDelegate.id;

    const before = await directory(graph.db.council);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ position: 'CHAIR' }, 'CONFLICT', 'input.position'],
      [{ electoralUnit: ' ' }, 'BAD_USER_INPUT', 'input.electoralUnit'],
      [{ fullName: '' }, 'BAD_USER_INPUT', 'input.fullName'],
      [{ termId: '00000000-0000-5000-8000-000000000000' }, 'NOT_FOUND', 'input.termId'],
    ];
    for (const [over, code, field] of cases) {
      expect(errorOf(await graph.query(CREATE_DELEGATE, { input: person(over) }, standing()))).toEqual({ code, field });
    }
    expect(errorOf(await graph.query(UPDATE_DELEGATE, { id: ids.member, input: { position: 'CHAIR' } }, standing()))).toEqual({ code: 'CONFLICT', field: 'input.position' });
    expect(errorOf(await graph.query(UPDATE_DELEGATE, { id: ids.member, input: { electoralUnit: null } }, standing()))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.electoralUnit',
    });
    expect(errorOf(await graph.query(UPDATE_DELEGATE, { id: ids.member, input: { fullName: 'X' } }, outsider())).code).toBe('FORBIDDEN');
    expect(errorOf(await graph.query(CREATE_DELEGATE, { input: person() }, delegate())).code).toBe('FORBIDDEN');
    expect(await directory(graph.db.council)).toEqual(before);
  });

  it('corrects a delegate, and finds the new name without diacritics', async () => {
    const data = await graph.ok<{ updateDelegate: Record<string, unknown> }>(
      UPDATE_DELEGATE,
      { id: ids.member, input: { fullName: 'Nguyễn Thị Thanh Hương', electoralUnit: 'Đơn vị bầu cử số 2 (tổ dân phố 5–8)' } },
      standing(),
    );
    expect(data.updateDelegate).toEqual({ id: ids.member, fullName: 'Nguyễn Thị Thanh Hương', electoralUnit: 'Đơn vị bầu cử số 2 (tổ dân phố 5–8)', position: 'DELEGATE' });
    const found = await graph.ok<{ delegates: { nodes: Array<{ id: string }> } }>(`{ delegates(search: "thanh huong") { nodes { id } } }`, {}, delegate());
    expect(found.delegates.nodes).toEqual([{ id: ids.member }]);
  });

  it('creates committees and sets their members: one head, serving delegates of the term, no one twice', async () => {
    const created = await graph.ok<{ createCouncilCommittee: { id: string; name: string; members: unknown[] } }>(
      CREATE_COMMITTEE,
      { input: { termId: TERM, name: 'Ban Kinh tế – Xã hội' } },
      standing(),
    );
    expect(created.createCouncilCommittee).toMatchObject({ name: 'Ban Kinh tế – Xã hội', members: [] });
    ids.committee = created.createCouncilCommittee.id;
    const set = await graph.ok<{ setCouncilCommitteeMembers: { members: Array<{ role: string; delegate: { fullName: string } }> } }>(
      SET_MEMBERS,
      { id: ids.committee, members: [{ delegateId: ids.head, role: 'HEAD' }, { delegateId: ids.member, role: 'MEMBER' }] },
      standing(),
    );
    expect(set.setCouncilCommitteeMembers.members).toEqual([
      { role: 'HEAD', delegate: { fullName: 'Nguyễn Văn Hải' } },
      { role: 'MEMBER', delegate: { fullName: 'Nguyễn Thị Thanh Hương' } },
    ]);

    const before = await directory(graph.db.council);
    expect(errorOf(await graph.query(CREATE_COMMITTEE, { input: { termId: TERM, name: 'Ban Pháp chế' } }, standing()))).toEqual({ code: 'CONFLICT', field: 'input.name' });
    const cases: Array<[unknown[], string, string]> = [
      [[{ delegateId: ids.head, role: 'HEAD' }, { delegateId: ids.member, role: 'HEAD' }], 'BAD_USER_INPUT', 'members.1.role'],
      [[{ delegateId: ids.head, role: 'HEAD' }, { delegateId: ids.head, role: 'MEMBER' }], 'BAD_USER_INPUT', 'members.1.delegateId'],
      [[{ delegateId: '00000000-0000-5000-8000-000000000000', role: 'MEMBER' }], 'NOT_FOUND', 'members.0.delegateId'],
    ];
    for (const [members, code, field] of cases) {
      expect(errorOf(await graph.query(SET_MEMBERS, { id: ids.committee, members }, standing()))).toEqual({ code, field });
    }
    expect(errorOf(await graph.query(SET_MEMBERS, { id: LEGAL_COMMITTEE, members: [] }, outsider())).code).toBe('FORBIDDEN');
    expect(await directory(graph.db.council)).toEqual(before);
  });

  it('ends a mandate: the delegate leaves the committees, is no longer serving, and cannot be changed or seated again', async () => {
    const before = await directory(graph.db.council);
    const END = (over: Record<string, unknown>) => graph.query(END_MANDATE, { id: ids.member, input: { endedOn: '2026-11-01', reason: 'Chuyển công tác', ...over } }, standing());
    expect(errorOf(await END({ endedOn: '2026-11-30' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endedOn' });
    expect(errorOf(await END({ endedOn: '2025-12-31' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endedOn' });
    expect(errorOf(await END({ reason: ' ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await directory(graph.db.council)).toEqual(before);

    const ended = await graph.ok<{ endDelegateMandate: Record<string, unknown> }>(
      END_MANDATE,
      { id: ids.member, input: { endedOn: '2026-11-01', reason: 'Chuyển công tác' } },
      standing(),
    );
    expect(ended.endDelegateMandate).toEqual({ active: false, mandateEndedOn: '2026-11-01', mandateEndReason: 'Chuyển công tác', committees: [] });

    const after = await directory(graph.db.council);
    expect(errorOf(await END({}))).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(errorOf(await graph.query(UPDATE_DELEGATE, { id: ids.member, input: { fullName: 'Khác' } }, standing()))).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(errorOf(await graph.query(SET_MEMBERS, { id: ids.committee, members: [{ delegateId: ids.member, role: 'MEMBER' }] }, standing()))).toEqual({
      code: 'CONFLICT',
      field: 'members.0.delegateId',
    });
    expect(await directory(graph.db.council)).toEqual(after);

    const serving = await graph.ok<{ active: { nodes: Array<{ id: string }> }; left: { nodes: Array<{ id: string }> } }>(
      `query($t: ID!) { active: delegates(termId: $t, active: true) { nodes { id } } left: delegates(termId: $t, active: false) { nodes { id } } }`,
      { t: TERM },
      delegate(),
    );
    expect(serving.active.nodes.map((n) => n.id).sort()).toEqual([ids.chair, ids.head].sort());
    expect(serving.left.nodes).toEqual([{ id: ids.member }]);
  });

  it('lets a new chair be elected once the former one has left', async () => {
    await graph.ok(END_MANDATE, { id: ids.chair, input: { endedOn: '2026-11-20', reason: 'Nghỉ hưu' } }, standing());
    const data = await graph.ok<{ createDelegate: { position: string } }>(CREATE_DELEGATE, { input: person({ fullName: 'Lê Thị Minh Nguyệt', position: 'CHAIR' }) }, standing());
    expect(data.createDelegate.position).toBe('CHAIR');
  });
});

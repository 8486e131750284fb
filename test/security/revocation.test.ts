/**
 * Issue 11 item 9: a deactivated official (or a delegate whose mandate ended) loses access
 * within the directory cache window. Before: their token kept its powers until it expired.
 */
import { committee } from '@phoihop/committee';
import { seedDirectory } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { seedDemo as seedCouncil } from '@phoihop/council/seed';
import { type UserContext } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { randomUUID } from 'node:crypto';
import { startTestGraph, type TestGraph } from '../support/graph';
import { admin, userWith } from '../support/users';

const TOWN = DEMO.jurisdictions.hongLinh.id;
const STAFF = DEMO.officials.staffNatural;
const DELEGATE = DEMO.delegates.delegate2;
const CACHE_SECONDS = 1;
const staff: UserContext = userWith('DEPARTMENT_STAFF', { jurisdictionId: TOWN, departmentId: DEMO.departments.natural.id }, { officialId: STAFF.id, userId: 'ngo.van.loi' });
const delegate: UserContext = userWith('DELEGATE', { jurisdictionId: TOWN }, { delegateId: DELEGATE.id, userId: 'nguyen.thi.lan' });
const OFFICIAL = 'query($id: ID!) { official(id: $id) { name active } }';
const DELEGATE_Q = 'query($id: ID!) { delegate(id: $id) { fullName active } }';
const afterTheWindow = () => new Promise((r) => setTimeout(r, CACHE_SECONDS * 1000 + 200));

describe('the gateway checks the token subject against the directory', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph('security_revocation', [committee, council, front], { env: { DIRECTORY_CACHE_SECONDS: String(CACHE_SECONDS) } });
    await seedDirectory(graph.db.committee);
    await seedCouncil(graph.db.council, graph.clock);
  });
  afterAll(() => graph?.close());

  describe('an official deactivated through the graph', () => {
    it('is served while active', async () => {
      const r = await graph.query(OFFICIAL, { id: STAFF.id }, staff);
      expect(r.data).toEqual({ official: { name: STAFF.name, active: true } });
    });

    it('is refused UNAUTHENTICATED on the first request after the cache window', async () => {
      await graph.ok('mutation($i: UpdateOfficialInput!) { updateOfficial(input: $i) { active } }', { i: { id: STAFF.id, active: false } }, admin());
      await afterTheWindow();
      const r = await graph.query(OFFICIAL, { id: STAFF.id }, staff);
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.data).toBeUndefined();
    });

    it('cannot write either: a mutation with the token is refused and changes nothing', async () => {
      const before = await graph.db.committee.query('SELECT name, email FROM committee.official WHERE id = $1', [STAFF.id]);
      const r = await graph.query('mutation($i: UpdateOfficialInput!) { updateOfficial(input: $i) { id } }', { i: { id: STAFF.id, email: 'chiem.quyen@example.org' } }, staff);
      expect(r.status).toBe(401);
      expect(await graph.db.committee.query('SELECT name, email FROM committee.official WHERE id = $1', [STAFF.id])).toEqual(before);
    });

    it('gets access back once reactivated, within the window again', async () => {
      await graph.ok('mutation($i: UpdateOfficialInput!) { updateOfficial(input: $i) { active } }', { i: { id: STAFF.id, active: true } }, admin());
      await afterTheWindow();
      expect((await graph.query(OFFICIAL, { id: STAFF.id }, staff)).status).toBe(200);
    });
  });

  it('refuses a delegate whose mandate ended, after the window', async () => {
    expect((await graph.query(DELEGATE_Q, { id: DELEGATE.id }, delegate)).data).toEqual({ delegate: { fullName: DELEGATE.name, active: true } });
    await graph.ok('mutation($id: ID!, $i: EndDelegateMandateInput!) { endDelegateMandate(id: $id, input: $i) { active } }', { id: DELEGATE.id, i: { endedOn: '2026-03-01', reason: 'Chuyển công tác' } }, admin());
    await afterTheWindow();
    const r = await graph.query(DELEGATE_Q, { id: DELEGATE.id }, delegate);
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an official nobody knows', { officialId: randomUUID() }],
    ['a malformed official id', { officialId: 'không-phải-mã' }],
    ['a delegate nobody knows', { delegateId: randomUUID() }],
  ])('refuses a well-signed token for %s', async (_label, claim) => {
    const r = await graph.query('{ jurisdictions { totalCount } }', {}, userWith('COMMITTEE_LEADER', { jurisdictionId: TOWN }, { userId: `ghost-${randomUUID()}`, ...claim }));
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data).toBeUndefined();
  });

  it('leaves tokens without a directory subject (ADMIN, SERVICE) to their grants', async () => {
    expect((await graph.query('{ jurisdictions { totalCount } }', {}, admin())).status).toBe(200);
  });
});

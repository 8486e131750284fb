import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import type { Deadline } from '@phoihop/workflow';
import { recipientsFor } from '../../../workers/src/escalation/recipients';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { APRIL_SESSION, HONG_LINH, NATURAL, recordMarchPetition, seedCouncil } from './support/fixtures';

const board = userWith('FRONT_STANDING', { jurisdictionId: HONG_LINH });
const staff = userWith('FRONT_STAFF', { jurisdictionId: HONG_LINH });
const standing = userWith('COUNCIL_STANDING', { jurisdictionId: HONG_LINH });
const relay = userWith('SERVICE');

/** Issue #13, item 3: the voter-petition cycle across the council and the Front. */
describe('a voter petition follows its next regular session', () => {
  let graph: TestGraph;
  let petitionId: string;
  const answerDue = async () =>
    (await graph.ok<{ voterPetition: { answerDue: string; nextRegularSessionOn: string } }>(`query($id: ID!) { voterPetition(id: $id) { answerDue nextRegularSessionOn } }`, { id: petitionId }, board)).voterPetition;

  beforeAll(async () => {
    graph = await startTestGraph('front_petition_cycle', [council, front], { now: '2026-03-20T09:00:00+07:00' });
    await seedCouncil(graph.db.council);
    petitionId = await recordMarchPetition(graph);
  });
  afterAll(() => graph?.close());

  it('is due before the next session\'s documents deadline, and moves when the council moves the session', async () => {
    await graph.ok(`mutation($input: ForwardVoterPetitionInput!) { forwardVoterPetition(input: $input) { id } }`, {
      input: { petitionId, recipientKind: 'COMMITTEE', departmentId: NATURAL, recipientName: 'Phòng Tài nguyên và Môi trường', forwardedOn: '2026-03-20', nextRegularSessionId: APRIL_SESSION, nextRegularSessionOn: '2026-04-20' },
    }, board);
    // 30 days → Mon 20 April, but the session's documents are due Mon 13 April: Fri 10 April.
    expect(await answerDue()).toEqual({ answerDue: '2026-04-10', nextRegularSessionOn: '2026-04-20' });

    await graph.ok(`mutation($id: ID!, $input: RescheduleSessionInput!) { rescheduleSession(id: $id, input: $input) { id } }`, { id: APRIL_SESSION, input: { plannedStartDate: '2026-04-27', plannedEndDate: '2026-04-28' } }, standing);
    const [published] = await graph.db.council.query(`SELECT payload FROM council.outbox WHERE topic = 'session.moved' AND aggregate_id = $1`, [APRIL_SESSION]);
    expect(published.payload).toMatchObject({ sessionId: APRIL_SESSION, jurisdictionId: HONG_LINH, plannedStartDate: '2026-04-27' });

    // What the relay does with the council's publication: the Front re-reads the session's date.
    const before = await graph.db.front.query(`SELECT count(*)::int AS n FROM front.outbox`);
    const { followSessionDate } = await graph.ok<{ followSessionDate: Array<{ id: string; answerDue: string }> }>(
      `mutation($input: FollowSessionDateInput!) { followSessionDate(input: $input) { id answerDue } }`,
      { input: { sessionId: published.payload.sessionId, plannedStartDate: published.payload.plannedStartDate } },
      relay,
    );
    // Documents now due Mon 20 April: the answer by Fri 17 April.
    expect(followSessionDate).toEqual([{ id: petitionId, answerDue: '2026-04-17' }]);
    expect(await answerDue()).toEqual({ answerDue: '2026-04-17', nextRegularSessionOn: '2026-04-27' });
    const [last] = await graph.db.front.query(`SELECT payload FROM front.outbox ORDER BY id DESC LIMIT 1`);
    expect(last.payload).toMatchObject({ state: 'OPEN', dueDate: '2026-04-17' });

    // The same publication twice moves nothing and writes nothing.
    const again = await graph.ok<{ followSessionDate: unknown[] }>(`mutation($input: FollowSessionDateInput!) { followSessionDate(input: $input) { id } }`, { input: { sessionId: APRIL_SESSION, plannedStartDate: '2026-04-27' } }, relay);
    expect(again.followSessionDate).toEqual([]);
    const after = await graph.db.front.query(`SELECT count(*)::int AS n FROM front.outbox`);
    expect(after[0].n).toBe(before[0].n + 1);

    const refused = await graph.query(`mutation($input: FollowSessionDateInput!) { followSessionDate(input: $input) { id } }`, { input: { sessionId: APRIL_SESSION, plannedStartDate: '2026-05-04' } }, staff);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('escalates at level 4 to the Front standing board and the council Standing Committee', async () => {
    const overdue = { itemKind: 'VOTER_PETITION', jurisdictionId: HONG_LINH, raisedBy: 'FRONT', assigneeBody: 'COMMITTEE', assigneeDepartmentId: NATURAL } as Deadline;
    const nobody = {} as Parameters<typeof recipientsFor>[2];
    expect(await recipientsFor({ kind: 'ESCALATION', offsetWorkingDays: 10, level: 4, recipient: 'RAISING_BODY' }, overdue, nobody)).toEqual([
      { type: 'BODY', id: `FRONT_STANDING:${HONG_LINH}` },
      { type: 'BODY', id: `COUNCIL_STANDING:${HONG_LINH}` },
    ]);
  });
});

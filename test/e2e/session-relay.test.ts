import { council } from '@phoihop/council';
import { loadConfig } from '@phoihop/core';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import { GraphSessionFollower, type RunningWorkers } from '@phoihop/workers';
import { Deadline } from '@phoihop/workflow';
import { APRIL_SESSION, HONG_LINH, NATURAL, recordMarchPetition, seedCouncil } from '../../services/front/test/support/fixtures';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';
import { waitFor } from '../support/wait';
import { startGraphWorkers, testQueuePrefix } from '../support/workers';

const board = userWith('FRONT_STANDING', { jurisdictionId: HONG_LINH });
const standing = userWith('COUNCIL_STANDING', { jurisdictionId: HONG_LINH });

/** Issue #13, item 3: the council moves a session, the relay carries it, the Front's petitions follow. */
describe('a rescheduled session moves the voter petitions answered before it, through the relay', () => {
  const prefix = testQueuePrefix();
  let graph: TestGraph;
  let workers: RunningWorkers;
  let petitionId: string;

  const petition = async () =>
    (await graph.ok<{ voterPetition: { answerDue: string; nextRegularSessionOn: string } }>(`query($id: ID!) { voterPetition(id: $id) { answerDue nextRegularSessionOn } }`, { id: petitionId }, board)).voterPetition;
  const ledgerDue = (dueDate: string) =>
    waitFor(async () => {
      const d = await graph.db.notifications.getRepository(Deadline).findOneBy({ itemId: petitionId });
      return d?.dueDate === dueDate ? d : null;
    });

  beforeAll(async () => {
    graph = await startTestGraph('workers_session_relay', [council, front, notifications], { now: '2026-03-20T09:00:00+07:00' });
    await seedCouncil(graph.db.council);
    const key = loadConfig({ NODE_ENV: 'test', DATABASE_URL: graph.databaseUrl }).contextSigningKey!;
    workers = await startGraphWorkers(graph, {
      prefix,
      // No reminder falls due in this test; the committee's directory is not part of the graph.
      directory: { departmentHead: async () => null, viceChairInCharge: async () => null, chair: async () => null },
      sessionFollower: new GraphSessionFollower(graph.subgraphUrls.front, key, graph.clock),
    });

    petitionId = await recordMarchPetition(graph);
    await graph.ok(`mutation($input: ForwardVoterPetitionInput!) { forwardVoterPetition(input: $input) { id } }`, {
      input: { petitionId, recipientKind: 'COMMITTEE', departmentId: NATURAL, recipientName: 'Phòng Tài nguyên và Môi trường', forwardedOn: '2026-03-20', nextRegularSessionId: APRIL_SESSION, nextRegularSessionOn: '2026-04-20' },
    }, board);
  });

  afterAll(async () => {
    // The test's own queue goes with it (its prefix is the test's).
    await workers?.queue.obliterate({ force: true });
    await workers?.close();
    await graph?.close();
  });

  it('moves the answer due date and the ledger when the council reschedules the session', async () => {
    // The session's documents are due Mon 13 April: the answer by Fri 10 April.
    expect(await petition()).toEqual({ answerDue: '2026-04-10', nextRegularSessionOn: '2026-04-20' });
    await ledgerDue('2026-04-10');

    await graph.ok(`mutation($id: ID!, $input: RescheduleSessionInput!) { rescheduleSession(id: $id, input: $input) { id } }`, { id: APRIL_SESSION, input: { plannedStartDate: '2026-04-27', plannedEndDate: '2026-04-28' } }, standing);

    // Nobody calls the Front: the relay carries `session.moved`, the job asks the Front, the ledger follows.
    const moved = await ledgerDue('2026-04-17');
    expect(moved.version).toBe(2);
    expect(await petition()).toEqual({ answerDue: '2026-04-17', nextRegularSessionOn: '2026-04-27' });
    const [row] = await graph.db.council.query(`SELECT id::text AS id, relayed_at FROM council.outbox WHERE topic = 'session.moved' AND aggregate_id = $1`, [APRIL_SESSION]);
    expect(row.relayed_at).not.toBeNull();
    const job = await waitFor(async () => {
      const j = await workers.queue.getJob(`outbox-council-${row.id}`);
      return j && (await j.getState()) === 'completed' ? j : null;
    });
    expect(job.returnvalue).toBe('1 voter petitions moved to 2026-04-27');
  });

  it('moves nothing more when the same publication is relayed again', async () => {
    const [{ n: before }] = await graph.db.front.query(`SELECT count(*)::int AS n FROM front.outbox`);
    const [row] = await graph.db.council.query(`SELECT id::text AS id FROM council.outbox WHERE topic = 'session.moved' AND aggregate_id = $1`, [APRIL_SESSION]);
    await graph.db.council.query(`UPDATE council.outbox SET relayed_at = NULL WHERE id = $1`, [row.id]);
    const old = await workers.queue.getJob(`outbox-council-${row.id}`);
    await old?.remove();
    await workers.relay.kick();
    const again = await waitFor(async () => {
      const j = await workers.queue.getJob(`outbox-council-${row.id}`);
      return j && (await j.getState()) === 'completed' ? j : null;
    });
    expect(again.returnvalue).toBe('0 voter petitions moved to 2026-04-27');
    const [{ n: after }] = await graph.db.front.query(`SELECT count(*)::int AS n FROM front.outbox`);
    expect(after).toBe(before);
    expect(await petition()).toEqual({ answerDue: '2026-04-17', nextRegularSessionOn: '2026-04-27' });
  });
  it('is run again by the reconciler when its job was lost before the Front was told', async () => {
    const [row] = await graph.db.council.query(`SELECT id::text AS id FROM council.outbox WHERE topic = 'session.moved' AND aggregate_id = $1`, [APRIL_SESSION]);
    const followed = () => graph.db.notifications.query(`SELECT petitions_moved FROM workflow.followed_session_move WHERE source = 'council' AND outbox_id = $1`, [row.id]);
    expect(await followed()).toEqual([{ petitions_moved: 1 }]);
    // Redis lost the job, and the Front never answered: nothing says the move was carried.
    await (await workers.queue.getJob(`outbox-council-${row.id}`))?.remove();
    await graph.db.notifications.query(`DELETE FROM workflow.followed_session_move WHERE outbox_id = $1`, [row.id]);
    const result = await workers.reconcile();
    expect(result.replayed).toBe(1);
    expect(await waitFor(async () => ((await followed()).length ? followed() : null))).toEqual([{ petitions_moved: 0 }]);
    // Carried: the next run replays nothing.
    expect((await workers.reconcile()).replayed).toBe(0);
  });
});

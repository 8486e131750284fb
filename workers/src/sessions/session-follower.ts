import { isCalendarDate, SESSION_MOVED, type Clock, type SessionMoved } from '@phoihop/core';
import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { readOutboxRow, type OutboxRef } from '../ledger/sources';
import { callSubgraph } from '../subgraph-call';

/** Carries a session's new opening day to the Front; how many voter petitions moved. */
export interface SessionFollower {
  follow(moved: SessionMoved): Promise<number>;
}

const FOLLOW = /* GraphQL */ `
  mutation Follow($input: FollowSessionDateInput!) {
    followSessionDate(input: $input) { id }
  }`;

/**
 * The Front's `followSessionDate` mutation, called as the SERVICE user: the Front re-reads the
 * council's publication and moves the petitions waiting for that session, each with its own
 * `deadline.changed`. Calling it twice moves nothing the second time, so a retry is harmless.
 */
export class GraphSessionFollower implements SessionFollower {
  constructor(
    private readonly url: string,
    private readonly signingKey: string,
    private readonly clock: Clock,
  ) {}

  async follow(moved: SessionMoved): Promise<number> {
    const input = { sessionId: moved.sessionId, plannedStartDate: moved.plannedStartDate };
    const data = await callSubgraph<{ followSessionDate?: unknown[] }>({ url: this.url, signingKey: this.signingKey, clock: this.clock, name: 'front', timeoutMs: 30_000 }, FOLLOW, { input });
    if (!Array.isArray(data.followSessionDate)) throw new Error('front answered no petitions');
    return data.followSessionDate.length;
  }
}

/** A malformed publication can never succeed: it fails the job at once. */
export function parseSessionMoved(payload: Record<string, unknown>): SessionMoved {
  const m = payload as unknown as SessionMoved;
  if (typeof m.sessionId !== 'string' || typeof m.jurisdictionId !== 'string') throw new UnrecoverableError('malformed session.moved: ids');
  if (!isCalendarDate(m.plannedStartDate)) throw new UnrecoverableError('malformed session.moved: plannedStartDate');
  return m;
}

/**
 * Relayed `session.moved` rows of the council the Front was never told of (job lost with Redis,
 * or failed): the reconciler adds their job again. `$1` is the replay window's interval.
 */
export const SESSION_MOVES_UNFOLLOWED_SQL = `
  SELECT o."id"::text AS "id", o."topic" FROM "council"."outbox" o
    LEFT JOIN "workflow"."followed_session_move" f ON f."source" = 'council' AND f."outbox_id" = o."id"
   WHERE o."topic" = '${SESSION_MOVED}' AND o."relayed_at" IS NOT NULL AND o."created_at" > now() - $1::interval AND f."outbox_id" IS NULL
   ORDER BY o."id"`;

/** `follow-session`: one relayed `session.moved` row of the council → the Front's petitions follow. */
export function followSessionHandler(deps: { db: DataSource; follower: SessionFollower; clock: Clock }) {
  return async (job: Job<OutboxRef>): Promise<string> => {
    if (job.data.source !== 'council') throw new UnrecoverableError(`session.moved comes from the council, not ${job.data.source}`);
    const row = await readOutboxRow(deps.db, job.data);
    const moved = parseSessionMoved(row.payload);
    const count = await deps.follower.follow(moved);
    // Done: the reconciler no longer replays this row (see SESSION_MOVES_UNFOLLOWED_SQL).
    await deps.db.query(
      `INSERT INTO "workflow"."followed_session_move" ("source", "outbox_id", "followed_at", "petitions_moved") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [job.data.source, row.id, deps.clock.now(), count],
    );
    return `${count} voter petitions moved to ${moved.plannedStartDate}`;
  };
}

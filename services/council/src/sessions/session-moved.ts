import { writeOutbox } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import type { Session } from './session.entity';

/** Outbox topic: a planned session's dates changed (issue #13, item 3). */
export const SESSION_MOVED = 'session.moved';

/**
 * Publishes a session's new dates on the council's outbox, its published interface (DESIGN.md
 * rule 1): the Front's voter petitions answered before this session follow it
 * (`followSessionDate` on the Front, called by the relay with this payload).
 */
export function publishSessionMoved(m: EntityManager, s: Session): Promise<void> {
  return writeOutbox(m, {
    topic: SESSION_MOVED,
    aggregateType: 'Session',
    aggregateId: s.id,
    payload: { sessionId: s.id, jurisdictionId: s.jurisdictionId, kind: s.kind, plannedStartDate: s.plannedStartDate, version: s.version },
  });
}

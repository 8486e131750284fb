import { SESSION_MOVED, writeOutbox, type SessionMoved } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import type { Session } from './session.entity';

/**
 * Publishes a session's new dates on the council's outbox, its published interface (DESIGN.md
 * rule 1): the Front's voter petitions answered before this session follow it (the workers'
 * `follow-session` job calls `followSessionDate` on the Front with this payload).
 */
export function publishSessionMoved(m: EntityManager, s: Session): Promise<void> {
  const payload: SessionMoved = { sessionId: s.id, jurisdictionId: s.jurisdictionId, kind: s.kind, plannedStartDate: s.plannedStartDate, version: s.version };
  return writeOutbox(m, { topic: SESSION_MOVED, aggregateType: 'Session', aggregateId: s.id, payload: payload as unknown as Record<string, unknown> });
}

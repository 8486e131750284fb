/**
 * Outbox topic of the council: a planned session's dates changed (issue #13, item 3). The
 * relay carries it to the Front, whose voter petitions answered before that session follow it.
 */
export const SESSION_MOVED = 'session.moved';

/** What `session.moved` carries. */
export interface SessionMoved {
  sessionId: string;
  jurisdictionId: string;
  kind: string;
  plannedStartDate: string;
  version: number;
}

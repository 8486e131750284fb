import { badInput, notFound } from '@phoihop/core';
import type { EntityManager } from 'typeorm';

export interface NextSession {
  nextSessionId: string;
  nextSessionOn: string;
}

/**
 * The next regular council session a voter petition's answer must precede (Joint Resolution
 * 72/2025), from `forwardVoterPetition`.
 *
 * The date belongs to the council, whose tables the Front may not read (DESIGN.md rule 1). We
 * chose the simplest design that stays honest: the Board's screen already shows the session
 * through the graph, so the client sends the session's id together with its plannedStartDate;
 * the Front stores both, computes the cap from the date, and exposes the id as
 * `VoterPetition.nextRegularSession`, which the council itself resolves. The date relied on is
 * therefore always checkable against the owner's (`nextRegularSession.plannedStartDate` beside
 * `nextRegularSessionOn`), and petitions can be found by session should the session move.
 * Rejected: a synchronous call from the Front to the council during the mutation (couples
 * forwarding to the council's uptime, and a subgraph has no directory of its peers), and a
 * replicated copy of session dates fed by the council's outbox (a second consumer pipeline and
 * table for one date per petition). What the Front does know is checked (`checkNextSession`):
 * the session is not another jurisdiction's, and it opens after this jurisdiction's
 * BEFORE_SESSION rounds for it.
 */
export function nextRegularSession(input: { nextRegularSessionId?: string | null; nextRegularSessionOn?: string | null; forwardedOn: string }): NextSession | null {
  const { nextRegularSessionId: id, nextRegularSessionOn: on } = input;
  if (!id && !on) return null;
  if (!id) throw badInput('input.nextRegularSessionId', 'Hãy chọn kỳ họp thường lệ tiếp theo cùng với ngày khai mạc.');
  if (!on) throw badInput('input.nextRegularSessionOn', 'Cần ngày khai mạc dự kiến của kỳ họp đã chọn.');
  if (on <= input.forwardedOn) throw badInput('input.nextRegularSessionOn', 'Kỳ họp thường lệ tiếp theo phải sau ngày chuyển.');
  return { nextSessionId: id, nextSessionOn: on };
}

/** The session against the Front's own rounds for it, in the petition's jurisdiction. */
export async function checkNextSession(m: EntityManager, session: NextSession | null, jurisdictionId: string): Promise<void> {
  if (!session) return;
  const rounds: Array<{ jurisdiction_id: string; kind: string; ends_on: string }> = await m.query(
    `SELECT jurisdiction_id, kind, ends_on::text FROM "front"."voter_contact_round" WHERE session_id = $1`,
    [session.nextSessionId],
  );
  if (rounds.some((r) => r.jurisdiction_id !== jurisdictionId)) throw notFound('Session', session.nextSessionId, 'input.nextRegularSessionId');
  const before = rounds.filter((r) => r.kind === 'BEFORE_SESSION' && r.ends_on >= session.nextSessionOn).map((r) => r.ends_on);
  if (before.length) {
    throw badInput('input.nextRegularSessionOn', `Đợt tiếp xúc cử tri trước kỳ họp này kết thúc ngày ${before.sort().at(-1)}; kỳ họp khai mạc sau ngày đó.`);
  }
}

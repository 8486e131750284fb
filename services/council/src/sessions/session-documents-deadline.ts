import { openOrCleared, openRows, ruleRef, type Body, type TrackedItem } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { Session } from './session.entity';

/** Agenda items of the session whose documents have not come. */
const missing = (session: string) => `SELECT 1 FROM "council"."agenda_item" i WHERE i.session_id = ${session} AND i.documents_received_on IS NULL`;


/**
 * The bodies still owing documents, the first agenda item's first (issue #13, item 4): the
 * deadline is owed by whoever presents the items whose documents are missing — a committee
 * department, a council committee or the Front — not always the committee. With several, the
 * one whose item comes first on the agenda carries it until its documents come.
 */
async function owedBy(m: EntityManager, sessionId: string): Promise<Body[]> {
  const rows: Array<{ body: Body }> = await m.query(
    `SELECT presenting_body AS body FROM "council"."agenda_item" WHERE session_id = $1 AND documents_received_on IS NULL
      GROUP BY presenting_body ORDER BY min(position)`,
    [sessionId],
  );
  return rows.map((r) => r.body);
}

/**
 * Hạn gửi tài liệu kỳ họp (item SESSION_DOCUMENTS, owed by the presenting bodies): N days before the
 * session opens, moved back past a day off. Once the session opens, is cancelled or has all
 * its documents, nothing is owed any more: the deadline is cleared.
 */
export const sessionDocumentsDeadline: TrackedItem<Session> = {
  name: 'SessionDocuments',
  input: (_m, s) => ({ kind: 'SESSION_DOCUMENTS', start: s.plannedStartDate }),
  storedDue: (s) => s.documentsDueOn,
  setDue(s, result) {
    // The rule cannot be suspended, so a due date is always there.
    Object.assign(s, { documentsDueOn: result.due!, documentsRule: ruleRef(result), documentsExplanation: result.explanation });
  },
  async change(m, s) {
    const owing = s.status === 'PLANNED' ? await owedBy(m, s.id) : [];
    return {
      itemKind: 'SESSION_DOCUMENTS',
      itemId: s.id,
      jurisdictionId: s.jurisdictionId,
      ...openOrCleared(owing.length > 0, s.documentsDueOn),
      startDate: s.plannedStartDate,
      rule: s.documentsRule,
      explanation: s.documentsExplanation,
      title: `Tài liệu trình Kỳ họp thứ ${s.number}: ${s.title}`,
      assignee: { body: owing[0] ?? 'COMMITTEE' },
      raisedBy: 'COUNCIL',
    };
  },
  // A recomputed date is a new version of the deadline.
  save: (m, s) => m.getRepository(Session).save(Object.assign(s, { version: s.version + 1 })),
  // Open while the session is planned and an agenda item's documents are missing.
  ...openRows(Session, { alias: 's', open: `s.status = 'PLANNED' AND EXISTS (${missing('s.id')})`, start: 's.planned_start_date', due: 's.documents_due_on' }),
};

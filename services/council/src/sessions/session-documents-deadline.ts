import { recomputeWhere, ruleRef, type TrackedItem } from '@phoihop/core';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Session } from './session.entity';

/** Agenda items of the session whose documents have not come. */
const missing = (session: string) => `SELECT 1 FROM "council"."agenda_item" i WHERE i.session_id = ${session} AND i.documents_received_on IS NULL`;

/** The documents deadline is open while the session is planned and an agenda item's documents are missing. */
const documentsOpen = (qb: SelectQueryBuilder<Session>) => qb.andWhere(`s.status = 'PLANNED'`).andWhere(`EXISTS (${missing('s.id')})`);

const sessions = (m: EntityManager) => m.getRepository(Session).createQueryBuilder('s');

/**
 * Hạn gửi tài liệu kỳ họp (item SESSION_DOCUMENTS, owed by the committee): N days before the
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
    const open = s.status === 'PLANNED' && (await m.query(`SELECT EXISTS (${missing('$1')}) AS open`, [s.id]))[0].open === true;
    return {
      itemKind: 'SESSION_DOCUMENTS',
      itemId: s.id,
      jurisdictionId: s.jurisdictionId,
      state: open ? 'OPEN' : 'CLEARED',
      dueDate: open ? s.documentsDueOn : null,
      startDate: s.plannedStartDate,
      rule: s.documentsRule,
      explanation: s.documentsExplanation,
      title: `Tài liệu trình Kỳ họp thứ ${s.number}: ${s.title}`,
      assignee: { body: 'COMMITTEE' },
      raisedBy: 'COUNCIL',
    };
  },
  // A recomputed date is a new version of the deadline.
  save: (m, s) => m.getRepository(Session).save(Object.assign(s, { version: s.version + 1 })),
  candidates(m, scope) {
    const w = recomputeWhere(scope, 's.planned_start_date', 's.documents_due_on');
    return documentsOpen(sessions(m).where(w.where, w.params)).orderBy('s.id').getMany();
  },
  lock: (m, s) => documentsOpen(sessions(m).setLock('pessimistic_write', undefined, ['s']).where('s.id = :id', { id: s.id })).getOne(),
};

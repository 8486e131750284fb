import { recomputeWhere, republishDeadline, ruleRef, type RecomputeSource } from '@phoihop/core';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Session } from '../sessions/session.entity';

/** The documents deadline is open while the session is planned and an agenda item's documents are missing. */
const documentsOpen = (qb: SelectQueryBuilder<Session>) =>
  qb
    .andWhere(`s.status = 'PLANNED'`)
    .andWhere(`EXISTS (SELECT 1 FROM "council"."agenda_item" i WHERE i.session_id = s.id AND i.documents_received_on IS NULL)`);

const sessions = (m: EntityManager) => m.getRepository(Session).createQueryBuilder('s');

/** Planned sessions whose documents are still due: N days before the opening, moved back past a day off. */
export const sessionDocumentsSource: RecomputeSource<Session> = {
  name: 'SessionDocuments',
  candidates(m, scope) {
    const w = recomputeWhere(scope, 's.planned_start_date', 's.documents_due_on');
    return documentsOpen(sessions(m).where(w.where, w.params)).orderBy('s.id').getMany();
  },
  lock: (m, s) => documentsOpen(sessions(m).setLock('pessimistic_write', undefined, ['s']).where('s.id = :id', { id: s.id })).getOne(),
  input: (_m, s) => ({ kind: 'SESSION_DOCUMENTS', start: s.plannedStartDate }),
  storedDue: (s) => s.documentsDueOn,
  async apply(m, s, result) {
    Object.assign(s, { documentsDueOn: result.due!, documentsRule: ruleRef(result), documentsExplanation: result.explanation, version: s.version + 1 });
    await m.getRepository(Session).save(s);
    await republishDeadline(m, 'SESSION_DOCUMENTS', s.id, result);
  },
};

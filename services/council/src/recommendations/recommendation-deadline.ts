import { recomputeWhere, type TrackedItem } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { Recommendation } from './recommendation.entity';

const repo = (m: EntityManager) => m.getRepository(Recommendation);

/** The rule a due date was computed with, as its stored explanation names it. */
const storedRule = ({ dueExplanation: e }: Recommendation): string => (e ? `${e.rule.code}@${e.rule.version}` : 'RECOMMENDATION_FOLLOW_UP@1');

/**
 * The RECOMMENDATION deadline: the date in the supervision conclusion, moved past a day off
 * (Civil Code Art. 148). The ledger knows the due date, the department that owes the work
 * (the first one named), the field of responsibility and the text notifications quote.
 */
export const recommendationDeadline: TrackedItem<Recommendation> = {
  name: 'Recommendation',
  input: (_m, r) => ({ kind: 'RECOMMENDATION_FOLLOW_UP', start: r.issuedOn, explicitDue: r.requestedDueDate }),
  storedDue: (r) => r.dueDate,
  setDue(r, result) {
    // Neither council rule can be suspended, so a due date is always there.
    Object.assign(r, { dueDate: result.due!, dueExplanation: result.explanation });
  },
  change(_m, r) {
    const open = r.status === 'OPEN';
    return {
      itemKind: 'RECOMMENDATION',
      itemId: r.id,
      jurisdictionId: r.jurisdictionId,
      state: open ? 'OPEN' : 'CLEARED',
      dueDate: open ? r.dueDate : null,
      startDate: r.issuedOn,
      rule: storedRule(r),
      explanation: r.dueExplanation,
      title: `Kiến nghị sau giám sát${r.externalAddresseeName ? ` gửi ${r.externalAddresseeName}` : ''}: ${r.content.length > 120 ? `${r.content.slice(0, 117)}…` : r.content}`,
      assignee: { body: r.addressedTo, departmentId: r.departmentIds[0] ?? null },
      raisedBy: 'COUNCIL',
      field: r.field,
    };
  },
  // A recomputed date is a new version of the deadline.
  save: (m, r) => repo(m).save(Object.assign(r, { version: r.version + 1 })),
  candidates(m, scope) {
    const w = recomputeWhere(scope, 'r.issued_on', 'r.due_date');
    return repo(m).createQueryBuilder('r').where(`r.status = 'OPEN'`).andWhere(w.where, w.params).orderBy('r.id').getMany();
  },
  async lock(m, r) {
    const fresh = await repo(m).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: r.id }).getOne();
    return fresh?.status === 'OPEN' ? fresh : null;
  },
};

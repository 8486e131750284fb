import { recomputeWhere, republishDeadline, ruleRef, type DeadlineExplanation, type RecomputeSource } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { Assignment } from '../directives/assignment.entity';

const OPEN = ['OPEN', 'IN_PROGRESS'] as const;

/**
 * Open assignments: the date the directive set, moved past a day off. The directive's date
 * and issue day are the ones stored in the explanation when the assignment was made.
 */
export const assignmentSource: RecomputeSource<Assignment> = {
  name: 'Assignment',
  async candidates(m: EntityManager, scope) {
    const w = recomputeWhere(scope, `(a.due_explanation->>'start')::date`, 'a.due_date');
    return m
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .where('a.status IN (:...open)', { open: OPEN })
      .andWhere(w.where, w.params)
      .orderBy('a.id')
      .getMany();
  },
  async lock(m, a) {
    const fresh = await m.getRepository(Assignment).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id: a.id }).getOne();
    return fresh && (OPEN as readonly string[]).includes(fresh.status) ? fresh : null;
  },
  input(_m, a) {
    const e = a.dueExplanation as DeadlineExplanation;
    return { kind: 'ASSIGNMENT', start: e.start, explicitDue: e.explicitDue ?? a.dueDate };
  },
  storedDue: (a) => a.dueDate,
  async apply(m, a, result) {
    Object.assign(a, { dueDate: result.due!, dueRule: ruleRef(result), dueExplanation: result.explanation });
    await m.getRepository(Assignment).save(a);
    await republishDeadline(m, 'ASSIGNMENT', a.id, result);
  },
};

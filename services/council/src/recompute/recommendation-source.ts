import { recomputeWhere, republishDeadline, type RecomputeSource } from '@phoihop/core';
import { Recommendation } from '../recommendations/recommendation.entity';

/** Open recommendations: the date in the supervision conclusion, moved past a day off. */
export const recommendationSource: RecomputeSource<Recommendation> = {
  name: 'Recommendation',
  candidates(m, scope) {
    const w = recomputeWhere(scope, 'r.issued_on', 'r.due_date');
    return m.getRepository(Recommendation).createQueryBuilder('r').where(`r.status = 'OPEN'`).andWhere(w.where, w.params).orderBy('r.id').getMany();
  },
  async lock(m, r) {
    const fresh = await m.getRepository(Recommendation).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: r.id }).getOne();
    return fresh?.status === 'OPEN' ? fresh : null;
  },
  input: (_m, r) => ({ kind: 'RECOMMENDATION_FOLLOW_UP', start: r.issuedOn, explicitDue: r.requestedDueDate }),
  storedDue: (r) => r.dueDate,
  async apply(m, r, result) {
    Object.assign(r, { dueDate: result.due!, dueExplanation: result.explanation, version: r.version + 1 });
    await m.getRepository(Recommendation).save(r);
    await republishDeadline(m, 'RECOMMENDATION', r.id, result);
  },
};

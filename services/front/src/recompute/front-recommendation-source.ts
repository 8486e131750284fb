import { recomputeWhere, republishDeadline, ruleRef, type RecomputeSource } from '@phoihop/core';
import { FrontRecommendation } from '../recommendations/front-recommendation.entity';

/** Front recommendations not answered yet. */
export const frontRecommendationSource: RecomputeSource<FrontRecommendation> = {
  name: 'FrontRecommendation',
  candidates(m, scope) {
    const w = recomputeWhere(scope, 'r.sent_on', 'r.due_date');
    return m.getRepository(FrontRecommendation).createQueryBuilder('r').where('r.answered_on IS NULL').andWhere(w.where, w.params).orderBy('r.id').getMany();
  },
  async lock(m, r) {
    const fresh = await m.getRepository(FrontRecommendation).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: r.id }).getOne();
    return fresh && !fresh.answeredOn ? fresh : null;
  },
  input: (_m, r) => ({ kind: 'FRONT_RECOMMENDATION_ANSWER', start: r.sentOn }),
  storedDue: (r) => r.dueDate,
  async apply(m, r, result) {
    Object.assign(r, { dueDate: result.due!, dueRule: ruleRef(result), dueExplanation: result.explanation });
    await m.getRepository(FrontRecommendation).save(r);
    await republishDeadline(m, 'FRONT_RECOMMENDATION', r.id, result);
  },
};

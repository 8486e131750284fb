import { openRows, ruleRef, type TrackedItem } from '@phoihop/core';
import { answerDeadline } from '../recipients';
import { FrontRecommendation } from './front-recommendation.entity';

/** A Front recommendation as a tracked item: its answer is due from the day it was sent; answering clears it. */
export const recommendationDeadline: TrackedItem<FrontRecommendation> = {
  name: 'FrontRecommendation',
  input: (_m, r) => ({ kind: 'FRONT_RECOMMENDATION_ANSWER', start: r.sentOn }),
  storedDue: (r) => r.dueDate,
  setDue(r, result) {
    // Front items are never suspended, so a due date is always there.
    r.dueDate = result.due!;
    r.dueRule = ruleRef(result);
    r.dueExplanation = result.explanation;
  },
  change: (_m, r) =>
    answerDeadline('FRONT_RECOMMENDATION', r, {
      open: !r.answeredOn,
      due: r.dueDate,
      start: r.sentOn,
      rule: r.dueRule,
      explanation: r.dueExplanation,
      title: `Kiến nghị của MTTQ số ${r.documentNumber}`,
    }),
  save: (m, r) => m.getRepository(FrontRecommendation).save(r),
  ...openRows(FrontRecommendation, { alias: 'r', open: 'r.answered_on IS NULL', start: 'r.sent_on', due: 'r.due_date' }),
};

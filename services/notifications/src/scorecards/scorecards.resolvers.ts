import type { Resolvers } from '../generated/graphql';
import { escalationsOf } from './escalations';

export const scorecardResolvers: Resolvers = {
  DepartmentScorecard: {
    __resolveReference: (ref) => ({ departmentId: ref.departmentId, year: ref.year }),
    escalations: (card, _, ctx) => escalationsOf(ctx, card),
  },
};

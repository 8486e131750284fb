import { isOverdue } from '@phoihop/core';
import { answerOf, recipientOf } from '../answers';
import type { Resolvers } from '../generated/graphql';
import { SupervisionsService } from '../supervisions/supervisions.service';
import { recommendationOverdue, RecommendationsService } from './recommendations.service';

export const recommendationResolvers: Resolvers = {
  Query: {
    frontRecommendation: (_, { id }, ctx) => new RecommendationsService(ctx).get(id),
    frontRecommendations: (_, args, ctx) => new RecommendationsService(ctx).list(args, args),
  },
  Mutation: {
    sendFrontRecommendation: (_, { input }, ctx) => new RecommendationsService(ctx).send(input),
    answerFrontRecommendation: (_, { input }, ctx) => new RecommendationsService(ctx).answer(input),
  },
  FrontRecommendation: {
    __resolveReference: (ref, ctx) => new RecommendationsService(ctx).get(ref.id),
    jurisdiction: (r) => ({ id: r.jurisdictionId }),
    supervision: (r, _, ctx) => (r.supervisionId ? new SupervisionsService(ctx).byId(r.supervisionId) : null),
    addressedTo: (r) => recipientOf(r),
    overdue: (r, _, ctx) => isOverdue(recommendationOverdue(r), ctx.today()),
    answer: (r) => answerOf(r, r.dueDate),
  },
};

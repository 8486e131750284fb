import type { Resolvers } from '../generated/graphql';
import { SupervisionsService } from '../supervisions/supervisions.service';
import { RecommendationCorrectionsService } from './recommendation-corrections.service';
import { RecommendationsService } from './recommendations.service';

export const recommendationResolvers: Resolvers = {
  Query: {
    recommendation: (_, { id }, ctx) => new RecommendationsService(ctx).byId(id),
    recommendations: (_, args, ctx) => new RecommendationsService(ctx).list(args, args),
  },
  Mutation: {
    issueRecommendation: (_, { input }, ctx) => new RecommendationsService(ctx).issue(input),
    updateRecommendation: (_, { id, input }, ctx) => new RecommendationCorrectionsService(ctx).update(id, input),
    moveRecommendationDueDate: (_, { id, dueDate }, ctx) => new RecommendationsService(ctx).moveDueDate(id, dueDate),
    closeRecommendation: (_, { id, input }, ctx) => new RecommendationsService(ctx).close(id, input),
  },
  Recommendation: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new RecommendationsService(ctx).byId(ref.id),
    supervision: (r, _, ctx) => new SupervisionsService(ctx).sourceOf(r),
    externalAddressee: (r) => (r.externalAddresseeName && r.externalAddresseeLevel ? { name: r.externalAddresseeName, level: r.externalAddresseeLevel } : null),
    jurisdiction: (r) => ({ id: r.jurisdictionId }),
    departments: (r) => r.departmentIds.map((id) => ({ id })),
    dueDateExplanation: (r) => r.dueExplanation?.summary ?? null,
    overdue: (r, _, ctx) => new RecommendationsService(ctx).overdue(r),
    resolvedOnTime: (r, _, ctx) => new RecommendationsService(ctx).resolvedOnTime(r),
    corrections: (r, args, ctx) => new RecommendationCorrectionsService(ctx).of(r, args),
  },
  RecommendationCorrection: {
    previousDepartments: (c) => c.previousDepartmentIds.map((id) => ({ id })),
  },
};

import type { Resolvers } from '../generated/graphql';
import { DelegatesService } from '../delegates/delegates.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { SupervisionsService } from './supervisions.service';

export const supervisionResolvers: Resolvers = {
  Query: {
    supervision: (_, { id }, ctx) => new SupervisionsService(ctx).byId(id),
    supervisions: (_, args, ctx) => new SupervisionsService(ctx).list(args, args),
  },
  Mutation: {
    planSupervision: (_, { input }, ctx) => new SupervisionsService(ctx).plan(input),
    updateSupervision: (_, { id, input }, ctx) => new SupervisionsService(ctx).update(id, input),
    startSupervision: (_, { id }, ctx) => new SupervisionsService(ctx).start(id),
    concludeSupervision: (_, { id, conclusionDate, conclusion }, ctx) => new SupervisionsService(ctx).conclude(id, conclusionDate, conclusion),
  },
  Supervision: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new SupervisionsService(ctx).byId(ref.id),
    jurisdiction: (s) => ({ id: s.jurisdictionId }),
    councilCommittee: (s, _, ctx) => (s.councilCommitteeId ? new DelegatesService(ctx).committee(s.councilCommitteeId) : null),
    targetDepartments: (s) => s.targetDepartmentIds.map((id) => ({ id })),
    targetResolutions: (s, args, ctx) => new SupervisionsService(ctx).targetResolutions(s.id, args),
    recommendations: (s, args, ctx) => new RecommendationsService(ctx).ofSupervision(s.id, args),
  },
};

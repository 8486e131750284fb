import type { Resolvers } from '../generated/graphql';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { SupervisionsService } from './supervisions.service';

export const supervisionResolvers: Resolvers = {
  Query: {
    socialSupervision: (_, { id }, ctx) => new SupervisionsService(ctx).get(id),
    socialSupervisions: (_, args, ctx) => new SupervisionsService(ctx).list(args, args),
  },
  Mutation: {
    createSocialSupervision: (_, { input }, ctx) => new SupervisionsService(ctx).create(input),
    concludeSocialSupervision: (_, { input }, ctx) => new SupervisionsService(ctx).conclude(input),
  },
  SocialSupervision: {
    jurisdiction: (s) => ({ id: s.jurisdictionId }),
    subjectDepartment: (s) => (s.subjectDepartmentId ? { id: s.subjectDepartmentId } : null),
    decisionDocumentNumber: (s) => s.decisionDocument,
    recommendations: (s, args, ctx) => new RecommendationsService(ctx).forSupervision(s.id, args),
  },
};

import type { Resolvers } from '../generated/graphql';
import { SessionsService } from '../sessions/sessions.service';
import { ResolutionsService } from './resolutions.service';

export const resolutionResolvers: Resolvers = {
  Query: {
    resolution: (_, { id }, ctx) => new ResolutionsService(ctx).byId(id),
    resolutions: (_, args, ctx) => new ResolutionsService(ctx).list(args, args),
  },
  Mutation: {
    adoptResolution: (_, { input }, ctx) => new ResolutionsService(ctx).adopt(input),
    repealResolution: (_, { id, repealedOn }, ctx) => new ResolutionsService(ctx).repeal(id, repealedOn),
  },
  Resolution: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new ResolutionsService(ctx).byId(ref.id),
    jurisdiction: (r) => ({ id: r.jurisdictionId }),
    session: async (r, _, ctx) => (await new SessionsService(ctx).byId(r.sessionId))!,
    status: (r, _, ctx) => new ResolutionsService(ctx).status(r),
  },
};

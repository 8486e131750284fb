import type { Resolvers } from '../generated/graphql';
import { TermsService } from './terms.service';

export const termResolvers: Resolvers = {
  Query: {
    councilTerm: (_, { id }, ctx) => new TermsService(ctx).byId(id),
    councilTerms: (_, args, ctx) => new TermsService(ctx).list(args, args),
  },
  Mutation: {
    createCouncilTerm: (_, { input }, ctx) => new TermsService(ctx).create(input),
  },
  CouncilTerm: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new TermsService(ctx).byId(ref.id),
    jurisdiction: (t) => ({ id: t.jurisdictionId }),
  },
};

import { recomputeForSubgraph, recomputeSource } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { recommendationSource } from './recommendation-source';
import { sessionDocumentsSource } from './session-documents-source';

const SOURCES = [recomputeSource(recommendationSource), recomputeSource(sessionDocumentsSource)];

export const recomputeResolvers: Resolvers = {
  Mutation: {
    recomputeCouncilDeadlines: (_, args, ctx) => recomputeForSubgraph(ctx, SOURCES, args),
  },
};

import { recomputeForSubgraph, recomputeSource } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { frontRecommendationSource } from './front-recommendation-source';
import { petitionSource } from './petition-source';

const SOURCES = [recomputeSource(petitionSource), recomputeSource(frontRecommendationSource)];

export const recomputeResolvers: Resolvers = {
  Mutation: {
    recomputeFrontDeadlines: (_, args, ctx) => recomputeForSubgraph(ctx, SOURCES, args),
  },
};

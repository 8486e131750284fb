import { recomputeForSubgraph, trackedSource } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { petitionDeadline } from '../petitions/petition-deadline';
import { recommendationDeadline } from '../recommendations/recommendation-deadline';

const SOURCES = [trackedSource(petitionDeadline), trackedSource(recommendationDeadline)];

export const recomputeResolvers: Resolvers = {
  Mutation: {
    recomputeFrontDeadlines: (_, args, ctx) => recomputeForSubgraph(ctx, SOURCES, args),
  },
};

import { recomputeForSubgraph } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { petitionDeadline } from '../petitions/petition-deadline';
import { recommendationDeadline } from '../recommendations/recommendation-deadline';

const TRACKED = [petitionDeadline, recommendationDeadline];

export const recomputeResolvers: Resolvers = {
  Mutation: {
    recomputeFrontDeadlines: (_, args, ctx) => recomputeForSubgraph(ctx, TRACKED, args),
  },
};

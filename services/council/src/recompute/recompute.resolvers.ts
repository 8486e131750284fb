import { recomputeForSubgraph, trackedSource } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { commitmentDeadline } from '../questioning/commitment-deadline';
import { recommendationDeadline } from '../recommendations/recommendation-deadline';
import { sessionDocumentsDeadline } from '../sessions/session-documents-deadline';

const SOURCES = [trackedSource(recommendationDeadline), trackedSource(sessionDocumentsDeadline), trackedSource(commitmentDeadline)];

export const recomputeResolvers: Resolvers = {
  Mutation: {
    recomputeCouncilDeadlines: (_, args, ctx) => recomputeForSubgraph(ctx, SOURCES, args),
  },
};

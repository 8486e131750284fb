import { recomputeForSubgraph } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { commitmentDeadline } from '../questioning/commitment-deadline';
import { recommendationDeadline } from '../recommendations/recommendation-deadline';
import { sessionDocumentsDeadline } from '../sessions/session-documents-deadline';

const TRACKED = [recommendationDeadline, sessionDocumentsDeadline, commitmentDeadline];

export const recomputeResolvers: Resolvers = {
  Mutation: {
    recomputeCouncilDeadlines: (_, args, ctx) => recomputeForSubgraph(ctx, TRACKED, args),
  },
};

import { recomputeForSubgraph, trackedSource } from '@phoihop/core';
import { trackedCase } from '../cases/case-deadline';
import { trackedAssignment } from '../directives/assignment-deadline';
import type { Resolvers } from '../generated/graphql';

const SOURCES = [trackedSource(trackedCase), trackedSource(trackedAssignment)];

export const recomputeResolvers: Resolvers = {
  Mutation: {
    recomputeCommitteeDeadlines: (_, args, ctx) => recomputeForSubgraph(ctx, SOURCES, args),
  },
};

import { recomputeForSubgraph } from '@phoihop/core';
import { trackedCase } from '../cases/case-deadline';
import { trackedAssignment } from '../directives/assignment-deadline';
import type { Resolvers } from '../generated/graphql';

const TRACKED = [trackedCase, trackedAssignment];

export const recomputeResolvers: Resolvers = {
  Mutation: {
    recomputeCommitteeDeadlines: (_, args, ctx) => recomputeForSubgraph(ctx, TRACKED, args),
  },
};

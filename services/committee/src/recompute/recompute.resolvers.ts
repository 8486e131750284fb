import { recomputeForSubgraph, recomputeSource } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { assignmentSource } from './assignment-source';
import { caseSource } from './case-source';

const SOURCES = [recomputeSource(caseSource), recomputeSource(assignmentSource)];

export const recomputeResolvers: Resolvers = {
  Mutation: {
    recomputeCommitteeDeadlines: (_, args, ctx) => recomputeForSubgraph(ctx, SOURCES, args),
  },
};

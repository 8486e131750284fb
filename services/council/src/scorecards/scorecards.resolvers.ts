import { notFound } from '@phoihop/core';
import { DelegatesService } from '../delegates/delegates.service';
import type { Resolvers } from '../generated/graphql';
import { DelegateScorecardsService } from './delegate-scorecards.service';

export const scorecardResolvers: Resolvers = {
  Query: {
    delegateScorecards: (_, { jurisdictionId, year, orderBy, first, after }, ctx) => new DelegateScorecardsService(ctx).list(jurisdictionId, year, orderBy, { first, after }),
  },
  CoordinationReport: {
    delegateScorecards: (r, { orderBy, first, after }, ctx) => new DelegateScorecardsService(ctx).list(r.jurisdictionId, r.year, orderBy, { first, after }),
  },
  DelegateScorecard: {
    __resolveReference: (ref, ctx) => new DelegateScorecardsService(ctx).one(ref.delegateId, ref.year),
    delegate: async (r, _, ctx) => {
      const delegate = await new DelegatesService(ctx).byId(r.delegateId);
      if (!delegate) throw notFound('Delegate', r.delegateId);
      return delegate;
    },
  },
};

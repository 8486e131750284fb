import { findMatches, requestOfKey } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { COUNCIL_SEARCH } from './search.sources';

export const searchResolvers: Resolvers = {
  SearchResults: {
    __resolveReference: (ref) => ({ request: ref.request }),
    councilMatches: (r, _, ctx) => findMatches(ctx, COUNCIL_SEARCH, requestOfKey(r.request)),
  },
};

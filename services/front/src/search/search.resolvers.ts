import { findMatches, requestOfKey } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { FRONT_SEARCH } from './search.sources';

export const searchResolvers: Resolvers = {
  SearchResults: {
    __resolveReference: (ref) => ({ request: ref.request }),
    frontMatches: (r, _, ctx) => findMatches(ctx, FRONT_SEARCH, requestOfKey(r.request)),
  },
};

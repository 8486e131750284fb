import { CitizenCase } from '../cases/citizen-case.entity';
import { Assignment } from '../directives/assignment.entity';
import { Directive } from '../directives/directive.entity';
import type { Resolvers } from '../generated/graphql';
import { SearchService } from './search.service';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, args, ctx) => new SearchService(ctx).start(args),
  },
  SearchResults: {
    __resolveReference: (ref) => ref,
    nodes: async (r, _, ctx) => (await new SearchService(ctx).page(r)).nodes,
    edges: async (r, _, ctx) => (await new SearchService(ctx).page(r)).edges,
    pageInfo: async (r, _, ctx) => (await new SearchService(ctx).page(r)).pageInfo,
    totalCount: async (r, _, ctx) => (await new SearchService(ctx).page(r)).totalCount,
  },
  SearchHit: {
    entity: (hit, _, ctx) => new SearchService(ctx).entity(hit) as never,
  },
  SearchEntity: {
    __resolveType: (e) => {
      if (e instanceof CitizenCase) return 'CitizenCase';
      if (e instanceof Directive) return 'Directive';
      if (e instanceof Assignment) return 'Assignment';
      return (e as { __typename: 'VoterPetition' | 'Recommendation' | 'FrontRecommendation' | 'Resolution' }).__typename;
    },
  },
};

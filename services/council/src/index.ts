import { loadTypeDefs, mergeResolvers, scalarResolvers, type ServiceDefinition } from '@phoihop/core';
import { CouncilTerms1764000000000 } from './migrations/1764000000000-CouncilTerms';
import { CouncilTerm } from './terms/council-term.entity';
import { termResolvers } from './terms/terms.resolvers';

/** Hội đồng nhân dân — the People's Council subgraph. */
export const council: ServiceDefinition = {
  name: 'council',
  schema: 'council',
  typeDefs: loadTypeDefs(__dirname),
  resolvers: mergeResolvers(scalarResolvers, termResolvers),
  entities: [CouncilTerm],
  migrations: [CouncilTerms1764000000000],
};

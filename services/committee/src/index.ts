import { loadTypeDefs, mergeResolvers, scalarResolvers, type ServiceDefinition } from '@phoihop/core';
import { Jurisdiction } from './jurisdictions/jurisdiction.entity';
import { jurisdictionResolvers } from './jurisdictions/jurisdictions.resolvers';
import { Jurisdictions1764000000000 } from './migrations/1764000000000-Jurisdictions';

/** Ủy ban nhân dân — the People's Committee subgraph. */
export const committee: ServiceDefinition = {
  name: 'committee',
  schema: 'committee',
  typeDefs: loadTypeDefs(__dirname),
  resolvers: mergeResolvers(scalarResolvers, jurisdictionResolvers),
  entities: [Jurisdiction],
  migrations: [Jurisdictions1764000000000],
};

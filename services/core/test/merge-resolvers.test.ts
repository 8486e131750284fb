import { buildSubgraphSchema } from '@apollo/subgraph';
import { forbidden, mergeResolvers } from '@phoihop/core';
import { graphql, parse } from 'graphql';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Thing @key(fields: "id") { id: ID! }
  type Query { thing: Thing }
`);

describe('mergeResolvers', () => {
  it("fails only the refused entity of an _entities batch, even when the refusal is thrown synchronously", async () => {
    const schema = buildSubgraphSchema([
      {
        typeDefs,
        resolvers: mergeResolvers({
          Thing: {
            __resolveReference: (ref: { id: string }) => {
              if (ref.id === 'secret') throw forbidden();
              return { id: ref.id };
            },
          },
        }),
      },
    ]);
    const result = await graphql({
      schema,
      source: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id } } }`,
      variableValues: { r: [{ __typename: 'Thing', id: 'public' }, { __typename: 'Thing', id: 'secret' }] },
    });
    expect(result.data).toEqual({ _entities: [{ id: 'public' }, null] });
    expect(result.errors?.map((e) => [e.path, e.extensions.code])).toEqual([[['_entities', 1], 'FORBIDDEN']]);
  });
});

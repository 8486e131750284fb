import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ValueNode } from 'graphql';

/** Largest page a list field may ask for (DESIGN.md: every list is paginated, cap 100). */
export const MAX_LIST_SIZE = 100;

const LIST_ARGS = new Set(['first', 'last', 'limit']);

function valueOf(node: ValueNode, variables: Record<string, unknown> | undefined): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return undefined;
}

/** Refuses an operation that asks any list for more than `max` items, before planning. */
export function limitListSizes(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          visit(document, {
            Argument(node) {
              if (!LIST_ARGS.has(node.name.value)) return;
              const v = valueOf(node.value, request.variables);
              if (typeof v === 'number' && v > max) {
                throw new GraphQLError(`${node.name.value} may not exceed ${max}`, {
                  extensions: { code: 'BAD_USER_INPUT', field: node.name.value, http: { status: 400 } },
                });
              }
            },
          });
        },
      };
    },
  };
}

import type { GraphContext } from './context';

type ResolverFn = (parent: unknown, args: unknown, ctx: GraphContext, info: unknown) => unknown;

/**
 * No mutation is anonymous: wraps a subgraph's root Mutation resolvers so an anonymous caller
 * gets UNAUTHENTICATED before anything is read (a row looked up to authorize on would
 * otherwise answer NOT_FOUND first). The role and scope check stays the command's `authorize`.
 */
export function signedInMutations<R extends object>(resolvers: R): R {
  const mutation = (resolvers as { Mutation?: Record<string, unknown> }).Mutation;
  if (!mutation) return resolvers;
  const wrapped = Object.fromEntries(
    Object.entries(mutation).map(([name, fn]) => [
      name,
      typeof fn === 'function'
        ? (parent: unknown, args: unknown, ctx: GraphContext, info: unknown) => {
            ctx.access.requireSignedIn();
            return (fn as ResolverFn)(parent, args, ctx, info);
          }
        : fn,
    ]),
  );
  return { ...resolvers, Mutation: wrapped };
}

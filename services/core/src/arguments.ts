import { isInputObjectType, isListType, isNonNullType, type GraphQLInputType, type GraphQLResolveInfo } from 'graphql';
import { TEXT_LIMIT, uuid, validUnicode } from './input';
import type { GraphContext } from './context';
import { badInput } from './errors';

function checkValue(type: GraphQLInputType, value: unknown, path: string): void {
  if (value == null) return;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    (value as unknown[]).forEach((v, i) => checkValue(t.ofType, v, `${path}.${i}`));
  } else if (isInputObjectType(t)) {
    for (const [name, f] of Object.entries(t.getFields())) checkValue(f.type, (value as Record<string, unknown>)[name], `${path}.${name}`);
  } else if (t.name === 'ID') {
    uuid(path, value as string);
  } else if (t.name === 'String') {
    validUnicode(path, value as string);
    // The hard ceiling of any text; each field's own, lower limit is checked where it is read.
    if ((value as string).length > TEXT_LIMIT.text) throw badInput(path, `Tối đa ${TEXT_LIMIT.text.toLocaleString('vi-VN')} ký tự.`);
  }
}

/**
 * Every argument of a field, inputs and lists included: an `ID` is a UUID, a `String` is valid
 * Unicode within the hard ceiling. The field at fault is named by its path
 * (`input.assignments.0.departmentId`).
 */
export function checkArguments(info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>, args: Record<string, unknown>): void {
  for (const a of info.parentType.getFields()[info.fieldName].args) checkValue(a.type, args[a.name], a.name);
}

type ResolverFn = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * Wraps the root Query and Mutation resolvers so that, before any service code runs, an
 * anonymous caller of a mutation is UNAUTHENTICATED (no mutation is public) and malformed
 * ids and text are BAD_USER_INPUT. Applied to every subgraph by the shared start-up
 * (startSubgraph); the item's rule then decides the rest, once.
 */
export function withCheckedArguments<R extends object>(resolvers: R): R {
  const wrap = (fields: Record<string, unknown> | undefined, signedIn: boolean) =>
    fields &&
    Object.fromEntries(
      Object.entries(fields).map(([name, fn]) => [
        name,
        typeof fn === 'function'
          ? (parent: unknown, args: Record<string, unknown>, ctx: GraphContext, info: GraphQLResolveInfo) => {
              if (signedIn) ctx.access.requireSignedIn();
              checkArguments(info, args);
              return (fn as ResolverFn)(parent, args, ctx, info);
            }
          : fn,
      ]),
    );
  const r = resolvers as Record<string, Record<string, unknown> | undefined>;
  return { ...resolvers, ...(r.Query ? { Query: wrap(r.Query, false) } : {}), ...(r.Mutation ? { Mutation: wrap(r.Mutation, true) } : {}) };
}

import { isInputObjectType, isListType, isNonNullType, type GraphQLInputType, type GraphQLResolveInfo } from 'graphql';
import { badInput } from './errors';
import { isUuid } from './ids';

/** An id argument: a UUID, or BAD_USER_INPUT naming the field (it never reaches Postgres). */
export function requireUuid(field: string, value: string): string {
  if (typeof value !== 'string' || !isUuid(value)) throw badInput(field, `Mã định danh không hợp lệ: ${JSON.stringify(value)}.`);
  return value;
}

function checkValue(type: GraphQLInputType, value: unknown, path: string): void {
  if (value == null) return;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    (value as unknown[]).forEach((v, i) => checkValue(t.ofType, v, `${path}.${i}`));
  } else if (isInputObjectType(t)) {
    for (const [name, f] of Object.entries(t.getFields())) checkValue(f.type, (value as Record<string, unknown>)[name], `${path}.${name}`);
  } else if (t.name === 'ID') {
    requireUuid(path, value as string);
  }
}

/** Every `ID` in a field's arguments, inputs and lists included, is a UUID; the field is named by its path (`input.assignments.0.departmentId`). */
export function checkIdArguments(info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>, args: Record<string, unknown>): void {
  for (const a of info.parentType.getFields()[info.fieldName].args) checkValue(a.type, args[a.name], a.name);
}

type ResolverFn = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * Wraps the root Query and Mutation resolvers of a subgraph whose ids are all UUIDs, so a
 * malformed id is refused before any service code runs.
 */
export function withUuidArguments<R extends Record<string, unknown>>(resolvers: R): R {
  const wrap = (fields: Record<string, unknown> | undefined) =>
    fields &&
    Object.fromEntries(
      Object.entries(fields).map(([name, fn]) => [
        name,
        typeof fn === 'function'
          ? (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => {
              checkIdArguments(info, args);
              return (fn as ResolverFn)(parent, args, ctx, info);
            }
          : fn,
      ]),
    );
  const r = resolvers as Record<string, Record<string, unknown> | undefined>;
  return { ...resolvers, ...(r.Query ? { Query: wrap(r.Query) } : {}), ...(r.Mutation ? { Mutation: wrap(r.Mutation) } : {}) };
}

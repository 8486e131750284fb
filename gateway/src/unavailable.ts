import { Kind, parse, type FieldNode, type GraphQLFormattedError, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** What the network says when a subgraph is not there (killed, restarting, unreachable). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET']);
/** What a proxy in front of a subgraph answers while it is away. */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

/** Did the request fail because the subgraph could not be reached, rather than because of what it answered? */
export function isUnreachable(error: unknown): boolean {
  const e = error as { code?: string; errno?: string; type?: string; cause?: { code?: string }; extensions?: { response?: { status?: number } } };
  const code = e?.code ?? e?.errno ?? e?.cause?.code;
  if (code && NETWORK_CODES.has(code)) return true;
  if (e?.type === 'request-timeout') return true;
  const status = e?.extensions?.response?.status;
  return status !== undefined && GATEWAY_STATUSES.has(status);
}

const fieldsOf = (set: SelectionSetNode | undefined, typeName?: string): FieldNode[] =>
  (set?.selections ?? []).flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === '__typename' ? [] : [s];
    if (s.kind === Kind.INLINE_FRAGMENT && (!typeName || !s.typeCondition || s.typeCondition.name.value === typeName)) return fieldsOf(s.selectionSet, typeName);
    return [];
  });

const responseName = (f: FieldNode) => f.alias?.value ?? f.name.value;

/**
 * The answer of a subgraph that could not be reached: one SERVICE_UNAVAILABLE error at each
 * field the request asked of it, in the subgraph's own terms (`_entities.<i>.<field>` for an
 * entity fetch, `<field>` for a root one), which the gateway turns into the client's paths.
 * The fields come back null there, and the rest of the answer stands.
 */
export function unavailableErrors(service: string, request: { query?: string; variables?: Record<string, unknown> }, cause: string): GraphQLFormattedError[] {
  const message = `subgraph ${service} unreachable: ${cause}`;
  const extensions = { code: 'SERVICE_UNAVAILABLE' };
  const operation = request.query ? (parse(request.query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode | undefined) : undefined;
  const roots = fieldsOf(operation?.selectionSet);
  const entities = roots.find((f) => f.name.value === '_entities');
  if (!entities) return roots.length ? roots.map((f) => ({ message, path: [responseName(f)], extensions })) : [{ message, extensions }];
  const representations = (request.variables?.representations ?? []) as Array<{ __typename?: string }>;
  return representations.flatMap((r, i) =>
    fieldsOf(entities.selectionSet, r.__typename).map((f) => ({ message, path: [responseName(entities), i, responseName(f)], extensions })),
  );
}

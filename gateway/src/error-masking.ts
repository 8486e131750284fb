import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@phoihop/core';
import type { GraphQLFormattedError } from 'graphql';
import { distinct, pointAtAskedPaths, type Dependents } from './asked-paths';
import type { GatewayContext } from './subgraph-source';

/** Codes whose message was written for the user (services/core/src/errors.ts and the request's own faults). */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'RATE_LIMITED',
]);

/** What a driver or the network says: never for a client's eyes, in any mode. */
const INFRASTRUCTURE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|socket hang up|fetch failed|request to .* failed|connect(ion)? (refused|terminated|timeout)|Couldn't connect|QueryFailedError|invalid byte sequence|invalid input syntax|violates .* constraint|syntax error at or near|relation "[^"]*"|column "[^"]*"|duplicate key|null value in column|deadlock detected|canceling statement|too many clients|password authentication|SQLSTATE|ioredis|Redis|postgres/i;
const NETWORK = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|socket hang up|fetch failed|request to .* failed|Couldn't connect|too many clients|Redis/i;

export const MESSAGES = {
  INTERNAL_SERVER_ERROR: (id: string) => `Hệ thống gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau; nếu lỗi còn, báo quản trị viên mã yêu cầu ${id}.`,
  SERVICE_UNAVAILABLE: (id: string) => `Hệ thống tạm thời không phản hồi. Vui lòng thử lại sau ít phút (mã yêu cầu ${id}).`,
} as const;

const text = (e: GraphQLFormattedError) => `${e.message} ${JSON.stringify(e.extensions ?? {})}`;

/**
 * The input field a refused variable names, as core's `badInput` names fields: graphql-js says
 * `Variable "$input" got invalid value "land" at "input.fields[1]"; Value "land" does not exist
 * in "FieldOfResponsibility" enum.` (the gateway for an enum, a subgraph for a scalar such as
 * `Date`), which becomes `input.fields.1`; without a position, the variable's name.
 */
export function variableField(message: string): string | undefined {
  const at = /^Variable "\$\w+" got invalid value .*? at "([^"]+)"/.exec(message)?.[1];
  return at ? at.replace(/\[(\d+)\]/g, '.$1') : /^Variable "\$(\w+)"/.exec(message)?.[1];
}

/**
 * One error as the client may see it. A user-facing code keeps its message, field and path;
 * anything else is replaced by a Vietnamese message and the request id — in production
 * always, in every mode when it carries a driver's or the network's words.
 */
export function maskError(e: GraphQLFormattedError, requestId: string, production: boolean): GraphQLFormattedError {
  const code = e.extensions?.code as string | undefined;
  const infrastructure = INFRASTRUCTURE.test(text(e));
  if (code && CLIENT_CODES.has(code) && !infrastructure) {
    const field = e.extensions?.field ?? (code === 'BAD_USER_INPUT' ? variableField(e.message) : undefined);
    if (!production) return { ...e, extensions: { ...e.extensions, ...(field ? { field } : {}), requestId } };
    return { message: e.message, ...(e.path ? { path: e.path } : {}), extensions: { code, ...(field ? { field } : {}), requestId } };
  }
  // A part that could not be reached (subgraph-source.ts) is named by its path alone, in every mode.
  const unavailable = code === 'SERVICE_UNAVAILABLE' || NETWORK.test(text(e));
  if (!production && !infrastructure && !unavailable) return { ...e, extensions: { ...e.extensions, requestId } };
  const masked = unavailable ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
  return { message: MESSAGES[masked](requestId), ...(e.path ? { path: e.path } : {}), extensions: { code: masked, requestId } };
}

/**
 * Masks every error the gateway answers with (its own and the subgraphs'), logging each in
 * full under the request id, each at a path the client asked for (asked-paths.ts).
 */
export function maskErrors(logger: Logger, production: boolean, dependents: Dependents): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, errors, schema, document, operation }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors?.length) return;
          const requestId = contextValue.requestId;
          const result = response.body.singleResult;
          const asked = document && operation ? pointAtAskedPaths(result.errors!, { schema, document, operation, data: result.data, dependents }) : result.errors!;
          const masked = asked.map((e) => maskError(e, requestId, production));
          const changed = masked.filter((m, i) => m.message !== asked[i].message);
          if (changed.length) {
            logger.error({ requestId, errors: result.errors, causes: errors?.map((e) => ({ message: e.message, stack: e.originalError?.stack ?? e.stack })) }, 'masked errors');
          }
          result.errors = distinct(masked);
        },
      };
    },
  };
}

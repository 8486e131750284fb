import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER, signUserContext, type Clock, type UserContext } from '@phoihop/core';
import { GraphQLError } from 'graphql';
import type { createSubgraphFetcher } from './subgraph-fetcher';
import { isUnreachable, unavailableErrors } from './unavailable';

type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;

export interface GatewayContext {
  user: UserContext | null;
  /** Carried by every error the client sees and every log line about it. */
  requestId: string;
}

interface SubgraphErrorBody {
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

/**
 * A subgraph behind the gateway: every request carries the signed user context, and a
 * subgraph's refusal of a value (HTTP 400 on a custom scalar such as `Date`, which the
 * gateway cannot check itself) reaches the client as the coded error the subgraph gave —
 * BAD_USER_INPUT naming the variable's path — instead of an internal "400: Bad Request" that
 * would also show the subgraph's address. A subgraph that cannot be reached answers null at
 * each field asked of it, with a SERVICE_UNAVAILABLE error there, so the rest of the answer stands.
 */
export class SignedSubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly service: string,
    url: string,
    private readonly signingKey: string,
    private readonly clock: Clock,
    fetcher: ReturnType<typeof createSubgraphFetcher>,
  ) {
    // The signed body below is the one sendRequest builds only while APQ is off.
    super({ url, apq: false, fetcher: fetcher as unknown as Fetcher });
  }

  /**
   * Signs this very request: RemoteGraphQLDataSource sends `JSON.stringify({ query, ...rest })`
   * of the request without `http`, so the same expression here gives the same bytes.
   */
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const { http, query, ...rest } = request;
    if (!http) return;
    const body = JSON.stringify({ query, ...rest });
    const { pathname, search } = new URL(http.url);
    const signed = signUserContext(context.user ?? null, this.signingKey, this.clock.now(), { method: http.method, path: pathname + search, body });
    for (const [k, v] of Object.entries(signed)) http.headers.set(k, v);
    // Lets the fetches of one request share what both need (core requestMemo), never two requests'.
    http.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      return { errors: unavailableErrors(this.service, options.request, (error as Error).message) };
    }
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    if (response.status !== 400) return super.errorFromResponse(response);
    const body = (await this.parseBody(response).catch(() => null)) as SubgraphErrorBody | null;
    const first = body?.errors?.[0];
    if (!first?.message) return new GraphQLError('Bad request', { extensions: { code: 'BAD_USER_INPUT' } });
    // The field it names is added where every error is shaped for the client (error-masking.ts).
    return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createHash } from 'node:crypto';
import { ErrorCode } from './generated/enums';

/**
 * An Apollo Client for the Phối Hợp gateway. Automatic persisted queries are on: each
 * operation goes first as its sha256 hash only, and with its text once when the gateway
 * does not know it yet (PERSISTED_QUERY_NOT_FOUND), so repeated screens send a few bytes.
 * In a browser, pass the Web Crypto based sha256 (see README); Node's crypto works here.
 */
export function createPhoiHopClient(o: { url: string; token?: string }) {
  const sha256 = (query: string) => createHash('sha256').update(query).digest('hex');
  const http = new HttpLink({ uri: o.url, headers: o.token ? { authorization: `Bearer ${o.token}` } : {} });
  return new ApolloClient({ link: new PersistedQueryLink({ sha256 }).concat(http), cache: new InMemoryCache() });
}

const CODES = new Set<string>(Object.values(ErrorCode));

/** The first error's `extensions.code`, typed from the schema's ErrorCode enum. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' && CODES.has(code) ? (code as ErrorCode) : undefined;
}

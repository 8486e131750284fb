/**
 * Hive Gateway, the peer the bench compares this gateway with: one process, `--jit`, on the
 * same supergraph and subgraphs, with a plugin that signs the subgraph header exactly as
 * gateway/src/subgraph-source.ts does (method, path, body hash, timestamp, nonce).
 * In-flight request merging is OFF, inbound and outbound: Hive's merging keys on URL and
 * body only, so with our per-user signed header it would hand one user's subgraph answer to
 * another (see README, "Another gateway in front").
 * `tsx bench/hive.ts PORT` (bench/stack.ts starts it).
 */
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useJIT } from '@graphql-mesh/plugin-jit';
import { createTokenVerifier, loadConfig, signUserContext, systemClock, type UserContext } from '@phoihop/core';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSubgraphUrls } from '../gateway/src/supergraph';

const config = loadConfig();
const verify = createTokenVerifier(config.jwt);
const users = new WeakMap<object, Promise<UserContext | null>>();

function userOf(context: { request?: Request }): Promise<UserContext | null> {
  const request = context.request;
  if (!request) return Promise.resolve(null);
  let user = users.get(request);
  if (!user) {
    const token = /^Bearer (.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    user = token ? verify(token).catch(() => null) : Promise.resolve(null);
    users.set(request, user);
  }
  return user;
}

/** Signs every subgraph request with the caller's user context, bound to that very request. */
const signSubgraphRequests: GatewayPlugin = {
  onFetch({ url, options, setOptions, context }) {
    return userOf(context as { request?: Request }).then((user) => {
      const { pathname, search } = new URL(url);
      const body = typeof options.body === 'string' ? options.body : '';
      const signed = signUserContext(user, config.contextSigningKey!, systemClock.now(), { method: options.method ?? 'POST', path: pathname + search, body });
      const headers = new Headers(options.headers as HeadersInit | undefined);
      for (const [k, v] of Object.entries(signed)) headers.set(k, v);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    });
  },
};

const supergraph = withSubgraphUrls(readFileSync(join(__dirname, '..', 'gateway', 'supergraph.graphql'), 'utf8'), config.subgraphUrls);
const runtime = createGatewayRuntime({
  supergraph,
  logging: false,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  inboundInflightRequestDeduplication: false,
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  plugins: () => [useJIT(), signSubgraphRequests],
});
createServer(runtime).listen(Number(process.argv[2]), '127.0.0.1');

import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { createTokenVerifier, requireSecret, systemClock, type Clock, type Config, type Logger } from '@phoihop/core';
import compression from 'compression';
import express from 'express';
import { Redis } from 'ioredis';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyErrors } from './body-errors';
import { DirectoryCheck } from './directory-check';
import { dependentsOf } from './asked-paths';
import { maskErrors } from './error-masking';
import { mountInboxEvents } from './events';
import { graphiqlFonts, graphiqlPage } from './graphiql';
import { limitListSizes, MAX_LIST_SIZE } from './limits';
import { requestGuard, requestId } from './request-guard';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { SignedSubgraphSource, type GatewayContext } from './subgraph-source';
import { coordinationReport } from './reports';
import { safelist } from './safelist';
import { loadSupergraph, withSubgraphUrls } from './supergraph';

export type { GatewayContext };
export { SUPERGRAPH_PATH } from './supergraph';

export interface GatewayOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** Override the subgraph URLs of the supergraph (tests start subgraphs on free ports). */
  subgraphUrls?: Partial<Record<string, string>>;
  supergraphSdl?: string;
  port?: number;
}

/** Operation limits: depth, aliases, tokens, directives, cost; field suggestions off. */
function armor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxTokens: { n: 4000 },
    maxDirectives: { n: 30 },
    // Armor's cost ignores `first`; the shape bound sits above what real screens ask.
    costLimit: { maxCost: 100_000 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export async function startGateway(o: GatewayOptions) {
  const clock = o.clock ?? systemClock;
  const { config, logger } = o;
  const signingKey = requireSecret(config.contextSigningKey, 'CONTEXT_SIGNING_KEY');
  const verify = createTokenVerifier(config.jwt);
  const urls: Record<string, string> = { ...config.subgraphUrls, ...o.subgraphUrls } as Record<string, string>;
  const supergraphSdl = o.supergraphSdl ? withSubgraphUrls(o.supergraphSdl, urls) : loadSupergraph(urls);

  // One kept-alive pool for every subgraph of the gateway; a fetch past the timeout is a part unavailable.
  const fetcher = createSubgraphFetcher({ timeoutMs: config.subgraphTimeoutMs });
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SignedSubgraphSource(name, url!, signingKey, clock, fetcher),
  });

  // Rate limits are counted here; fail fast while Redis is down rather than queue requests.
  const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis (rate limits) unavailable'));
  await redis.connect();
  // Only the subgraphs this supergraph has: a committee left out has no directory to ask.
  const composed = Object.fromEntries([...supergraphSdl.matchAll(/@join__graph\(name: "(\w+)", url: "([^"]*)"\)/g)].map(([, name, url]) => [name, urls[name] ?? url]));
  const directory = new DirectoryCheck(composed, signingKey, clock, config.directoryCacheSeconds);

  const app = express();
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  // gzip or brotli, as the client accepts: the GraphiQL page shrinks from 9 MB, API answers too.
  app.use(compression({ brotli: { enabled: true } } as compression.CompressionOptions));
  const httpServer = http.createServer(app);
  const { plugins: armorPlugins, validationRules } = armor();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ...armorPlugins,
      limitListSizes(MAX_LIST_SIZE),
      maskErrors(logger, config.isProduction, dependentsOf(supergraphSdl)),
      ...(config.safelistPath ? [safelist(config.safelistPath)] : []),
    ],
    validationRules,
    logger,
    includeStacktraceInErrorResponses: !config.isProduction,
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        try {
          const r = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2000) });
          return [name, r.ok ? 'ok' : `HTTP ${r.status}`] as const;
        } catch (error) {
          return [name, (error as Error).message] as const;
        }
      }),
    );
    const ready = checks.every(([, s]) => s === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', subgraphs: Object.fromEntries(checks) });
  });
  app.get('/reports/coordination/:jurisdictionId/:year', coordinationReport({ server, verify, clock, logger }));
  mountInboxEvents({ app, httpServer, verify, config, logger });
  if (config.graphiql) {
    app.use('/graphiql/fonts', graphiqlFonts());
    app.get('/', (_req, res) => {
      res.setHeader('cache-control', 'public, max-age=3600');
      res.type('html').send(graphiqlPage());
    });
  }

  app.use(
    '/graphql',
    requestId,
    requestGuard({ config, logger, redis, verify, directory }),
    express.json({ limit: '256kb' }),
    expressMiddleware(server, {
      context: async ({ res }) => ({ user: (res.locals.user as GatewayContext['user']) ?? null, requestId: res.locals.requestId as string }),
    }),
  );
  app.use(bodyErrors(logger));

  const port = o.port ?? config.ports.gateway;
  await new Promise<void>((resolve) => httpServer.listen(port, config.bindHost, resolve));
  const address = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}/graphql`;
  logger.info({ url }, 'gateway ready');
  return {
    url,
    httpServer,
    async stop() {
      await server.stop();
      fetcher.close();
      redis.disconnect();
    },
  };
}

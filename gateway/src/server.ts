import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AuthError, createTokenVerifier, systemClock, type Clock, type Config, type Logger } from '@phoihop/core';
import express from 'express';
import { GraphQLError } from 'graphql';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bodyErrors } from './body-errors';
import { graphiqlPage } from './graphiql';
import { limitListSizes, MAX_LIST_SIZE } from './limits';
import { SignedSubgraphSource, type GatewayContext } from './subgraph-source';
import { coordinationReportPage } from './reports';

export type { GatewayContext };

export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

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
  const signingKey = config.contextSigningKey;
  if (!signingKey) throw new Error('CONTEXT_SIGNING_KEY is required to sign the user context for subgraphs');
  const verify = createTokenVerifier(config.jwt);
  const supergraphSdl = o.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const urls: Record<string, string> = { ...config.subgraphUrls, ...o.subgraphUrls } as Record<string, string>;

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedSubgraphSource(urls[name] ?? url!, signingKey, clock),
  });

  const app = express();
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
  app.get('/reports/coordination/:jurisdictionId/:year', coordinationReportPage({ server, verify, clock, logger }));
  if (config.graphiql) {
    app.get('/', (_req, res) => {
      res.setHeader('cache-control', 'public, max-age=3600');
      res.type('html').send(graphiqlPage());
    });
  }

  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const header = req.headers.authorization;
        if (!header) return { user: null };
        const [scheme, token] = header.split(' ');
        if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticatedHttp('Authorization must be "Bearer <token>"');
        try {
          return { user: await verify(token) };
        } catch (error) {
          logger.info({ reason: (error as Error).message }, 'rejected token');
          throw unauthenticatedHttp(error instanceof AuthError ? 'Invalid or expired token' : 'Authentication failed');
        }
      },
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
    },
  };
}

function unauthenticatedHttp(message: string) {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { DocumentNode } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { withCheckedArguments } from './arguments';
import { SignatureError, verifyUserContext } from './auth';
import type { Clock } from './clock';
import { createContext, type GraphContext } from './context';
import type { Logger } from './logging';

export interface SubgraphOptions {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<GraphContext>;
  db: DataSource;
  clock: Clock;
  logger: Logger;
  /** HMAC key for the gateway's user-context header; without it every request is refused. */
  contextSigningKey: string | undefined;
  introspection?: boolean;
  /** The deployment's zone (config TIME_ZONE). */
  timeZone?: string;
}

export interface RunningSubgraph {
  app: Express;
  server: http.Server;
  apollo: ApolloServer<GraphContext>;
  url: string;
  stop(): Promise<void>;
}

/**
 * A federation subgraph over HTTP: `/graphql` behind the signed-header check, `/health`
 * open. Inline tracing is off (no Apollo Studio here).
 */
export async function startSubgraph(o: SubgraphOptions, port: number, host = '127.0.0.1'): Promise<RunningSubgraph> {
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    // Ids and text of every argument are checked here, once for every subgraph.
    schema: buildSubgraphSchema([{ typeDefs: o.typeDefs, resolvers: withCheckedArguments(o.resolvers) }]),
    introspection: true,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginDrainHttpServer({ httpServer: server })],
    logger: o.logger,
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await o.db.query('SELECT 1');
      res.json({ status: 'ok', service: o.name });
    } catch (error) {
      res.status(503).json({ status: 'down', service: o.name, error: (error as Error).message });
    }
  });

  app.use(
    '/graphql',
    (req, res, next) => {
      try {
        res.locals.user = verifyUserContext(req.headers, o.contextSigningKey, o.clock.now());
        next();
      } catch (error) {
        if (!(error instanceof SignatureError)) return next(error);
        o.logger.warn({ reason: error.message, ip: req.ip }, 'refused unsigned subgraph request');
        res.status(401).json({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(res.locals.user ?? null, o.db, o.clock, o.logger, o.timeZone),
    }),
  );

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    app,
    server,
    apollo,
    url: `http://${host}:${address.port}/graphql`,
    stop: () => apollo.stop(),
  };
}

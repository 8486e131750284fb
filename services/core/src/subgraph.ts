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
import type { ReplayGuard } from './replay-guard';
import type { Clock } from './clock';
import { createContext, type GraphContext } from './context';
import { requestIdOf } from './request-memo';
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
  /** Refuses a signed request seen before; without it every request is refused. */
  replayGuard: ReplayGuard | undefined;
  /** Off unless asked for; never on in production (startService decides). */
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
    introspection: o.introspection ?? false,
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

  const refuse = (res: express.Response, reason: string, ip: string | undefined) => {
    o.logger.warn({ reason, ip }, 'refused unsigned subgraph request');
    res.status(401).json({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });
  };
  app.use(
    '/graphql',
    // The signature covers the body's bytes, so keep them as they came.
    express.raw({ type: () => true, limit: '1mb' }),
    async (req, res, next) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      try {
        const verified = verifyUserContext(req.headers, o.contextSigningKey, o.clock.now(), { method: req.method, path: req.originalUrl, body: raw });
        if (!o.replayGuard) throw new SignatureError('replay guard is not configured');
        if (!(await o.replayGuard.firstUse(verified.nonce))) throw new SignatureError('replayed nonce');
        res.locals.user = verified.user;
      } catch (error) {
        if (!(error instanceof SignatureError)) return next(error);
        return refuse(res, error.message, req.ip);
      }
      if (raw.length && !req.is('application/json')) {
        return res.status(415).json({ errors: [{ message: 'Expected application/json', extensions: { code: 'BAD_REQUEST' } }] });
      }
      try {
        req.body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        return res.status(400).json({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] });
      }
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(res.locals.user ?? null, o.db, o.clock, o.logger, o.timeZone, requestIdOf(req.headers)),
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

import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLScalarType, parse, type DocumentNode } from 'graphql';
import { Redis } from 'ioredis';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import { systemClock, type Clock } from './clock';
import { loadConfig, type Config } from './config';
import type { GraphContext } from './context';
import { createServiceDataSource, ensureDatabase, migrate } from './datasource';
import { createLogger } from './logging';
import { OutboxEvent } from './outbox';
import { AuditEntry } from './audit/audit-entry.entity';
import { prepareReference } from './reference';
import { ReplayGuard } from './replay-guard';
import { startSubgraph, type RunningSubgraph } from './subgraph';

/** A Postgres schema one owner keeps: its name, entities and migrations. */
export interface OwnedSchema {
  /** Postgres schema owned by the service. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Array<Function | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

/** What a subgraph service is: its schema, resolvers, entities and migrations. */
export interface ServiceDefinition extends OwnedSchema {
  name: 'council' | 'committee' | 'front' | 'notifications';
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<GraphContext>;
}

/** Schema parts every subgraph shares (services/core/src/graphql). */
export const SHARED_SDL = {
  /** The federation link, scalars, paging, and the root types. */
  base: 'subgraph-base.graphql',
  /** The deadline vocabulary of tracked items: rule kinds and recompute causes. */
  deadlineRules: 'deadline-rules.graphql',
  /** The shared vocabulary: the field of responsibility. */
  vocabulary: 'vocabulary.graphql',
  /** The `ErrorCode` enum: what `extensions.code` can be (part of every subgraph). */
  errors: 'errors.graphql',
  /** The search box's kinds and per-subgraph matches (council, committee, Front). */
  search: 'search.graphql',
  /** The audit trail: AuditEntry, and the AuditLog entity each service adds its part to. */
  audit: 'audit.graphql',
} as const;

/**
 * Reads every `.graphql` file below a service's folder (one file per feature) and the shared
 * parts it names, into one document; the base part and the error codes are always included.
 */
export function loadTypeDefs(dir: string, ...shared: Array<(typeof SHARED_SDL)[keyof typeof SHARED_SDL]>): DocumentNode {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => join(dir, f));
  const sharedFiles = [...new Set([SHARED_SDL.base, SHARED_SDL.errors, ...shared])].map((f) => join(__dirname, 'graphql', f));
  return parse([...sharedFiles, ...files].map((f) => readFileSync(f, 'utf8')).join('\n'));
}

export function serviceDataSource(def: OwnedSchema, url: string, onQuery?: (sql: string) => void): DataSource {
  return createServiceDataSource({
    url,
    schema: def.schema,
    entities: [...def.entities, OutboxEvent, AuditEntry],
    migrations: def.migrations,
    onQuery,
  });
}

/** Creates the database when missing and brings the owner's schema up to date. */
export async function prepareDatabase(def: OwnedSchema, config: Pick<Config, 'databaseUrl'>, onQuery?: (sql: string) => void): Promise<DataSource> {
  await ensureDatabase(config.databaseUrl);
  // The calendar and the deadline rules every service reads (DESIGN.md rule 1, third crossing).
  await prepareReference(config.databaseUrl);
  const db = serviceDataSource(def, config.databaseUrl, onQuery);
  await migrate(db);
  return db;
}

export async function startService(
  def: ServiceDefinition,
  options: { config?: Config; clock?: Clock; port?: number; db?: DataSource } = {},
): Promise<RunningSubgraph & { db: DataSource; close(): Promise<void> }> {
  const config = options.config ?? loadConfig();
  const logger = createLogger(def.name, config.logLevel);
  const db = options.db ?? (await prepareDatabase(def, config));
  // Fails fast while Redis is down: a request that cannot be checked for replay is refused.
  const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis (replay guard) unavailable'));
  await redis.connect();
  const running = await startSubgraph(
    {
      name: def.name,
      typeDefs: def.typeDefs,
      resolvers: def.resolvers,
      db,
      clock: options.clock ?? systemClock,
      logger,
      contextSigningKey: config.contextSigningKey,
      replayGuard: new ReplayGuard(redis, config.queuePrefix),
      introspection: !config.isProduction && config.introspection,
      timeZone: config.timeZone,
    },
    options.port ?? config.ports[def.name],
    config.bindHost,
  );
  logger.info({ url: running.url }, `${def.name} subgraph ready`);
  return {
    ...running,
    db,
    async close() {
      await running.stop();
      redis.disconnect();
      if (!options.db) await db.destroy();
    },
  };
}

/** Entry point of a service process: start, and stop cleanly on SIGTERM/SIGINT. */
export async function runService(def: ServiceDefinition): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(def.name, config.logLevel);
  try {
    const running = await startService(def, { config });
    const shutdown = async (signal: string) => {
      logger.info({ signal }, 'shutting down');
      const timer = setTimeout(() => process.exit(1), 10_000).unref();
      await running.close();
      clearTimeout(timer);
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    logger.fatal({ err: error }, `${def.name} failed to start`);
    process.exit(1);
  }
}

/**
 * Merges per-feature resolver maps into one; scalars are taken as they are. Every
 * `__resolveReference` is made async, so a refusal thrown by one reference fails that entity
 * alone instead of the whole `_entities` batch the gateway sent.
 */
export function mergeResolvers(...maps: object[]): GraphQLResolverMap<GraphContext> {
  const out: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, value] of Object.entries(map)) {
      out[type] = value instanceof GraphQLScalarType ? value : { ...(out[type] as object | undefined), ...(value as object) };
    }
  }
  for (const fields of Object.values(out)) {
    if (fields instanceof GraphQLScalarType) continue;
    const typed = fields as { __resolveReference?: (...args: unknown[]) => unknown };
    const resolve = typed.__resolveReference;
    if (resolve) typed.__resolveReference = async (...args: unknown[]) => resolve(...args);
  }
  return out as GraphQLResolverMap<GraphContext>;
}

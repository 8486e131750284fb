import { z } from 'zod';
import { decodeSecretKey, type SecretKey } from './secret-box';

/** Development-only defaults; in production every secret must come from the environment. */
const DEV_JWT_SECRET = 'phoihop-development-jwt-secret-change-me';
const DEV_CONTEXT_KEY = 'phoihop-development-context-signing-key';
/** Development only (base64 of 'phoihop-dev-denouncer-key-32byte'): never protects real identities. */
const DEV_DENOUNCER_KEY: SecretKey = { id: 'dev', key: Buffer.from('phoihop-dev-denouncer-key-32byte', 'utf8') };

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const port = z.coerce.number().int().min(1).max(65535);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  /** HS256 secret for development tokens; unset in production. */
  JWT_SECRET: z.string().min(16).optional(),
  /** JWKS endpoint of the OIDC provider (production). */
  JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  /** HMAC key shared by the gateway and the subgraphs for the user-context header. */
  CONTEXT_SIGNING_KEY: z.string().min(16).optional(),
  /** Interface the servers listen on: loopback in development, 0.0.0.0 in containers. */
  BIND_HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: port.default(4000),
  COUNCIL_PORT: port.default(4001),
  COMMITTEE_PORT: port.default(4002),
  FRONT_PORT: port.default(4003),
  NOTIFICATIONS_PORT: port.default(4004),
  DASHBOARD_PORT: port.default(4010),
  COUNCIL_URL: z.url().optional(),
  COMMITTEE_URL: z.url().optional(),
  FRONT_URL: z.url().optional(),
  NOTIFICATIONS_URL: z.url().optional(),
  GRAPHIQL: bool.optional(),
  INTROSPECTION: bool.optional(),
  /** Queue key prefix; a Redis Cluster hash tag keeps one deployment's keys in one slot. */
  QUEUE_PREFIX: z.string().default('{phoihop}'),
  /** How often the workers rebuild Redis from Postgres and check the ledger's invariant. */
  RECONCILE_EVERY_MS: z.coerce.number().int().min(1000).default(5 * 60_000),
  /** IANA time zone of the deployment; working hours and "today" are computed in it. */
  TIME_ZONE: z.string().default('Asia/Ho_Chi_Minh'),
  /** Outgoing mail server of the delivery worker, e.g. smtp://127.0.0.1:1025. */
  SMTP_URL: z.url().default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('Phối Hợp <no-reply@phoihop.local>'),
  /** HMAC-SHA256 key that signs outgoing webhooks (header `Phoihop-Signature`). */
  WEBHOOK_SIGNING_SECRET: z.string().min(16).optional(),
  /** Office hours in which email and webhooks go out, HH:MM-HH:MM in TIME_ZONE. */
  WORKING_HOURS: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM-HH:MM')
    .refine((v) => v.slice(0, 5) < v.slice(6), 'start must be before end')
    .default('07:30-17:00'),
  /** Deployment defaults for departments that set no notification preferences. */
  NOTIFY_DEFAULT_EMAIL: z.email().optional(),
  NOTIFY_DEFAULT_WEBHOOK_URL: z.url().optional(),
  /** Bearer token that Prometheus presents to /metrics; open when unset outside production, closed in production. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** AES-256 key (base64 of 32 bytes) sealing denouncers' identities; required by the committee in production. */
  DENOUNCER_KEY: z.string().refine((v) => !!decodeSecretKey(v), 'expected base64 of 32 bytes').optional(),
  /** Id stored with each sealed identity, so the key can be rotated. */
  DENOUNCER_KEY_ID: z.string().regex(/^[\w.-]{1,32}$/, 'expected 1-32 letters, digits, . _ -').default('k1'),
  /** Keys being rotated out, still able to open: `id:base64,id:base64`. */
  DENOUNCER_OLD_KEYS: z
    .string()
    .refine((v) => v.split(',').every((p) => /^[\w.-]{1,32}:/.test(p) && !!decodeSecretKey(p.slice(p.indexOf(':') + 1))), 'expected id:base64-of-32-bytes, comma separated')
    .optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  logLevel: Env['LOG_LEVEL'];
  /** Explicitly configured database, or undefined when the default may be used. */
  databaseUrlConfigured: string | undefined;
  databaseUrl: string;
  redisUrl: string;
  jwt: { secret?: string; jwksUrl?: string; issuer?: string; audience?: string };
  contextSigningKey?: string;
  bindHost: string;
  ports: { gateway: number; council: number; committee: number; front: number; notifications: number; dashboard: number };
  subgraphUrls: { council: string; committee: string; front: string; notifications: string };
  graphiql: boolean;
  introspection: boolean;
  queuePrefix: string;
  reconcileEveryMs: number;
  timeZone: string;
  delivery: DeliveryConfig;
  metricsToken?: string;
  /** Keys sealing denouncers' identities; unset in production without DENOUNCER_KEY (see denouncerKeys). */
  denouncer?: { current: SecretKey; previous: SecretKey[] };
}

export interface DeliveryConfig {
  smtpUrl: string;
  mailFrom: string;
  webhookSigningSecret?: string;
  /** Minutes after local midnight: [start, end). */
  workingHours: { start: number; end: number };
  defaultEmail?: string;
  defaultWebhookUrl?: string;
}

const DEV_WEBHOOK_SECRET = 'phoihop-development-webhook-signing-secret';
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/phoihop';

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Invalid environment variable ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once into a typed config; throws naming the first bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue.path[0] ?? '?'), issue.message);
  }
  const e = parsed.data;
  const dev = e.NODE_ENV !== 'production';
  if (!dev && !e.JWKS_URL && !e.JWT_SECRET) {
    throw new ConfigError('JWKS_URL', 'production needs JWKS_URL (or JWT_SECRET) to verify tokens');
  }
  // Any token of the realm, for any client, would pass a JWKS check alone.
  if (!dev && e.JWKS_URL) {
    for (const variable of ['JWT_ISSUER', 'JWT_AUDIENCE'] as const) {
      if (!e[variable]?.trim()) throw new ConfigError(variable, 'production verifies JWKS_URL tokens only against the expected issuer and audience');
    }
  }
  const local = (p: number) => `http://127.0.0.1:${p}/graphql`;
  return {
    env: e.NODE_ENV,
    isProduction: !dev,
    logLevel: e.LOG_LEVEL,
    databaseUrlConfigured: e.DATABASE_URL,
    databaseUrl: e.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    redisUrl: e.REDIS_URL,
    jwt: {
      secret: e.JWT_SECRET ?? (dev ? DEV_JWT_SECRET : undefined),
      jwksUrl: e.JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
    },
    contextSigningKey: e.CONTEXT_SIGNING_KEY ?? (dev ? DEV_CONTEXT_KEY : undefined),
    bindHost: e.BIND_HOST,
    ports: {
      gateway: e.GATEWAY_PORT,
      council: e.COUNCIL_PORT,
      committee: e.COMMITTEE_PORT,
      front: e.FRONT_PORT,
      notifications: e.NOTIFICATIONS_PORT,
      dashboard: e.DASHBOARD_PORT,
    },
    subgraphUrls: {
      council: e.COUNCIL_URL ?? local(e.COUNCIL_PORT),
      committee: e.COMMITTEE_URL ?? local(e.COMMITTEE_PORT),
      front: e.FRONT_URL ?? local(e.FRONT_PORT),
      notifications: e.NOTIFICATIONS_URL ?? local(e.NOTIFICATIONS_PORT),
    },
    graphiql: e.GRAPHIQL ?? dev,
    introspection: e.INTROSPECTION ?? dev,
    queuePrefix: e.QUEUE_PREFIX,
    reconcileEveryMs: e.RECONCILE_EVERY_MS,
    timeZone: e.TIME_ZONE,
    delivery: {
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      webhookSigningSecret: e.WEBHOOK_SIGNING_SECRET ?? (dev ? DEV_WEBHOOK_SECRET : undefined),
      workingHours: { start: minutesOf(e.WORKING_HOURS.slice(0, 5)), end: minutesOf(e.WORKING_HOURS.slice(6)) },
      defaultEmail: e.NOTIFY_DEFAULT_EMAIL,
      defaultWebhookUrl: e.NOTIFY_DEFAULT_WEBHOOK_URL,
    },
    metricsToken: e.METRICS_TOKEN,
    denouncer: e.DENOUNCER_KEY
      ? {
          current: { id: e.DENOUNCER_KEY_ID, key: decodeSecretKey(e.DENOUNCER_KEY)! },
          previous: (e.DENOUNCER_OLD_KEYS?.split(',') ?? []).map((p) => ({ id: p.slice(0, p.indexOf(':')), key: decodeSecretKey(p.slice(p.indexOf(':') + 1))! })),
        }
      : dev
        ? { current: DEV_DENOUNCER_KEY, previous: [] }
        : undefined,
  };
}

/**
 * The denouncer keys of a service that holds identities (the committee): a production
 * deployment without DENOUNCER_KEY refuses to boot. Only that service asks, so the gateway
 * and the workers need no key they never use.
 */
export function denouncerKeys(config: Config): NonNullable<Config['denouncer']> {
  if (!config.denouncer) throw new ConfigError('DENOUNCER_KEY', 'production needs DENOUNCER_KEY (base64 of 32 bytes) to encrypt denouncers\' identities');
  return config.denouncer;
}

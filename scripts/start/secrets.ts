/**
 * Development secrets: generated at first start into `.data/secrets.json` (owner-only, 0600),
 * read by every later `npm start`, `npm run seed` and `npm run token`. Nothing in the source
 * can sign a token or a subgraph header; a variable set in the environment always wins.
 * Production never comes here: its config refuses to boot without the real ones.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_DIR } from './paths';

export const SECRETS_PATH = join(DATA_DIR, 'secrets.json');

const GENERATORS = {
  JWT_SECRET: () => randomBytes(32).toString('base64url'),
  CONTEXT_SIGNING_KEY: () => randomBytes(32).toString('base64url'),
  /** AES-256 key: base64 of 32 bytes. */
  DENOUNCER_KEY: () => randomBytes(32).toString('base64'),
  WEBHOOK_SIGNING_SECRET: () => randomBytes(32).toString('base64url'),
} as const;
type SecretName = keyof typeof GENERATORS;

/**
 * Puts the development secrets into `env` (process.env by default, so child processes and
 * this process's own config see them), generating the file or its missing entries first.
 * Returns the names it generated now.
 */
export function ensureDevelopmentSecrets(env: NodeJS.ProcessEnv = process.env, path = SECRETS_PATH): SecretName[] {
  if (env.NODE_ENV === 'production') return [];
  const stored: Partial<Record<SecretName, string>> = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<Record<SecretName, string>>) : {};
  const generated = (Object.keys(GENERATORS) as SecretName[]).filter((name) => !stored[name]);
  for (const name of generated) stored[name] = GENERATORS[name]();
  if (generated.length) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  // A copy made readable by others (an archive, a careless chmod) is closed again.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  for (const [name, value] of Object.entries(stored)) env[name] ??= value;
  return generated;
}

/** What the banner says instead of a token when its output is not a terminal. */
export const TOKEN_NOT_PRINTED = '(not printed: the output is not a terminal; run `npm run token -- admin`)';

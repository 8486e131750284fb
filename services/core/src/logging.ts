import pino, { type Logger } from 'pino';

/**
 * Paths that must never reach a log line. The denouncer's identity is secret by law
 * (Law on Denunciations 25/2018/QH14 Art. 9, 47, 56).
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers["x-phoihop-user"]',
  '*.denouncer',
  '*.denouncerName',
  '*.denouncerAddress',
  '*.denouncerPhone',
  '*.identity',
  'password',
  '*.password',
  'token',
];

export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, redact: { paths: REDACT, censor: '[secret]' } });
}

export type { Logger };

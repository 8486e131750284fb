import type { Logger } from 'pino';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DATA_DIR } from './paths';

const MAIL_DIR = join(DATA_DIR, 'mail');

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 500 });
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/**
 * A development mail catcher: when the configured SMTP server is a local port nobody answers
 * on, `npm start` listens there itself, keeps every message in .data/mail/*.eml and logs who
 * got what, so email notifications can be seen without a mail server.
 */
export async function startMailSink(smtpUrl: string, logger: Logger, dir = MAIL_DIR): Promise<{ stop(): Promise<void> } | null> {
  const url = new URL(smtpUrl);
  const port = Number(url.port || 25);
  if (!['127.0.0.1', 'localhost', '::1'].includes(url.hostname) || (await answers(url.hostname, port))) return null;
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const file = join(dir, `${Date.now()}-${++n}.eml`);
        writeFileSync(file, raw);
        simpleParser(raw)
          .then((mail) => logger.info({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject, file }, 'email caught by the development mail sink'))
          .catch((error: Error) => logger.warn({ file, err: error.message }, 'caught an email that does not parse'))
          .finally(() => callback());
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, url.hostname, resolve));
  logger.info(`development mail sink on ${url.hostname}:${port}: messages go to .data/mail`);
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Receivers that count what the workers send: an SMTP sink (by Message-ID) and a webhook sink
 * (by Idempotency-Key), each answering after a delay the scenario sets, so a kill can land
 * between a receiver accepting a message and the workers recording it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Receipt {
  key: string;
  /** When the message arrived, and when the sink answered that it took it. */
  at: number;
  acceptedAt: number;
}

export class Receipts {
  readonly all: Receipt[] = [];
  delayMs = 0;

  add(key: string, at: number): void {
    this.all.push({ key, at, acceptedAt: Date.now() });
  }

  byKey(): Map<string, Receipt[]> {
    const m = new Map<string, Receipt[]>();
    for (const r of this.all) m.set(r.key, [...(m.get(r.key) ?? []), r]);
    return m;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startSmtpSink(port: number): Promise<{ receipts: Receipts; stop(): Promise<void> }> {
  const receipts = new Receipts();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const at = Date.now();
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const head = Buffer.concat(chunks).toString('utf8').split(/\r?\n\r?\n/, 1)[0];
        const id = /^message-id:\s*(<[^>]+>)/im.exec(head)?.[1] ?? `(none ${at})`;
        void sleep(receipts.delayMs).then(() => {
          receipts.add(id, at);
          callback();
        });
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { receipts, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export async function startWebhookSink(port: number): Promise<{ receipts: Receipts; url: string; stop(): Promise<void> }> {
  const receipts = new Receipts();
  const server = http.createServer((req, res) => {
    const at = Date.now();
    req.resume();
    req.on('end', () => {
      void sleep(receipts.delayMs).then(() => {
        receipts.add(String(req.headers['idempotency-key'] ?? `(none ${at})`), at);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: p } = server.address() as AddressInfo;
  return {
    receipts,
    url: `http://127.0.0.1:${p}/hooks/phoihop`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

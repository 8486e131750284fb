import { Agent, request } from 'node:http';

/** What RemoteGraphQLDataSource reads of a subgraph's answer (parseBody, errorFromResponse, respond). */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/**
 * The gateway's fetch of a subgraph: one plain HTTP/1.1 request on a kept-alive socket, the
 * answer read whole. The default (make-fetch-happen) and Node's fetch (undici, web streams)
 * both spent more of the gateway's CPU per subgraph fetch than its query planning and merging
 * together, and the subgraphs are plain HTTP on the internal network (bench/NOTES.md).
 * A fetch not done within `timeoutMs` (SUBGRAPH_TIMEOUT_MS) fails as ETIMEDOUT.
 */
export function createSubgraphFetcher(o: { maxSockets?: number; timeoutMs: number }) {
  const agent = new Agent({ keepAlive: true, maxSockets: o.maxSockets ?? 256 });
  const fetch = (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<SubgraphResponse> =>
    new Promise((resolve, reject) => {
      const body = Buffer.from(init.body ?? '', 'utf8');
      // The whole fetch, not the socket's idle time: a subgraph that trickles bytes is as absent as a silent one.
      // ETIMEDOUT is what isUnreachable (unavailable.ts) reads as a part away.
      const deadline = setTimeout(() => req.destroy(Object.assign(new Error(`subgraph ${url} did not answer within ${o.timeoutMs} ms`), { code: 'ETIMEDOUT' })), o.timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(deadline);
        reject(error);
      };
      const req = request(url, { method: init.method ?? 'POST', agent, headers: { ...init.headers, 'content-length': String(body.length) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', fail);
        res.on('end', () => {
          clearTimeout(deadline);
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            statusText: res.statusMessage ?? '',
            url,
            headers: { get: (name) => [res.headers[name.toLowerCase()] ?? null].flat()[0] ?? null },
            json: () => Promise.resolve(JSON.parse(text) as unknown),
            text: () => Promise.resolve(text),
          });
        });
      });
      req.on('error', fail);
      req.end(body);
    });
  /** Closes the kept-alive sockets, when the gateway stops. */
  return Object.assign(fetch, { close: () => agent.destroy() });
}

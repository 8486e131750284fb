import { council } from '@phoihop/council';
import { notifications } from '@phoihop/notifications';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { withSubgraphUrls } from '../src/supergraph';
import { startTestGraph, type TestGraph } from '../../test/support/graph';

/** Raw GET (no decompression): status, headers and the bytes on the wire. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes }));
      })
      .on('error', reject);
  });
}

/** The code points a page's @font-face rules for `family` cover, from their unicode-range. */
function covered(css: string, family: string): (c: number) => boolean {
  const ranges = [...css.matchAll(/@font-face\s*{[^}]*}/g)]
    .map((m) => m[0])
    .filter((face) => face.includes(`'${family}'`) && face.includes('font-weight: 400'))
    .flatMap((face) => /unicode-range:\s*([^;]+);/.exec(face)![1].split(','))
    .map((r) => r.trim().slice(2).split('-').map((h) => parseInt(h, 16)))
    .map(([from, to]) => [from, to ?? from]);
  return (c) => ranges.some(([from, to]) => c >= from && c <= to);
}

describe('gateway: serving', () => {
  let graph: TestGraph;
  let root: string;
  beforeAll(async () => {
    graph = await startTestGraph('serving', [council, notifications]);
    root = graph.gatewayUrl.replace('/graphql', '');
  });
  afterAll(() => graph?.close());

  it('draws GraphiQL in a bundled monospace font with every Vietnamese letter, served locally', async () => {
    const html = await (await fetch(`${root}/`)).text();
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toContain('"Fira Code"');
    const inFont = covered(html, 'Phoi Hop Mono');
    const text = 'Bắc Phối Hợp Đường Hồng Lĩnh Nghị quyết Ủy ban Kỳ họp ưu tiên Quản trị';
    expect([...text.normalize('NFC')].filter((ch) => !inFont(ch.codePointAt(0)!))).toEqual([]);

    const files = [...html.matchAll(/url\((\/graphiql\/fonts\/[^)]+\.woff2)\)/g)].map((m) => m[1]);
    expect(files).toContain('/graphiql/fonts/jetbrains-mono-vietnamese-400-normal.woff2');
    const font = await fetch(`${root}${files.find((f) => f.includes('vietnamese-400'))}`);
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(html).not.toMatch(/url\(https?:/);
  });

  it('compresses GraphiQL and API answers with brotli or gzip, as the client accepts', async () => {
    const plain = await rawGet(`${root}/`);
    const br = await rawGet(`${root}/`, { 'accept-encoding': 'br' });
    const gzip = await rawGet(`${root}/`, { 'accept-encoding': 'gzip' });
    expect([plain.headers['content-encoding'], br.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual([undefined, 'br', 'gzip']);
    expect(plain.bytes).toBeGreaterThan(5_000_000);
    expect(br.bytes).toBeLessThan(plain.bytes / 3);

    const res = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ calendar(year: 2026) { date working reason } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as { data: { calendar: unknown[] } }).data.calendar.length).toBeGreaterThan(5);
  });
});

describe('gateway: the supergraph', () => {
  const committed = readFileSync(join(__dirname, '..', 'supergraph.graphql'), 'utf8');

  it('is committed with the default subgraph URLs, whatever ports a stack uses', () => {
    expect([...committed.matchAll(/@join__graph\(name: "(\w+)", url: "([^"]+)"\)/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'committee http://127.0.0.1:4002/graphql',
      'council http://127.0.0.1:4001/graphql',
      'front http://127.0.0.1:4003/graphql',
      'notifications http://127.0.0.1:4004/graphql',
    ]);
  });

  it('takes the configured URLs at run time and leaves the others', () => {
    const sdl = withSubgraphUrls(committed, { council: 'http://127.0.0.1:4601/graphql', front: 'http://front:4003/graphql' });
    expect(sdl).toContain('@join__graph(name: "council", url: "http://127.0.0.1:4601/graphql")');
    expect(sdl).toContain('@join__graph(name: "front", url: "http://front:4003/graphql")');
    expect(sdl).toContain('@join__graph(name: "committee", url: "http://127.0.0.1:4002/graphql")');
    expect(sdl.replace(/url: "[^"]+"/g, '')).toBe(committed.replace(/url: "[^"]+"/g, ''));
  });
});

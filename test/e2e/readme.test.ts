/**
 * Every example of the README runs, as written, against the demo graph: each fenced
 * ```graphql block (signed in as the demo user its `# as: <user>` line names, with the
 * variables of a ```json block right after it), and each ```bash block that calls curl (with
 * the gateway's address put in for localhost:4000). So the README cannot drift from the API.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@phoihop/core';
import { DEMO_USERS } from '../../scripts/demo-users';
import { startDemoGraph } from '../support/demo-graph';
import type { TestGraph } from '../support/graph';

const ROOT = join(__dirname, '..', '..');

interface Block {
  lang: string;
  code: string;
  line: number;
  variables?: Record<string, unknown>;
}

function examples(markdown: string): Block[] {
  const blocks = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1],
    code: m[2],
    line: markdown.slice(0, m.index).split('\n').length,
  }));
  return blocks.flatMap((b, i) => {
    if (b.lang === 'graphql') return [{ ...b, variables: blocks[i + 1]?.lang === 'json' ? JSON.parse(blocks[i + 1].code) : undefined }];
    if (b.lang === 'bash' && /\bcurl\b/.test(b.code)) return [b];
    return [];
  });
}

const blocks = examples(readFileSync(join(ROOT, 'README.md'), 'utf8'));

describe('README examples', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startDemoGraph('readme');
  }, 120_000);
  afterAll(() => graph?.close());

  it('has examples to run', () => {
    expect(blocks.filter((b) => b.lang === 'graphql').length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((b) => b.lang === 'bash').length).toBeGreaterThanOrEqual(1);
  });

  it.each(blocks.filter((b) => b.lang === 'graphql').map((b) => [b.line, b] as const))('the GraphQL example at line %i answers without errors', async (_line, block) => {
    const as = /^# as: (\w+)/m.exec(block.code)?.[1];
    if (as) expect(Object.keys(DEMO_USERS)).toContain(as);
    const r = await graph.query(block.code, block.variables, as ? DEMO_USERS[as] : null);
    expect(r.errors).toBeUndefined();
    expect(r.data).toBeTruthy();
  });

  it.each(blocks.filter((b) => b.lang === 'bash').map((b) => [b.line, b] as const))(
    'the curl example at line %i answers without errors',
    async (_line, block) => {
      const gateway = new URL(graph.gatewayUrl).host;
      // Asynchronously: the gateway that answers curl runs in this very process.
      let code = block.code.replaceAll('localhost:4000', gateway);
      // A stream (the SSE inbox) is read for three seconds: curl's time-out (28) is its normal end.
      if (/curl -N\b/.test(code)) code = `{ ${code.replaceAll('curl -N', 'curl -N --max-time 3')}\n} || [ $? -eq 28 ]`;
      // Downloads land in a folder of their own; `npm run` still runs this checkout's scripts.
      const work = mkdtempSync(join(tmpdir(), 'readme-'));
      const prelude = `npm() { command npm --prefix ${JSON.stringify(ROOT)} "$@"; }\n`;
      const { stdout: out } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', prelude + code], {
        cwd: work,
        encoding: 'utf8',
        // `npm run token` signs with the secret of the graph this test runs (not .data/secrets.json).
        env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent', JWT_SECRET: loadConfig({ NODE_ENV: 'test' }).jwt.secret },
      });
      for (const answer of out.trim().split('\n').filter((l) => l.startsWith('{'))) {
        const body = JSON.parse(answer) as { data?: unknown; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data).toBeTruthy();
      }
    },
    60_000,
  );
});

/**
 * One subgraph killed: `/ready` says which, answers that do not need it still come, answers
 * that do carry a coded error (and, with item 3, the rest of the data), and all is well again
 * once it is back.
 */
import type { Scenario } from '../outcome';
import { adminToken, everyErrorHasCode, gql, waitUntil, type World } from '../world';

const FRONT_QUERY = `{ sessions(first: 5) { nodes { id voterContactRounds { totalCount } } } }`;
const COUNCIL_QUERY = `{ councilTerms { totalCount } }`;

async function ready(w: World): Promise<{ status: number; body: { subgraphs?: Record<string, string> } }> {
  const res = await fetch(`http://127.0.0.1:${w.stack.ports.gateway}/ready`);
  return { status: res.status, body: await res.json() };
}

export const subgraphDown: Scenario = {
  name: 'front subgraph killed: /ready, partial answers, recovery',
  async run(w) {
    const token = await adminToken(w);
    const checks: Array<[string, boolean]> = [];
    const notes: string[] = [];
    await w.stack.kill('front');
    const r1 = await ready(w);
    checks.push(['/ready answers 503 naming front', r1.status === 503 && r1.body.subgraphs?.front !== 'ok' && r1.body.subgraphs?.council === 'ok']);
    const council = await gql(w, token, COUNCIL_QUERY);
    checks.push(['a council-only query still answers', !council.body?.errors && !!council.body?.data]);
    const front = await gql(w, token, FRONT_QUERY);
    checks.push(['a query needing front answers with coded errors', !!front.body?.errors?.length && everyErrorHasCode(front)]);
    const partial = !!front.body?.data && (front.body.data as { sessions?: unknown }).sessions !== undefined;
    notes.push(`with front down: data ${partial ? 'partial (sessions kept)' : 'null'}; codes ${(front.body?.errors ?? []).map((e) => e.extensions?.code).join(', ')}`);
    await w.stack.start('front');
    const back = await waitUntil(async () => (await ready(w)).status === 200, 60_000);
    checks.push(['/ready back to 200', back]);
    const again = await gql(w, token, FRONT_QUERY);
    checks.push(['the front query answers in full again', !again.body?.errors && !!again.body?.data]);
    const failed = checks.filter(([, ok]) => !ok).map(([name]) => name);
    if (failed.length) notes.push(`failed: ${failed.join('; ')}`);
    return {
      expected: checks.length,
      found: checks.length - failed.length,
      lost: 0,
      doubled: 0,
      inWindow: 0,
      ok: failed.length === 0,
      notes,
    };
  },
};

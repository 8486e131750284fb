/**
 * One subgraph killed: `/ready` says which, answers that do not need it still come, answers
 * that do keep the rest of their data with a coded error at each missing part (a blank
 * `data: null` fails the scenario), and all is well again once it is back.
 */
import type { Scenario } from '../outcome';
import { adminToken, everyErrorHasCode, gql, waitUntil, type GqlResult, type World } from '../world';

const FRONT_QUERY = `{ sessions(first: 5) { nodes { id title voterContactRounds { totalCount } } } }`;
const COUNCIL_QUERY = `{ councilTerms { totalCount } }`;

type Sessions = { sessions?: { nodes?: Array<{ id: string; title: string; voterContactRounds: { totalCount: number } | null }> } } | null | undefined;
const sessionsOf = (r: GqlResult) => (r.body?.data as Sessions)?.sessions?.nodes;

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
    const before = sessionsOf(await gql(w, token, FRONT_QUERY)) ?? [];
    checks.push(['the demo has sessions to ask about', before.length > 0]);
    await w.stack.kill('front');
    const r1 = await ready(w);
    checks.push(['/ready answers 503 naming front', r1.status === 503 && r1.body.subgraphs?.front !== 'ok' && r1.body.subgraphs?.council === 'ok']);
    const council = await gql(w, token, COUNCIL_QUERY);
    checks.push(['a council-only query still answers', !council.body?.errors && !!council.body?.data]);
    const front = await gql(w, token, FRONT_QUERY);
    const sessions = sessionsOf(front);
    const errors = front.body?.errors ?? [];
    checks.push(['a query needing front is not blank: the sessions come', !!sessions && sessions.map((s) => s.id).join() === before.map((s) => s.id).join()]);
    checks.push(['their voterContactRounds are null', !!sessions && sessions.every((s) => s.voterContactRounds === null)]);
    checks.push(['each has a SERVICE_UNAVAILABLE error at its path', everyErrorHasCode(front) && errors.length === before.length
      && errors.every((e, i) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && JSON.stringify(e.path) === JSON.stringify(['sessions', 'nodes', i, 'voterContactRounds']))]);
    notes.push(`with front down: ${sessions ? `${sessions.length} sessions kept` : 'data null'}; errors ${errors.map((e) => `${e.extensions?.code} at ${e.path?.join('.') ?? '(no path)'}`).join(', ') || 'none'}`);
    await w.stack.start('front');
    const back = await waitUntil(async () => (await ready(w)).status === 200, 60_000);
    checks.push(['/ready back to 200', back]);
    const again = await gql(w, token, FRONT_QUERY);
    checks.push(['the front query answers in full again', !again.body?.errors && !!sessionsOf(again)?.every((s) => s.voterContactRounds !== null)]);
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

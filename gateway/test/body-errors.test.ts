import { notifications } from '@phoihop/notifications';
import { startTestGraph, type TestGraph } from '../../test/support/graph';

/** Issue 10, item 4: a body the gateway cannot read gets a JSON GraphQL error with a code, never HTML. */
describe('gateway: bodies it cannot read', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph('gateway_body_errors', [notifications]);
  });
  afterAll(() => graph?.close());

  const post = (body: string) => fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers a body over the limit with PAYLOAD_TOO_LARGE as JSON', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(400_000) } }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    expect(body.errors[0].message).toBe('Yêu cầu quá lớn: nội dung vượt quá giới hạn cho phép.');
  });

  it('answers a malformed JSON body with BAD_REQUEST as JSON', async () => {
    for (const text of ['{"query": "{ __typename }"', '{"query": }', '\u0000']) {
      const res = await post(text);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await res.json()).errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    }
  });

  it('still answers a well-formed request', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

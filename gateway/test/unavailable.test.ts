/** What the gateway answers for a subgraph it cannot reach: an error at each field asked of it. */
import { isUnreachable, unavailableErrors } from '../src/unavailable';

describe('an unreachable subgraph', () => {
  it.each([
    ['connection refused', true, Object.assign(new Error('request to http://127.0.0.1:4003/graphql failed, reason: connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['reset mid-answer', true, Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['no answer within SUBGRAPH_TIMEOUT_MS (subgraph-fetcher.ts)', true, Object.assign(new Error('subgraph http://127.0.0.1:4003/graphql did not answer within 10000 ms'), { code: 'ETIMEDOUT' })],
    ['a proxy answering 503', true, Object.assign(new Error('503: Service Unavailable'), { extensions: { response: { status: 503 } } })],
    ['a subgraph refusing a value (400)', false, Object.assign(new Error('Bad request'), { extensions: { code: 'BAD_USER_INPUT', response: { status: 400 } } })],
    ['a bug', false, new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('%s: unreachable is %s', (_name, expected, error) => {
    expect(isUnreachable(error)).toBe(expected);
  });

  it('answers an entity fetch with an error at each representation and field of its type', () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Session { __typename voterContactRounds { totalCount } rounds: voterContactRounds(first: 1) { nodes { id } } }
      ... on Delegate { voterContactMeetings { totalCount } } } }`;
    const representations = [{ __typename: 'Session', id: 's1' }, { __typename: 'Delegate', id: 'd1' }, { __typename: 'Session', id: 's2' }];
    const errors = unavailableErrors('front', { query, variables: { representations } }, 'connect ECONNREFUSED');
    expect(errors.map((e) => e.path)).toEqual([
      ['_entities', 0, 'voterContactRounds'],
      ['_entities', 0, 'rounds'],
      ['_entities', 1, 'voterContactMeetings'],
      ['_entities', 2, 'voterContactRounds'],
      ['_entities', 2, 'rounds'],
    ]);
    expect(new Set(errors.map((e) => e.extensions?.code))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
  });

  it('answers a root fetch with an error at each root field', () => {
    const errors = unavailableErrors('council', { query: '{ councilTerms { totalCount } s: sessions { totalCount } }' }, 'ECONNREFUSED');
    expect(errors.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['councilTerms'], 'SERVICE_UNAVAILABLE'],
      [['s'], 'SERVICE_UNAVAILABLE'],
    ]);
  });
});

/** An error the gateway met fetching a @requires input stands where the client asked, under its own names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { dependentsOf, distinct, pointAtAskedPaths } from '../src/asked-paths';

const gatewayDir = join(__dirname, '..');
const schema = buildSchema(readFileSync(join(gatewayDir, 'schema.graphql'), 'utf8'));
const dependents = dependentsOf(readFileSync(join(gatewayDir, 'supergraph.graphql'), 'utf8'));
const unavailable = (path: Array<string | number>) => ({ message: 'subgraph front unreachable', path, extensions: { code: 'SERVICE_UNAVAILABLE' } });

const repoint = (query: string, data: unknown, errors = [unavailable(['search', 'frontMatches'])]) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return pointAtAskedPaths(errors, { schema, document, operation, data, dependents }).map((e) => e.path);
};

describe('errors at the paths the client asked', () => {
  it('reads which fields wait on which from the supergraph', () => {
    expect([...dependents.get('SearchResults.frontMatches')!].sort()).toEqual(['edges', 'nodes', 'pageInfo', 'totalCount']);
    expect([...dependents.get('CoordinationReport.front')!].sort()).toEqual(['sections', 'summary']);
  });

  it('moves an input the client never asked to the asked fields that needed it, by their aliases, through fragments', () => {
    const query = `query Find { found: search(text: "x") { ...Hits total: totalCount request } } fragment Hits on SearchResults { hits: nodes { title } }`;
    const data = { found: { hits: null, total: null, request: 'k' } };
    expect(repoint(query, data, [unavailable(['found', 'frontMatches'])])).toEqual([['found', 'hits'], ['found', 'total']]);
  });

  it('leaves an error at an asked path as it is', () => {
    expect(repoint('{ sessions(jurisdictionId: "j", year: 2022) { nodes { voterContactRounds { totalCount } } } }', {}, [unavailable(['sessions', 'nodes', 0, 'voterContactRounds'])])).toEqual([
      ['sessions', 'nodes', 0, 'voterContactRounds'],
    ]);
  });

  it('falls back to the nearest asked path when nothing asked there depends on the input', () => {
    expect(repoint('{ search(text: "x") { request } }', { search: { request: 'k' } })).toEqual([['search']]);
  });

  it('keeps one of two equal errors at one path', () => {
    const twice = distinct([unavailable(['search', 'nodes']), unavailable(['search', 'nodes']), unavailable(['search', 'totalCount'])]);
    expect(twice.map((e) => e.path)).toEqual([['search', 'nodes'], ['search', 'totalCount']]);
  });
});

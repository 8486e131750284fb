import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestGraph, type TestGraph } from '../support/graph';

/**
 * DESIGN.md, Security: every resolver checks access from the start. Every root field of the
 * API schema is called anonymously with well-formed arguments; only the PUBLIC ones may
 * answer, every other must refuse with UNAUTHENTICATED — before it validates anything.
 */
const PUBLIC_QUERIES = new Set([
  'coordinationReport', // aggregate reports
  'resolution', 'resolutions', // published resolutions
  'session', 'sessions', // session schedules
  'receptionDay', 'receptionDays', // citizen reception schedule
  'calendar', 'addWorkingDays', 'deadlineRules', // the official calendar and the law's periods
]);

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'gateway', 'schema.graphql'), 'utf8'));

function literal(type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, depth);
  if (isListType(type)) return `[${literal(type.ofType, depth)}]`;
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && depth < 4);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return `"${randomUUID()}"`;
      case 'Int':
        return '2022';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'Date':
        return '"2026-11-27"';
      case 'DateTime':
        return '"2026-11-27T09:00:00+07:00"';
      default:
        return '"Nội dung thử"';
    }
  }
  throw new Error(`no literal for ${String(named)}`);
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${kind} { ${field.name}${argText}${selection} }`;
}

describe('access from the first resolver: every root field, asked anonymously', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph('access_matrix', [council, committee, front, notifications]);
  });
  afterAll(() => graph?.close());

  const queries = Object.values(schema.getQueryType()!.getFields());
  const mutations = Object.values(schema.getMutationType()!.getFields());

  it('covers the whole API', () => {
    expect(queries.length).toBeGreaterThan(40);
    expect(mutations.length).toBeGreaterThan(60);
  });

  it.each(queries.filter((f) => !PUBLIC_QUERIES.has(f.name)).map((f) => [f.name, f] as const))(
    'query %s refuses an anonymous caller',
    async (_name, field) => {
      const res = await graph.query(operation('query', field));
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      // `me` answers null for anonymous callers instead of an error: nothing personal leaks.
      if (field.name === 'me') expect(res.data?.me ?? null).toBeNull();
      else expect(codes).toContain('UNAUTHENTICATED');
    },
  );

  it.each(queries.filter((f) => PUBLIC_QUERIES.has(f.name)).map((f) => [f.name, f] as const))(
    'public query %s answers an anonymous caller without an access error',
    async (_name, field) => {
      const res = await graph.query(operation('query', field));
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).not.toContain('UNAUTHENTICATED');
      expect(codes).not.toContain('FORBIDDEN');
    },
  );

  it.each(mutations.map((f) => [f.name, f] as const))('mutation %s refuses an anonymous caller before anything else', async (_name, field) => {
    const res = await graph.query(operation('mutation', field));
    expect((res.errors ?? []).map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

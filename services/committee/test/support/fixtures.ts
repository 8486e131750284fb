import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { prepareReference, type ServiceDefinition, type UserContext } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { GraphQLFormattedError } from 'graphql';
import { seedDirectory } from '@phoihop/committee/seed';
import { startTestGraph, type TestGraph } from '../../../../test/support/graph';
import { userWith } from '../../../../test/support/users';

export const HL = DEMO.jurisdictions.hongLinh.id;
export const D = DEMO.departments;
export const O = DEMO.officials;

/**
 * The committee subgraph behind a gateway, with the reference data and the demo directory. The
 * council and Front subgraphs come along because the report's `@requires` needs their figures to
 * compose; `onQuery` counts the committee's statements only; `more` adds subgraphs (notifications,
 * for what the gateway's report page asks).
 */
export async function startCommitteeGraph(label: string, now: string, onQuery?: (sql: string) => void, more: readonly ServiceDefinition[] = []): Promise<TestGraph> {
  const graph = await startTestGraph(label, [committee, council, front, ...more], {
    now,
    onQuery: onQuery ? (service, sql) => service === 'committee' && onQuery(sql) : undefined,
  });
  await prepareReference(graph.databaseUrl);
  await seedDirectory(graph.db.committee);
  return graph;
}

export const users = {
  leader: userWith('COMMITTEE_LEADER', { jurisdictionId: HL }, { officialId: O.chair.id }),
  inspector: userWith('INSPECTOR', { jurisdictionId: HL, departmentId: D.inspectorate.id }, { officialId: O.inspector.id }),
  otherInspector: userWith('INSPECTOR', { jurisdictionId: HL, departmentId: D.inspectorate.id }, { officialId: O.chiefInspector.id }),
  staffNatural: userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.natural.id }, { officialId: O.staffNatural.id }),
  staffUrban: userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.urban.id }),
  admin: userWith('ADMIN'),
  service: userWith('SERVICE'),
  councilStanding: userWith('COUNCIL_STANDING', { jurisdictionId: HL }),
} satisfies Record<string, UserContext>;

/** The error's code and field, as a client reads them. */
export const codeOf = (errors: readonly GraphQLFormattedError[] | undefined) => ({
  code: errors?.[0]?.extensions?.code,
  field: errors?.[0]?.extensions?.field,
});

export async function count(graph: TestGraph, table: string, where = 'TRUE', params: unknown[] = []): Promise<number> {
  const [{ n }] = await graph.db.committee.query(`SELECT count(*)::int AS n FROM "committee"."${table}" WHERE ${where}`, params);
  return n;
}

export interface OutboxPayload {
  itemKind: string;
  itemId: string;
  state: string;
  dueDate: string | null;
  rule: string;
  title: string;
  assignee: { departmentId?: string | null; officialId?: string | null };
  raisedBy: string;
}

export async function outbox(graph: TestGraph, itemId: string): Promise<OutboxPayload[]> {
  const rows = await graph.db.committee.query(`SELECT payload FROM "committee"."outbox" WHERE aggregate_id = $1 ORDER BY id`, [itemId]);
  return rows.map((r: { payload: OutboxPayload }) => r.payload);
}

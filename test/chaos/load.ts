/** Ordinary traffic through the gateway: petitions received by the ward, and the reads that follow. */
import { DEMO } from '@phoihop/core/seed';
import { everyErrorHasCode, gql, today, type GqlResult, type World } from './world';

export const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id number dueDate } }`;

/**
 * The load goes to Nam Hồng Lĩnh, whose 2026 register starts empty: the demo's Bắc Hồng Lĩnh
 * holds PA-21 and PA-22, on which `count(*)+1` numbering jams until issue 10 item 5 lands.
 */
const LOAD_WARD = DEMO.jurisdictions.namHongLinh.id;
const LOAD_DEPARTMENT = DEMO.wardDepartments.namEconomy.id;

export function petition(tag: string, i: number, over: Record<string, unknown> = {}) {
  return {
    jurisdictionId: LOAD_WARD,
    kind: 'PETITION',
    channel: 'ONLINE',
    subject: `Phản ánh ${tag} số ${i} về chiếu sáng đường phố`,
    content: 'Đèn đường tổ dân phố 3 không sáng từ đầu tháng.',
    petitionerName: 'Nguyễn Thị Lan',
    receivedOn: today(),
    handlingDepartmentId: LOAD_DEPARTMENT,
    ...over,
  };
}

export interface Tally {
  sent: number;
  succeeded: string[];
  /** Responses whose errors lack a code, or that are not JSON at all. */
  uncoded: GqlResult[];
  codes: Map<string, number>;
  /** Error messages that carry a driver's or the network's own text. */
  driverText: number;
}

export const newTally = (): Tally => ({ sent: 0, succeeded: [], uncoded: [], codes: new Map(), driverText: 0 });

export function count(t: Tally, r: GqlResult, id?: string): void {
  t.sent++;
  if (id) t.succeeded.push(id);
  if (!everyErrorHasCode(r)) t.uncoded.push(r);
  for (const e of r.body?.errors ?? []) t.codes.set(e.extensions?.code ?? '(none)', (t.codes.get(e.extensions?.code ?? '(none)') ?? 0) + 1);
  if ((r.body?.errors ?? []).some((e) => /ECONNREFUSED|invalid byte sequence|connect ECONN|terminating connection/.test(e.message))) t.driverText++;
  if (r.status === 0) t.codes.set('(no answer)', (t.codes.get('(no answer)') ?? 0) + 1);
}

export async function receive(w: World, token: string, t: Tally, tag: string, i: number): Promise<void> {
  const r = await gql(w, token, RECEIVE, { input: petition(tag, i) });
  const id = (r.body?.data as { receiveCitizenCase?: { id: string } } | null)?.receiveCitizenCase?.id;
  count(t, r, id);
}

export const READS = [
  `{ deadlines(first: 20, filter: { overdue: true }) { totalCount nodes { itemKind dueDate stage escalationLevel failure { stage detail } } } }`,
  `{ councilTerms { totalCount } }`,
  `{ jurisdictions(search: "hong linh") { nodes { name level } } }`,
];

export const codesOf = (t: Tally) => [...t.codes.entries()].map(([c, n]) => `${c} ${n}`).join(', ') || 'none';

/** Runs `step` from `workers` loops until `stop()` says so. */
export async function loop(workers: number, stop: () => boolean, step: (i: number) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!stop()) await step(i++);
    }),
  );
}

export async function ledgerRowsFor(w: World, ids: string[]): Promise<{ found: number; doubled: number }> {
  const { rows } = await w.db.query(
    `SELECT count(DISTINCT d.item_id)::int AS found,
            count(*) FILTER (WHERE (SELECT count(*) FROM workflow.deadline_event e WHERE e.deadline_id = d.id AND e.kind = 'OPENED') > 1)::int AS doubled
       FROM workflow.deadline d WHERE d.item_id = ANY($1::uuid[])`,
    [ids],
  );
  return rows[0];
}

/**
 * Everything a scenario touches: the throwaway infrastructure, the stack of processes, the
 * sinks, a gateway client signed in as the demo admin, and the reads that count what reached
 * Postgres, Redis and the receivers.
 */
import { recordDeadlineChange, signDevelopmentToken, stableId, type DeadlineChange } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { DEMO_USERS } from '../../scripts/demo-users';
import type { Postgres, RedisServer } from './infra';
import type { Receipts } from './sinks';
import type { Stack } from './stack';

export const WARD = DEMO.jurisdictions.bacHongLinh.id;
export const ECONOMY = DEMO.wardDepartments.bacEconomy.id;
export const HEAD = DEMO.wardOfficials.bacHeadEconomy.id;
export const ESCALATIONS = ['L1', 'L2', 'L3', 'L4'] as const;

export interface World {
  dir: string;
  profile: 'short' | 'full';
  pg: Postgres;
  redis: RedisServer;
  stack: Stack;
  mail: Receipts;
  hooks: Receipts;
  db: Pool;
  /** The committee's side, to publish deadline changes into its outbox as its service does. */
  committee: DataSource;
  queue: Queue;
  deliveryQueue: Queue;
  prefix: string;
  secret: string;
  /** Wall-clock times the workers were killed (the window of item 2 opens only at a kill). */
  workerKills: number[];
}

export async function adminToken(w: World): Promise<string> {
  return signDevelopmentToken(DEMO_USERS.admin, w.secret, { expiresIn: '8h' });
}

export interface GqlResult {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }> } | null;
  text: string;
}

/** Posts one operation to the gateway; never throws (a network failure is a result with status 0). */
export async function gql(w: World, token: string | null, query: string, variables: unknown = {}, raw?: string): Promise<GqlResult> {
  try {
    const res = await fetch(w.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: raw ?? JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let body: GqlResult['body'] = null;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: counted as a response without a code */
    }
    return { status: res.status, body, text };
  } catch (error) {
    return { status: 0, body: null, text: (error as Error).message };
  }
}

/** Every error of the response carries a code; a non-JSON answer or a bare HTML page does not. */
export function everyErrorHasCode(r: GqlResult): boolean {
  if (!r.body) return false;
  if (!r.body.errors) return true;
  return r.body.errors.length > 0 && r.body.errors.every((e) => typeof e.extensions?.code === 'string');
}

const isoDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
export const today = () => isoDay(new Date());
export const daysFromToday = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));

/** A recommendation of the ward's economy department, as the council publishes its deadline. */
export function recommendation(tag: string, i: number, dueDate: string): DeadlineChange {
  return {
    itemKind: 'RECOMMENDATION',
    itemId: stableId('chaos', tag, String(i), randomBytes(4).toString('hex')),
    jurisdictionId: WARD,
    state: 'OPEN',
    dueDate,
    startDate: daysFromToday(-120),
    rule: 'RECOMMENDATION_FOLLOW_UP@1',
    title: `Kiến nghị số ${i}/KN-HĐND (${tag}) về chỉnh trang đô thị`,
    assignee: { body: 'COMMITTEE', departmentId: ECONOMY },
    raisedBy: 'COUNCIL',
    field: 'LAND',
  };
}

/** Items long overdue: each gets escalation levels 1 to 4, once each (DESIGN.md ladder). */
export async function publishOverdue(w: World, tag: string, n: number): Promise<string[]> {
  const changes = Array.from({ length: n }, (_, i) => recommendation(tag, i + 1, daysFromToday(-60)));
  await w.committee.transaction(async (m) => {
    for (const c of changes) await recordDeadlineChange(m, c);
  });
  return changes.map((c) => c.itemId);
}

/** Items due in a month: their next stage (R5) is a delayed job in Redis. */
export async function publishUpcoming(w: World, tag: string, n: number): Promise<string[]> {
  const changes = Array.from({ length: n }, (_, i) => recommendation(tag, i + 1, daysFromToday(45)));
  await w.committee.transaction(async (m) => {
    for (const c of changes) await recordDeadlineChange(m, c);
  });
  return changes.map((c) => c.itemId);
}

export async function waitUntil(probe: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return probe();
}

export interface InAppCount {
  expected: number;
  found: number;
  lost: number;
  doubled: number;
}

/** Escalations of overdue items: each (item, level 1-4) once, and no recipient twice for one stage. */
export async function escalationsOf(w: World, items: string[]): Promise<InAppCount> {
  const rows: Array<{ item_id: string; stage: string; n: string; per_recipient_max: string }> = (
    await w.db.query(
      `SELECT item_id::text, stage, count(*) AS n, max(c) AS per_recipient_max FROM (
         SELECT item_id, stage, recipient_id, count(*) AS c FROM workflow.notification WHERE item_id = ANY($1::uuid[]) GROUP BY 1, 2, 3) x
       GROUP BY 1, 2`,
      [items],
    )
  ).rows;
  const got = new Set(rows.filter((r) => (ESCALATIONS as readonly string[]).includes(r.stage)).map((r) => `${r.item_id}/${r.stage}`));
  const expected = items.length * ESCALATIONS.length;
  const doubled = rows.filter((r) => Number(r.per_recipient_max) > 1).length;
  return { expected, found: got.size, lost: expected - got.size, doubled };
}

export async function escalationsDone(w: World, items: string[]): Promise<boolean> {
  const { rows } = await w.db.query(
    `SELECT count(*)::int AS n FROM workflow.deadline WHERE item_id = ANY($1::uuid[]) AND escalation_level = 4 AND next_stage IS NULL`,
    [items],
  );
  return rows[0].n === items.length;
}

export interface DeliveryCount {
  expected: number;
  found: number;
  lost: number;
  doubled: number;
  /** Doubles whose first copy was accepted while the workers were being killed: item 2's window. */
  inWindow: number;
  /** The longest a delivery waited between its notification and its first receipt, in seconds. */
  slowestS: number;
}

/** Email and webhook deliveries of these items, counted at the receivers by their stable keys. */
export async function deliveriesOf(w: World, items: string[]): Promise<DeliveryCount> {
  const { rows } = await w.db.query(
    `SELECT d.id::text, d.channel, n.created_at FROM workflow.delivery d JOIN workflow.notification n ON n.id = d.notification_id
      WHERE n.item_id = ANY($1::uuid[])`,
    [items],
  );
  const mail = w.mail.byKey();
  const hooks = w.hooks.byKey();
  let found = 0;
  let doubled = 0;
  let inWindow = 0;
  let slowest = 0;
  for (const r of rows as Array<{ id: string; channel: string; created_at: Date }>) {
    const got = r.channel === 'EMAIL' ? mail.get(`<delivery-${r.id}@phoihop>`) : hooks.get(r.id);
    if (!got?.length) continue;
    found++;
    slowest = Math.max(slowest, (got[0].at - new Date(r.created_at).getTime()) / 1000);
    if (got.length > 1) {
      doubled++;
      const first = got[0];
      if (w.workerKills.some((k) => k >= first.at - 50 && k <= first.acceptedAt + 3_000)) inWindow++;
    }
  }
  return { expected: rows.length, found, lost: rows.length - found, doubled, inWindow, slowestS: Math.round(slowest) };
}

export async function deliveriesSettled(w: World, items: string[]): Promise<boolean> {
  const { rows } = await w.db.query(
    `SELECT count(*) FILTER (WHERE d.state = 'PENDING')::int AS pending, count(*)::int AS n FROM workflow.delivery d
      JOIN workflow.notification n ON n.id = d.notification_id WHERE n.item_id = ANY($1::uuid[])`,
    [items],
  );
  return rows[0].n > 0 && rows[0].pending === 0;
}

async function unscheduledOnce(w: World): Promise<Set<string>> {
  const { rows } = await w.db.query(
    `SELECT item_kind, item_id::text, version, next_stage FROM workflow.deadline
      WHERE state = 'OPEN' AND next_stage IS NOT NULL AND next_at < now() - interval '30 seconds'
        AND NOT (failed_version IS NOT DISTINCT FROM version AND failed_stage IS NOT DISTINCT FROM next_stage)`,
  );
  const broken = new Set<string>();
  for (const d of rows as Array<{ item_kind: string; item_id: string; version: number; next_stage: string }>) {
    const id = `deadline-${d.item_kind}-${d.item_id}-v${d.version}-${d.next_stage}`;
    const job = await w.queue.getJob(id);
    const state = job ? await job.getState() : 'missing';
    if (!['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'].includes(state)) broken.add(id);
  }
  return broken;
}

/**
 * Item 1's invariant: no open deadline past its next stage time without a pending or running
 * job (nor a recorded final failure). Looked at twice, 2 s apart: a stage completing between
 * the two reads of one look has moved the ledger on by the second.
 */
export async function unscheduled(w: World): Promise<number> {
  const first = await unscheduledOnce(w);
  if (first.size === 0) return 0;
  await new Promise((r) => setTimeout(r, 2000));
  const second = await unscheduledOnce(w);
  return [...first].filter((id) => second.has(id)).length;
}

export async function killWorkers(w: World): Promise<void> {
  w.workerKills.push(Date.now());
  await w.stack.kill('workers');
}

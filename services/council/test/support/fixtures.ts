import { stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { DataSource } from 'typeorm';
import type { GraphResponse } from '../../../../test/support/graph';
import { userWith } from '../../../../test/support/users';

export const WARD = DEMO.jurisdictions.bacHongLinh.id;
export const OTHER_WARD = DEMO.jurisdictions.namHongLinh.id;
export const TERM = stableId('test-term', 'bac-hong-linh-2026');
export const LEGAL_COMMITTEE = stableId('test-committee', 'phap-che');
export const NOW = '2026-11-27T09:00:00+07:00';

export const standing = () => userWith('COUNCIL_STANDING', { jurisdictionId: WARD });
export const delegate = () => userWith('DELEGATE', { jurisdictionId: WARD });
export const outsider = () => userWith('COUNCIL_STANDING', { jurisdictionId: OTHER_WARD });
export const staffOf = (departmentId: string) => userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId });

/** A term and a committee for the ward, the way an admin import would create them. */
export async function seedTerm(db: DataSource): Promise<void> {
  await db.query(
    `INSERT INTO council.council_term (id, jurisdiction_id, name, start_year, end_year)
     VALUES ($1, $2, 'Khóa I, nhiệm kỳ 2026–2031', 2026, 2031)`,
    [TERM, WARD],
  );
  await db.query(`INSERT INTO council.council_committee (id, term_id, jurisdiction_id, name) VALUES ($1, $2, $3, 'Ban Pháp chế')`, [
    LEGAL_COMMITTEE,
    TERM,
    WARD,
  ]);
}

/** Row counts of every council table, to prove a refused change wrote nothing. */
export async function counts(db: DataSource): Promise<Record<string, number>> {
  const [row] = await db.query(`SELECT
    (SELECT count(*)::int FROM council.session) AS session,
    (SELECT count(*)::int FROM council.agenda_item) AS agenda_item,
    (SELECT count(*)::int FROM council.joint_meeting) AS joint_meeting,
    (SELECT count(*)::int FROM council.resolution) AS resolution,
    (SELECT count(*)::int FROM council.supervision) AS supervision,
    (SELECT count(*)::int FROM council.recommendation) AS recommendation,
    (SELECT count(*)::int FROM council.coordination_plan) AS coordination_plan,
    (SELECT count(*)::int FROM council.plan_activity) AS plan_activity,
    (SELECT count(*)::int FROM council.plan_signature) AS plan_signature,
    (SELECT count(*)::int FROM council.outbox) AS outbox`);
  return row;
}

/** Snapshot of every council row that can change, to prove an update was refused whole. */
export async function snapshot(db: DataSource): Promise<string> {
  const rows = await db.query(`SELECT json_build_object(
    'sessions', (SELECT json_agg(s ORDER BY id) FROM council.session s),
    'recommendations', (SELECT json_agg(r ORDER BY id) FROM council.recommendation r),
    'supervisions', (SELECT json_agg(v ORDER BY id) FROM council.supervision v),
    'questions', (SELECT json_agg(q ORDER BY id) FROM council.question q),
    'commitments', (SELECT json_agg(c ORDER BY id) FROM council.questioning_commitment c),
    'outbox', (SELECT count(*) FROM council.outbox)) AS snap`);
  return JSON.stringify(rows[0].snap);
}

export function errorOf(res: GraphResponse<unknown>): { code?: unknown; field?: unknown } {
  expect(res.errors?.length).toBeGreaterThan(0);
  const ext = res.errors![0].extensions ?? {};
  return { code: ext.code, field: ext.field };
}

export async function outboxOf(db: DataSource, itemId: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<{ payload: Record<string, unknown> }> = await db.query(
    `SELECT payload FROM council.outbox WHERE aggregate_id = $1 ORDER BY id`,
    [itemId],
  );
  return rows.map((r) => r.payload);
}

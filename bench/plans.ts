/**
 * `npm run bench:plans`: the statements issue 12 names, before and after, on the province data,
 * interleaved A/B in one run (median of the pairs, execution time from EXPLAIN ANALYZE).
 * "Before" without an index runs inside a transaction that drops it and rolls back, so the
 * database is never changed.
 */
import { DEMO } from '@phoihop/core/seed';
import { Client } from 'pg';
import { benchIds } from './scenarios';
import { benchDatabaseUrl } from './size';

const PAIRS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Variant {
  sql: string;
  params: unknown[];
  /** Indexes or statistics dropped for this variant (in a rolled-back transaction), e.g. `INDEX x`. */
  without?: string[];
}

async function explain(db: Client, v: Variant): Promise<{ ms: number; plan: string }> {
  await db.query('BEGIN');
  try {
    for (const i of v.without ?? []) await db.query(`DROP ${i}`);
    const rows = (await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${v.sql}`, v.params)).rows as Array<{ 'QUERY PLAN': Array<{ 'Execution Time': number; Plan: { 'Node Type': string } }> }>;
    const plan = rows[0]['QUERY PLAN'][0];
    return { ms: plan['Execution Time'], plan: plan.Plan['Node Type'] };
  } finally {
    await db.query('ROLLBACK');
  }
}

async function main() {
  const db = new Client({ connectionString: benchDatabaseUrl(process.argv) });
  await db.connect();
  const j = benchIds.commune(7);
  const d = benchIds.department(7, 1);
  const grants = [1, 2, 3].map((k) => [benchIds.commune(7 + k), benchIds.department(7 + k, 1)]);
  const year = new Date().getFullYear() - 1;
  const cases = (range: boolean) => `
    WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(j, y))
    SELECT k.j, k.y, c.kind, count(*)::int AS received, count(*) FILTER (WHERE c.status = 'RESOLVED' AND c.resolved_on <= c.due_date)::int AS on_time
      FROM k JOIN committee.citizen_case c ON c.jurisdiction_id = k.j AND ${range ? 'c.received_on >= make_date(k.y, 1, 1) AND c.received_on < make_date(k.y + 1, 1, 1)' : 'extract(year FROM c.received_on) = k.y'}
     GROUP BY k.j, k.y, c.kind`;
  const page = `SELECT c.* FROM committee.citizen_case c WHERE (c.jurisdiction_id = $1 AND c.handling_department_id = $2) AND c.handling_department_id = $2
                ORDER BY c.received_on DESC, c.id DESC LIMIT 51`;
  const work = (own: boolean) => `
    WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(j, y))
    SELECT k.j, a.* FROM k CROSS JOIN LATERAL (
      SELECT count(a.id)::int AS assignments FROM committee.assignment a JOIN committee.directive d ON d.id = a.directive_id
       WHERE a.jurisdiction_id = k.j ${own ? 'AND d.jurisdiction_id = k.j' : ''} AND d.issued_on >= make_date(k.y, 1, 1) AND d.issued_on < make_date(k.y + 1, 1, 1) AND a.status <> 'CANCELLED') a`;
  const council = (materialized: boolean) => `
    WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(j, y)),
    r AS ${materialized ? '' : 'NOT MATERIALIZED'} (SELECT * FROM council.recommendation)
    SELECT (SELECT count(*)::int FROM r WHERE r.jurisdiction_id = k.j AND ${materialized ? 'extract(year FROM r.issued_on) = k.y' : 'r.issued_on >= make_date(k.y, 1, 1) AND r.issued_on < make_date(k.y + 1, 1, 1)'}) AS issued,
           (SELECT count(*)::int FROM r WHERE r.jurisdiction_id = k.j AND r.status = 'RESOLVED' AND ${materialized ? 'extract(year FROM r.issued_on) = k.y' : 'r.issued_on >= make_date(k.y, 1, 1) AND r.issued_on < make_date(k.y + 1, 1, 1)'}) AS resolved
      FROM k`;
  const asgPage = `SELECT a.* FROM committee.assignment a WHERE (a.jurisdiction_id = $1 AND a.department_id = $2) AND a.department_id = $2 AND a.status = 'OPEN'
                   ORDER BY a.due_date, a.id LIMIT 51`;
  const orGrants = `SELECT a.* FROM committee.assignment a WHERE (${grants.map((_, i) => `(a.jurisdiction_id = $${2 * i + 1} AND a.department_id = $${2 * i + 2})`).join(' OR ')})
                    ORDER BY a.due_date, a.id LIMIT 51`;
  const inGrants = `SELECT a.* FROM committee.assignment a WHERE (a.jurisdiction_id, a.department_id) IN (${grants.map((_, i) => `($${2 * i + 1}::uuid, $${2 * i + 2}::uuid)`).join(', ')})
                    ORDER BY a.due_date, a.id LIMIT 51`;
  const comparisons: Array<[string, Variant, Variant]> = [
    [
      'case list page of a department (51 rows, received_on DESC)',
      { sql: page, params: [j, d], without: ['INDEX committee.citizen_case_department_received', 'STATISTICS committee.citizen_case_department_jurisdiction'] },
      { sql: page, params: [j, d] },
    ],
    [
      'totalCount of that list (now only when selected)',
      { sql: `SELECT count(*) FROM committee.citizen_case c WHERE (c.jurisdiction_id = $1 AND c.handling_department_id = $2) AND c.handling_department_id = $2`, params: [j, d] },
      { sql: 'SELECT 1', params: [] },
    ],
    [
      'report: cases of a commune for a year (extract(year) → date range)',
      { sql: cases(false), params: [[j], [year]] },
      { sql: cases(true), params: [[j], [year]] },
    ],
    [
      'report: cases of the province for a year (extract(year) → date range)',
      { sql: cases(false), params: [[DEMO.jurisdictions.haTinh.id], [year]] },
      { sql: cases(true), params: [[DEMO.jurisdictions.haTinh.id], [year]] },
    ],
    [
      "report: a commune's assignments by directive year (directive of the commune only)",
      { sql: work(false), params: [[j], [year + 1]] },
      { sql: work(true), params: [[j], [year + 1]] },
    ],
    [
      'report: council recommendations of a commune (materialized CTE, extract → plain CTE, range)',
      { sql: council(true), params: [[j], [year + 1]] },
      { sql: council(false), params: [[j], [year + 1]] },
    ],
    [
      'assignment list page of a department (51 rows, due_date)',
      { sql: asgPage, params: [j, d], without: ['INDEX committee.assignment_department_due', 'STATISTICS committee.assignment_department_jurisdiction'] },
      { sql: asgPage, params: [j, d] },
    ],
    [
      'assignments of a 3-grant user (OR per grant → IN (VALUES))',
      { sql: orGrants, params: grants.flat() },
      { sql: inGrants, params: grants.flat() },
    ],
  ];
  console.log('| statement | before ms (plan) | after ms (plan) | after/before |');
  console.log('|---|---|---|---|');
  for (const [name, before, after] of comparisons) {
    const a: number[] = [];
    const b: number[] = [];
    let plans = ['', ''];
    for (let p = 0; p < PAIRS; p++) {
      const order = p % 2 === 0 ? ([before, after] as const) : ([after, before] as const);
      for (const v of order) {
        const r = await explain(db, v);
        (v === before ? a : b).push(r.ms);
        plans = v === before ? [r.plan, plans[1]] : [plans[0], r.plan];
      }
    }
    console.log(`| ${name} | ${median(a).toFixed(2)} (${plans[0]}) | ${median(b).toFixed(2)} (${plans[1]}) | ${(median(b) / median(a)).toFixed(3)} |`);
  }
  await db.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

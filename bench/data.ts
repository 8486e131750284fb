/**
 * `npm run bench:data [-- --scale=0.01] [--database=phoihop_bench]`: a province at full size
 * in its own database — by default 100 communes, 1,000,000 citizen cases, 200,000
 * recommendations and as many assignments, 100,000 voter petitions, and a ledger row for
 * every open item, due over the coming months. It runs the services' own migrations and demo
 * data first (so the directory, calendar and policies are the real ones), then fills the
 * tables with set-based SQL (INSERT … SELECT generate_series): a few minutes, no row goes
 * through Node. Ids are derived (`md5(...)::uuid`), so the bench can name any record without
 * reading it back.
 */
import { loadConfig } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { Client } from 'pg';
import { performance } from 'node:perf_hooks';
import { migrateAndSeed } from '../scripts/seed';
import { ensureDevelopmentSecrets } from '../scripts/start/secrets';
import { benchDatabaseUrl, benchSize, type BenchSize } from './size';

/** The departments of a commune after the 2025 reform, with the fields they answer for. */
export const COMMUNE_DEPARTMENTS = [
  { key: 'vp', name: 'Văn phòng HĐND và UBND', fields: ['COMPLAINTS'] },
  { key: 'kt', name: 'Phòng Kinh tế', fields: ['LAND', 'CONSTRUCTION', 'TRANSPORT', 'URBAN', 'ENVIRONMENT', 'FINANCE'] },
  { key: 'vhxh', name: 'Phòng Văn hóa – Xã hội', fields: ['SOCIAL_POLICY', 'LABOUR', 'EDUCATION', 'HEALTH'] },
  { key: 'dvc', name: 'Trung tâm Phục vụ hành chính công', fields: ['INVESTMENT'] },
  { key: 'tc', name: 'Bộ phận Tài chính – Kế toán', fields: ['FINANCE'] },
] as const;
const D = COMMUNE_DEPARTMENTS.length;
const FIELDS = `(ARRAY['LAND','ENVIRONMENT','CONSTRUCTION','TRANSPORT','URBAN','SOCIAL_POLICY','LABOUR','FINANCE','EDUCATION','HEALTH'])`;

/** The derived ids, in SQL (`c` a commune number from 0, `d` a department index). */
export const sqlId = {
  commune: (c: string) => `md5('bench-j-' || (${c}))::uuid`,
  department: (c: string, d: string) => `md5('bench-d-' || (${c}) || '-' || (${d}))::uuid`,
  chair: (c: string) => `md5('bench-chair-' || (${c}))::uuid`,
  staff: (c: string, d: string) => `md5('bench-o-' || (${c}) || '-' || (${d}))::uuid`,
  item: (kind: string, n: string) => `md5('bench-${kind}-' || (${n}))::uuid`,
};
/** A deadline explanation of the shape the services write, small and valid. */
function explanation(code: string, start: string, due: string, legalBasis: string) {
  return `jsonb_build_object('due', ${due}, 'start', ${start}, 'rule', jsonb_build_object('code', '${code}', 'variant', null, 'version', 1, 'legalBasis', '${legalBasis}'),
    'paused', false, 'skipped', '[]'::jsonb, 'summary', 'Hạn: ' || to_char(${due}, 'DD/MM/YYYY'), 'baseDays', 30, 'cappedBy', null, 'counting', 'CALENDAR',
    'direction', 'AFTER', 'countedEnd', ${due}, 'extensions', jsonb_build_object('max', 0, 'granted', 0, 'daysEach', 0, 'daysAdded', 0), 'daysCounted', 30, 'explicitDue', null, 'suspensions', '[]'::jsonb)`;
}

export function provinceSql(s: BenchSize): Array<[string, string]> {
  const province = `'${DEMO.jurisdictions.haTinh.id}'::uuid`;
  const C = s.communes;
  const commune = (n: string) => `((${n}) % ${C})`;
  const department = (n: string) => `(((${n}) / ${C}) % ${D})`;
  const depts = COMMUNE_DEPARTMENTS.map((d, i) => `(${i}, '${d.key}', '${d.name}', ARRAY[${d.fields.map((f) => `'${f}'`).join(',')}]::text[])`).join(', ');
  return [
    [
      'communes',
      `INSERT INTO committee.jurisdiction (id, code, name, search_name, level, parent_id, active_from)
       SELECT ${sqlId.commune('c')}, 'B' || lpad(c::text, 4, '0'), 'Xã Thử Nghiệm ' || (c + 1), 'xa thu nghiem ' || (c + 1), 'COMMUNE', ${province}, '2025-07-01'
         FROM generate_series(0, ${C - 1}) c`,
    ],
    [
      'departments',
      `INSERT INTO committee.department (id, jurisdiction_id, name, search_name, kind, fields)
       SELECT ${sqlId.department('c', 'd.i')}, ${sqlId.commune('c')}, d.name || ' xã ' || (c + 1), lower(d.key) || ' xa ' || (c + 1), 'SPECIALISED_OFFICE', d.fields
         FROM generate_series(0, ${C - 1}) c CROSS JOIN (VALUES ${depts}) AS d(i, key, name, fields)`,
    ],
    [
      'officials',
      `INSERT INTO committee.official (id, jurisdiction_id, department_id, name, search_name, position, fields)
       SELECT ${sqlId.chair('c')}, ${sqlId.commune('c')}, NULL, 'Chủ tịch xã ' || (c + 1), 'chu tich xa ' || (c + 1), 'CHAIR', '{}'::text[] FROM generate_series(0, ${C - 1}) c
       UNION ALL
       SELECT ${sqlId.staff('c', 'd')}, ${sqlId.commune('c')}, ${sqlId.department('c', 'd')}, 'Chuyên viên ' || (d + 1) || ' xã ' || (c + 1), 'chuyen vien', 'INSPECTOR', '{}'::text[]
         FROM generate_series(0, ${C - 1}) c CROSS JOIN generate_series(0, ${D - 1}) d`,
    ],
    [
      'citizen cases',
      // One in six received in the last 120 days is still open, due over the coming months.
      `INSERT INTO committee.citizen_case (id, jurisdiction_id, number, kind, channel, round, complexity, subject, content, field, petitioner_name,
              received_on, handling_department_id, handling_inspector_id, status, accepted_on, resolved_on, outcome, clock_start, due_date, due_rule, due_explanation, created_at)
       SELECT ${sqlId.item('case', 'n')}, ${sqlId.commune(commune('n'))}, n || '/ĐKN', k.kind, 'MAIL', CASE WHEN k.kind = 'COMPLAINT' THEN 'FIRST' END, 'NORMAL',
              'Đơn số ' || n, 'Nội dung đơn số ' || n, ${FIELDS}[1 + n % 10], CASE WHEN k.kind <> 'DENUNCIATION' THEN 'Công dân ' || n END,
              r.on, ${sqlId.department(commune('n'), department('n'))}, ${sqlId.staff(commune('n'), department('n'))},
              st.status, r.on + 2, CASE WHEN st.status = 'RESOLVED' THEN r.on + (n % 45) END, CASE WHEN st.status = 'RESOLVED' THEN 'ACCEPTED' END,
              r.on, r.on + 30 + (n % 120), 'COMPLAINT_RESOLUTION@1', ${explanation('COMPLAINT_RESOLUTION', 'r.on', 'r.on + 30 + (n % 120)', 'Luật Khiếu nại 02/2011/QH13')}, r.on::timestamptz
         FROM generate_series(0, ${s.cases - 1}) n
        CROSS JOIN LATERAL (SELECT current_date - ((n::bigint * 7919) % 1460)::int AS on) r
        CROSS JOIN LATERAL (SELECT (ARRAY['COMPLAINT','DENUNCIATION','PETITION'])[1 + n % 3] AS kind) k
        CROSS JOIN LATERAL (SELECT CASE WHEN (n::bigint * 7919) % 1460 < 120 AND n % 6 < 4 THEN (CASE WHEN (n / ${C}) % 2 = 0 THEN 'ACCEPTED' ELSE 'RECEIVED' END) ELSE 'RESOLVED' END AS status) st`,
    ],
    [
      'supervisions',
      `INSERT INTO council.supervision (id, jurisdiction_id, kind, conducted_by, subject, starts_on, ends_on, status, target_department_ids)
       SELECT ${sqlId.item('sup', 'n')}, ${sqlId.commune(commune('n'))}, 'SUPERVISION', 'STANDING_COMMITTEE', 'Giám sát chuyên đề ' || n,
              current_date - 400 + (n / ${C}) * 20, current_date - 395 + (n / ${C}) * 20, 'IN_PROGRESS', ARRAY[${sqlId.department(commune('n'), `(n / ${C}) % ${D}`)}]
         FROM generate_series(0, ${C * 20 - 1}) n`,
    ],
    [
      'recommendations',
      `INSERT INTO council.recommendation (id, supervision_id, jurisdiction_id, content, field, addressed_to, department_ids, issued_on, due_date, requested_due_date, status, closed_on)
       SELECT ${sqlId.item('rec', 'n')}, ${sqlId.item('sup', `${commune('n')} + ${C} * ((n / ${C}) % 20)`)}, ${sqlId.commune(commune('n'))}, 'Kiến nghị số ' || n, ${FIELDS}[1 + n % 10], 'COMMITTEE',
              ARRAY[${sqlId.department(commune('n'), department('n'))}], i.on, i.on + 60 + (n % 90), i.on + 60 + (n % 90),
              CASE WHEN n % 10 < 3 THEN 'OPEN' ELSE 'RESOLVED' END, CASE WHEN n % 10 >= 3 THEN i.on + 30 END
         FROM generate_series(0, ${s.recommendations - 1}) n CROSS JOIN LATERAL (SELECT current_date - ((n::bigint * 104729) % 365)::int AS on) i`,
    ],
    [
      'directives',
      `INSERT INTO committee.directive (id, jurisdiction_id, number, issued_on, signer_id, subject, source_type, source_id, created_at)
       SELECT ${sqlId.item('dir', 'n')}, ${sqlId.commune(commune('n'))}, n || '/CĐ-UBND', current_date - (n % 365), ${sqlId.chair(commune('n'))}, 'Chỉ đạo số ' || n,
              'RECOMMENDATION', ${sqlId.item('rec', 'n')}, now()
         FROM generate_series(0, ${Math.ceil(s.assignments / 10) - 1}) n`,
    ],
    [
      'assignments',
      `INSERT INTO committee.assignment (id, directive_id, jurisdiction_id, department_id, source_type, source_id, task, field, due_date, due_rule, due_explanation, status, progress, completed_on, created_at)
       SELECT ${sqlId.item('asg', 'n')}, ${sqlId.item('dir', `n % ${Math.ceil(s.assignments / 10)}`)}, ${sqlId.commune(commune('n'))}, ${sqlId.department(commune('n'), department('n'))},
              'RECOMMENDATION', ${sqlId.item('rec', `n % ${s.recommendations}`)}, 'Nhiệm vụ số ' || n, ${FIELDS}[1 + n % 10], a.due, 'ASSIGNMENT@1',
              ${explanation('ASSIGNMENT', 'a.due - 60', 'a.due', 'Thời hạn ghi trong văn bản chỉ đạo')},
              st.status, CASE WHEN st.status = 'DONE' THEN 100 ELSE n % 90 END, CASE WHEN st.status = 'DONE' THEN a.due - (n % 20) END, now()
         FROM generate_series(0, ${s.assignments - 1}) n
        CROSS JOIN LATERAL (SELECT current_date - 240 + ((n * 7) % 420)::int AS due) a
        CROSS JOIN LATERAL (SELECT CASE WHEN a.due >= current_date - 30 AND (n / ${C * D}) % 5 < 4 THEN (CASE WHEN (n / ${C}) % 2 = 0 THEN 'OPEN' ELSE 'IN_PROGRESS' END) ELSE 'DONE' END AS status) st`,
    ],
    [
      'voter contact',
      `WITH r AS (
         INSERT INTO front.voter_contact_round (id, jurisdiction_id, kind, delegation_level, title, topic, starts_on, ends_on, created_at)
         SELECT ${sqlId.item('round', 'c')}, ${sqlId.commune('c')}, 'THEMATIC', 'COMMUNE_COUNCIL', 'Tiếp xúc cử tri chuyên đề', 'Đất đai', current_date - 200, current_date - 150, now()
           FROM generate_series(0, ${C - 1}) c RETURNING id)
       INSERT INTO front.voter_contact_meeting (id, round_id, jurisdiction_id, held_on, place, locality_name, point_key, voter_count, created_at)
       SELECT ${sqlId.item('meet', 'n')}, ${sqlId.item('round', commune('n'))}, ${sqlId.commune(commune('n'))}, current_date - 190 + (n / ${C}), 'Nhà văn hóa thôn ' || (n / ${C} + 1),
              'Thôn ' || (n / ${C} + 1), 'thon-' || (n / ${C} + 1), 50 + n % 150, now()
         FROM generate_series(0, ${C * 10 - 1}) n`,
    ],
    [
      'voter petitions',
      `INSERT INTO front.voter_petition (id, jurisdiction_id, meeting_id, raised_on, content, field, competent_level, status, recipient_kind, recipient_department_id,
              forwarded_on, answer_due, answer_due_rule, answer_text, answered_on, created_at, updated_at)
       SELECT ${sqlId.item('vp', 'n')}, ${sqlId.commune(commune('n'))}, ${sqlId.item('meet', `n % ${C * 10}`)}, current_date - 180, 'Kiến nghị cử tri số ' || n, ${FIELDS}[1 + n % 10], 'COMMUNE',
              st.status, 'COMMITTEE', ${sqlId.department(commune('n'), department('n'))}, current_date - 170, current_date - 20 + (n % 150), 'VOTER_PETITION_ANSWER@1',
              CASE WHEN st.status = 'ANSWERED' THEN 'Trả lời số ' || n END, CASE WHEN st.status = 'ANSWERED' THEN current_date - 30 END, now(), now()
         FROM generate_series(0, ${s.petitions - 1}) n CROSS JOIN LATERAL (SELECT CASE WHEN n % 2 = 0 THEN 'FORWARDED' ELSE 'ANSWERED' END AS status) st`,
    ],
    [
      'ledger: cases',
      ledger(`SELECT CASE c.kind WHEN 'COMPLAINT' THEN 'COMPLAINT' WHEN 'DENUNCIATION' THEN 'DENUNCIATION' ELSE 'PETITION' END AS kind, c.id, c.jurisdiction_id AS j, 'committee' AS source,
                     c.due_date AS due, c.received_on AS start, c.due_rule AS rule, c.subject AS title, c.handling_department_id AS dep, c.handling_inspector_id AS off, 'CITIZEN' AS raised_by, c.field
                FROM committee.citizen_case c WHERE c.status IN ('RECEIVED', 'ACCEPTED') AND c.jurisdiction_id IN (SELECT id FROM committee.jurisdiction WHERE code LIKE 'B%')`),
    ],
    [
      'ledger: assignments',
      ledger(`SELECT 'ASSIGNMENT', a.id, a.jurisdiction_id, 'committee', a.due_date, a.due_date - 60, a.due_rule, a.task, a.department_id, NULL::uuid, 'COUNCIL', a.field
                FROM committee.assignment a JOIN committee.directive d ON d.id = a.directive_id WHERE a.status IN ('OPEN', 'IN_PROGRESS') AND d.number LIKE '%/CĐ-UBND'`),
    ],
    [
      'ledger: recommendations',
      ledger(`SELECT 'RECOMMENDATION', r.id, r.jurisdiction_id, 'council', r.due_date, r.issued_on, 'RECOMMENDATION_FOLLOW_UP@1', r.content, r.department_ids[1], NULL::uuid, 'COUNCIL', r.field
                FROM council.recommendation r WHERE r.status = 'OPEN' AND r.content LIKE 'Kiến nghị số %'`),
    ],
    [
      'ledger: voter petitions',
      ledger(`SELECT 'VOTER_PETITION', p.id, p.jurisdiction_id, 'front', p.answer_due, p.forwarded_on, p.answer_due_rule, p.content, p.recipient_department_id, NULL::uuid, 'FRONT', p.field
                FROM front.voter_petition p WHERE p.status = 'FORWARDED' AND p.content LIKE 'Kiến nghị cử tri số %'`),
    ],
  ];
}

/** Ledger rows for open items: the first reminder five days before the due date, 08:00 in Vietnam. */
function ledger(items: string): string {
  return `INSERT INTO workflow.deadline (item_kind, item_id, jurisdiction_id, source, last_event_id, state, due_date, start_date, rule, title,
                 assignee_body, assignee_department_id, assignee_official_id, raised_by, field, next_stage, next_at)
          SELECT i.kind, i.id, i.j, i.source, 1, 'OPEN', i.due, i.start, i.rule, left(i.title, 200), 'COMMITTEE', i.dep, i.off, i.raised_by, i.field,
                 'R5', (i.due - 5)::timestamp + interval '1 hour'
            FROM (${items}) AS i(kind, id, j, source, due, start, rule, title, dep, off, raised_by, field)`;
}

async function main() {
  ensureDevelopmentSecrets();
  const size = benchSize(process.argv);
  const url = benchDatabaseUrl(process.argv);
  const started = performance.now();
  const admin = new Client({ connectionString: new URL('/postgres', url).toString() });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  await migrateAndSeed(loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' }));
  console.log(`migrations and demo data: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    for (const [what, sql] of provinceSql(size)) {
      const t = performance.now();
      const r = await db.query(sql);
      console.log(`${what.padEnd(26)} ${String(r.rowCount).padStart(9)} rows  ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const t = performance.now();
    await db.query('VACUUM ANALYZE');
    console.log(`${'vacuum analyze'.padEnd(42)}  ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await db.end();
  }
  console.log(`${url}: ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

import { stableId } from '@phoihop/core';
import type { DataSource } from 'typeorm';

export const HONG_LINH = stableId('jurisdiction', 'test-436');
export const OTHER = stableId('jurisdiction', 'test-other');
export const TERM = stableId('term', 'test');
export const SESSION = stableId('session', 'test-5');
/** A regular session that opens on Monday 20 April 2026. */
export const APRIL_SESSION = stableId('session', 'test-4');
export const NATURAL = stableId('department', 'test-tnmt');
export const URBAN = stableId('department', 'test-qldt');
export const DELEGATES = [1, 2, 3].map((n) => stableId('delegate', `test-${n}`));
export const OFFICIAL = stableId('official', 'test-head-tnmt');

/** A term, three delegates and one session in the council's own tables (its data, seeded as it would be). */
export async function seedCouncil(council: DataSource): Promise<void> {
  await council.query(
    `INSERT INTO council.council_term (id, jurisdiction_id, name, start_year, end_year) VALUES ($1, $2, 'Khóa XI, nhiệm kỳ 2021–2026', 2021, 2026)`,
    [TERM, HONG_LINH],
  );
  const names = ['Đinh Xuân Thành', 'Nguyễn Thị Lan', 'Lê Quang Vinh'];
  for (const [i, id] of DELEGATES.entries()) {
    await council.query(
      `INSERT INTO council.delegate (id, term_id, jurisdiction_id, full_name, search_name, electoral_unit, position)
       VALUES ($1, $2, $3, $4, $5, 'Đơn vị bầu cử số 1', 'DELEGATE')`,
      [id, TERM, HONG_LINH, names[i], names[i].toLowerCase()],
    );
  }
  await council.query(
    `INSERT INTO council.session (id, term_id, jurisdiction_id, number, kind, title, status, planned_start_date, planned_end_date,
       documents_due_on, documents_rule)
     VALUES ($1, $2, $3, 5, 'REGULAR', 'Kỳ họp thứ năm', 'PLANNED', '2026-07-10', '2026-07-12', '2026-07-03', 'SESSION_DOCUMENTS@1'),
            ($4, $2, $3, 4, 'REGULAR', 'Kỳ họp thứ tư', 'PLANNED', '2026-04-20', '2026-04-21', '2026-04-13', 'SESSION_DOCUMENTS@1')`,
    [SESSION, TERM, HONG_LINH, APRIL_SESSION],
  );
}

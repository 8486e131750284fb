import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The codes of the shared FieldOfResponsibility enum, as of this migration (frozen here on purpose; 1765100000000 reads them too). */
export const CODES = ['LAND', 'ENVIRONMENT', 'CONSTRUCTION', 'TRANSPORT', 'URBAN', 'SOCIAL_POLICY', 'LABOUR', 'FINANCE', 'INVESTMENT', 'EDUCATION', 'HEALTH', 'SECURITY_ORDER', 'ADMINISTRATION', 'COMPLAINTS', 'OTHER'];

/** The Vietnamese labels stored by hand before the enum, by the code they mean. */
const LABELS: Record<string, string[]> = {
  LAND: ['đất đai', 'đất', 'quản lý đất đai'],
  ENVIRONMENT: ['tài nguyên, môi trường', 'tài nguyên và môi trường', 'môi trường'],
  CONSTRUCTION: ['xây dựng', 'trật tự xây dựng'],
  TRANSPORT: ['hạ tầng giao thông', 'giao thông'],
  URBAN: ['đô thị, điện, nước, chiếu sáng', 'đô thị'],
  SOCIAL_POLICY: ['chính sách xã hội, người có công', 'chính sách xã hội', 'người có công'],
  LABOUR: ['lao động, việc làm', 'lao động'],
  FINANCE: ['tài chính, ngân sách', 'tài chính'],
  INVESTMENT: ['đầu tư, kinh tế', 'đầu tư', 'kinh tế'],
  EDUCATION: ['giáo dục'],
  HEALTH: ['y tế'],
  SECURITY_ORDER: ['an ninh, trật tự', 'an ninh trật tự'],
  ADMINISTRATION: ['cải cách hành chính', 'hành chính'],
  COMPLAINTS: ['tiếp công dân, giải quyết khiếu nại, tố cáo', 'khiếu nại, tố cáo', 'tiếp công dân', 'khiếu nại', 'tố cáo'],
  OTHER: ['lĩnh vực khác', 'khác'],
};

export const list = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/** The stored value as a code: a code in any case, or a known label; anything else is OTHER. */
export function toCode(column: string): string {
  const labels = Object.entries(LABELS)
    .map(([code, names]) => `WHEN lower(btrim(normalize(${column}, NFC))) IN (${list(names)}) THEN '${code}'`)
    .join(' ');
  return `CASE WHEN upper(btrim(${column})) IN (${list(CODES)}) THEN upper(btrim(${column})) ${labels} ELSE 'OTHER' END`;
}

const COLUMNS = [
  { table: 'citizen_case', constraint: 'citizen_case_field_check' },
  { table: 'assignment', constraint: 'assignment_field_check' },
];

/** The field of a case and of an assignment becomes the shared FieldOfResponsibility code, checked. */
export class FieldOfResponsibility1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const { table, constraint } of COLUMNS) {
      await q.query(`UPDATE "committee"."${table}" SET "field" = ${toCode('"field"')} WHERE "field" IS NOT NULL`);
      await q.query(`ALTER TABLE "committee"."${table}" ADD CONSTRAINT "${constraint}" CHECK ("field" IN (${list(CODES)}))`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, constraint } of COLUMNS) await q.query(`ALTER TABLE "committee"."${table}" DROP CONSTRAINT "${constraint}"`);
  }
}

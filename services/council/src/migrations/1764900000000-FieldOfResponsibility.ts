import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The codes of the shared enum FieldOfResponsibility (services/core/src/graphql/vocabulary.graphql), with their labels. */
const FIELDS: Record<string, string> = {
  LAND: 'Đất đai',
  ENVIRONMENT: 'Tài nguyên, môi trường',
  CONSTRUCTION: 'Xây dựng',
  TRANSPORT: 'Hạ tầng giao thông',
  URBAN: 'Đô thị, điện, nước, chiếu sáng',
  SOCIAL_POLICY: 'Chính sách xã hội, người có công',
  LABOUR: 'Lao động, việc làm',
  FINANCE: 'Tài chính, ngân sách',
  INVESTMENT: 'Đầu tư, kinh tế',
  EDUCATION: 'Giáo dục',
  HEALTH: 'Y tế',
  SECURITY_ORDER: 'An ninh, trật tự',
  ADMINISTRATION: 'Cải cách hành chính',
  COMPLAINTS: 'Tiếp công dân, giải quyết khiếu nại, tố cáo',
  OTHER: 'Lĩnh vực khác',
};

const COLUMNS = [
  ['resolution', 'field'],
  ['recommendation', 'field'],
  ['recommendation_correction', 'previous_field'],
] as const;

/**
 * Fields of responsibility were free text: stored values become the shared enum's codes (a
 * code in any case, or its Vietnamese label; anything else OTHER), and a CHECK keeps them so.
 */
export class FieldOfResponsibility1764900000000 implements MigrationInterface {
  name = 'FieldOfResponsibility1764900000000';

  async up(q: QueryRunner): Promise<void> {
    const codes = Object.keys(FIELDS);
    const labels = Object.values(FIELDS).map((l) => l.normalize('NFC').toLowerCase());
    for (const [table, column] of COLUMNS) {
      await q.query(
        `UPDATE "council"."${table}" t SET "${column}" = coalesce(
           (SELECT c FROM unnest($1::text[], $2::text[]) AS f(c, l) WHERE upper(btrim(t."${column}")) = c OR lower(btrim(normalize(t."${column}", NFC))) = l),
           'OTHER')
         WHERE "${column}" IS NOT NULL`,
        [codes, labels],
      );
      await q.query(
        `ALTER TABLE "council"."${table}" ADD CONSTRAINT "${table}_${column}_check" CHECK ("${column}" IN (${codes.map((c) => `'${c}'`).join(', ')}))`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await q.query(`ALTER TABLE "council"."${table}" DROP CONSTRAINT "${table}_${column}_check"`);
  }
}

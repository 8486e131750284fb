import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #13, item 5: a supervision may address a recommendation to a body outside the three
 * (the police, a school, a provincial department), named with its level; the council, which
 * raised it, follows it up.
 */
export class ExternalAddressees1765300000000 implements MigrationInterface {
  name = 'ExternalAddressees1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "council"."recommendation"
      ADD COLUMN "external_addressee_name" text CHECK ("external_addressee_name" <> ''),
      ADD COLUMN "external_addressee_level" text CHECK ("external_addressee_level" IN ('CENTRAL', 'PROVINCE', 'COMMUNE')),
      ADD CONSTRAINT "recommendation_external_addressee" CHECK (("external_addressee_name" IS NULL) = ("external_addressee_level" IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "council"."recommendation" DROP CONSTRAINT "recommendation_external_addressee",
      DROP COLUMN "external_addressee_level", DROP COLUMN "external_addressee_name"`);
  }
}

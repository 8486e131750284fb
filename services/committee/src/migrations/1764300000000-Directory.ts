import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Departments and officials: the committee's directory, also used to find notification recipients. */
export class Directory1764300000000 implements MigrationInterface {
  name = 'Directory1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "committee"."department" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL REFERENCES "committee"."jurisdiction"("id"),
      "name" text NOT NULL,
      "search_name" text NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('SPECIALISED_OFFICE', 'COMMUNE', 'PUBLIC_SERVICE_UNIT', 'INSPECTORATE')),
      "fields" text[] NOT NULL DEFAULT '{}',
      "email" text,
      UNIQUE ("jurisdiction_id", "name")
    )`);
    await q.query(`CREATE INDEX "department_jurisdiction" ON "committee"."department" ("jurisdiction_id")`);
    await q.query(`CREATE TABLE "committee"."official" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL REFERENCES "committee"."jurisdiction"("id"),
      "department_id" uuid REFERENCES "committee"."department"("id"),
      "name" text NOT NULL,
      "search_name" text NOT NULL,
      "position" text NOT NULL CHECK ("position" IN ('CHAIR', 'VICE_CHAIR', 'DEPARTMENT_HEAD', 'DEPUTY_HEAD', 'STAFF', 'INSPECTOR')),
      "title" text,
      "fields" text[] NOT NULL DEFAULT '{}',
      "email" text,
      "phone" text,
      "active" boolean NOT NULL DEFAULT true,
      CHECK ("position" IN ('CHAIR', 'VICE_CHAIR') OR "department_id" IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX "official_jurisdiction" ON "committee"."official" ("jurisdiction_id", "position")`);
    await q.query(`CREATE INDEX "official_department" ON "committee"."official" ("department_id")`);
    await q.query(`CREATE INDEX "official_fields" ON "committee"."official" USING gin ("fields")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "committee"."official"`);
    await q.query(`DROP TABLE "committee"."department"`);
  }
}

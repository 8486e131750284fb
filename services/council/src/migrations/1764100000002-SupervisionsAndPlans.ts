import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupervisionsAndPlans1764100000002 implements MigrationInterface {
  name = 'SupervisionsAndPlans1764100000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "council"."supervision" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('SURVEY','SUPERVISION')),
      "thematic" boolean NOT NULL DEFAULT false,
      "conducted_by" text NOT NULL CHECK ("conducted_by" IN ('STANDING_COMMITTEE','COUNCIL_COMMITTEE')),
      "council_committee_id" uuid REFERENCES "council"."council_committee" ("id"),
      "subject" text NOT NULL,
      "starts_on" date NOT NULL,
      "ends_on" date NOT NULL,
      "review_from" date,
      "review_to" date,
      "target_department_ids" uuid[] NOT NULL DEFAULT '{}',
      "target_resolution_ids" uuid[] NOT NULL DEFAULT '{}',
      "status" text NOT NULL CHECK ("status" IN ('PLANNED','IN_PROGRESS','CONCLUDED')),
      "conclusion_date" date,
      "conclusion" text,
      CHECK ("ends_on" >= "starts_on"),
      CHECK ("review_to" IS NULL OR "review_to" >= "review_from"),
      CHECK (("conducted_by" = 'COUNCIL_COMMITTEE') = ("council_committee_id" IS NOT NULL)),
      CHECK (("status" = 'CONCLUDED') = ("conclusion_date" IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX "supervision_jurisdiction" ON "council"."supervision" ("jurisdiction_id", "starts_on")`);
    await q.query(`CREATE INDEX "supervision_departments" ON "council"."supervision" USING gin ("target_department_ids")`);
    await q.query(`CREATE TABLE "council"."recommendation" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "supervision_id" uuid NOT NULL REFERENCES "council"."supervision" ("id"),
      "jurisdiction_id" uuid NOT NULL,
      "content" text NOT NULL,
      "field" text,
      "addressed_to" text NOT NULL CHECK ("addressed_to" IN ('COUNCIL','COMMITTEE','FRONT')),
      "department_ids" uuid[] NOT NULL DEFAULT '{}',
      "issued_on" date NOT NULL,
      "due_date" date NOT NULL,
      "requested_due_date" date NOT NULL,
      "due_explanation" jsonb,
      "status" text NOT NULL CHECK ("status" IN ('OPEN','RESOLVED','WITHDRAWN')),
      "closed_on" date,
      "closing_note" text,
      "version" int NOT NULL DEFAULT 1,
      CHECK ("due_date" > "issued_on"),
      CHECK (("status" = 'OPEN') = ("closed_on" IS NULL)),
      CHECK ("closed_on" IS NULL OR "closed_on" >= "issued_on")
    )`);
    await q.query(`CREATE INDEX "recommendation_supervision" ON "council"."recommendation" ("supervision_id")`);
    await q.query(`CREATE INDEX "recommendation_jurisdiction_due" ON "council"."recommendation" ("jurisdiction_id", "due_date")`);
    await q.query(`CREATE INDEX "recommendation_departments" ON "council"."recommendation" USING gin ("department_ids")`);
    await q.query(`CREATE TABLE "council"."coordination_plan" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "year" int NOT NULL,
      "title" text NOT NULL,
      UNIQUE ("jurisdiction_id", "year")
    )`);
    await q.query(`CREATE TABLE "council"."plan_activity" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "plan_id" uuid NOT NULL REFERENCES "council"."coordination_plan" ("id"),
      "title" text NOT NULL,
      "owner_body" text NOT NULL CHECK ("owner_body" IN ('COUNCIL','COMMITTEE','FRONT')),
      "planned_on" date NOT NULL,
      "done_on" date
    )`);
    await q.query(`CREATE INDEX "plan_activity_plan" ON "council"."plan_activity" ("plan_id", "planned_on")`);
    await q.query(`CREATE TABLE "council"."plan_signature" (
      "plan_id" uuid NOT NULL REFERENCES "council"."coordination_plan" ("id"),
      "body" text NOT NULL CHECK ("body" IN ('COUNCIL','COMMITTEE','FRONT')),
      "signer_name" text NOT NULL,
      "signer_title" text NOT NULL,
      "signed_on" date NOT NULL,
      PRIMARY KEY ("plan_id", "body")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['plan_signature', 'plan_activity', 'coordination_plan', 'recommendation', 'supervision']) {
      await q.query(`DROP TABLE "council"."${t}"`);
    }
  }
}

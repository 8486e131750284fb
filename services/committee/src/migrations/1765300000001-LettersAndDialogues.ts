import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `('CENTRAL', 'PROVINCE', 'COMMUNE')`;

/**
 * Issue #13, item 2: most letters a commune receives are not its to resolve — it forwards them
 * to the competent body, guides the citizen, or files them (Circular 05/2021/TT-TTCP); a
 * second-round complaint names the first-round decision it contests; a complaint dialogue
 * (đối thoại, Law on Complaints Art. 30) is minuted.
 */
export class LettersAndDialogues1765300000001 implements MigrationInterface {
  name = 'LettersAndDialogues1765300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "committee"."case_letter_handling" (
      "case_id" uuid PRIMARY KEY REFERENCES "committee"."citizen_case"("id"),
      "disposition" text NOT NULL CHECK ("disposition" IN ('FORWARDED', 'GUIDED', 'FILED')),
      "handled_on" date NOT NULL,
      "addressee_name" text,
      "addressee_level" text CHECK ("addressee_level" IN ${LEVELS}),
      "letter_number" text,
      "letter_date" date,
      "guidance" text,
      "legal_ground" text,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CHECK ("disposition" <> 'FORWARDED' OR ("addressee_name" IS NOT NULL AND "addressee_level" IS NOT NULL AND "letter_number" IS NOT NULL AND "letter_date" IS NOT NULL)),
      CHECK ("disposition" <> 'GUIDED' OR "guidance" IS NOT NULL),
      CHECK ("disposition" <> 'FILED' OR "legal_ground" IS NOT NULL)
    )`);
    await q.query(`CREATE TABLE "committee"."case_contested_decision" (
      "case_id" uuid PRIMARY KEY REFERENCES "committee"."citizen_case"("id"),
      "contested_case_id" uuid REFERENCES "committee"."citizen_case"("id"),
      "decision_number" text NOT NULL CHECK ("decision_number" <> ''),
      "decided_on" date NOT NULL,
      "issuer" text
    )`);
    await q.query(`CREATE TABLE "committee"."complaint_dialogue" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "committee"."citizen_case"("id"),
      "held_on" date NOT NULL,
      "participants" jsonb NOT NULL CHECK (jsonb_typeof("participants") = 'array' AND jsonb_array_length("participants") >= 2),
      "minutes" text NOT NULL CHECK ("minutes" <> ''),
      "created_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "complaint_dialogue_case" ON "committee"."complaint_dialogue" ("case_id", "held_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['complaint_dialogue', 'case_contested_decision', 'case_letter_handling']) await q.query(`DROP TABLE "committee"."${t}"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OFFICIAL_CALENDAR_EXCEPTIONS } from '../calendar/official-calendar';
import { DEADLINE_ITEM_KINDS, DEFAULT_DEADLINE_RULES, type DeadlineRule } from '../deadlines/rules';
import { REFERENCE_SCHEMA as S } from './entities';

/** A shipped rule as the parameters $1…$14 of an INSERT into deadline_rules. */
const ruleRow = (r: DeadlineRule) => [
  r.code,
  r.version,
  r.itemKind,
  r.legalBasis.normalize('NFC'),
  r.counting,
  r.direction,
  r.baseDays,
  JSON.stringify(r.variants),
  r.maxExtensions,
  r.extensionDays,
  r.explicitDueRequired,
  r.configurable,
  r.effectiveFrom,
  r.effectiveTo,
];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export class ReferenceTables1767225600000 implements MigrationInterface {
  name = 'ReferenceTables1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "${S}"."calendar_exceptions" (
        "date" date PRIMARY KEY,
        "kind" text NOT NULL CHECK ("kind" IN ('DAY_OFF', 'WORKING_DAY')),
        "reason" text NOT NULL CHECK ("reason" <> ''),
        "source" text NOT NULL CHECK ("source" <> ''),
        "period" text CHECK ("period" IN ('TET', 'NATIONAL_DAY')),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "updated_by" text
      )`);
    await q.query(`
      CREATE TABLE "${S}"."deadline_rules" (
        "code" text NOT NULL,
        "version" int NOT NULL CHECK ("version" > 0),
        "item_kind" text NOT NULL CHECK ("item_kind" IN (${list(DEADLINE_ITEM_KINDS)})),
        "legal_basis" text NOT NULL CHECK ("legal_basis" <> ''),
        "counting" text NOT NULL CHECK ("counting" IN ('WORKING', 'CALENDAR')),
        "direction" text NOT NULL CHECK ("direction" IN ('AFTER', 'BEFORE')),
        "base_days" int CHECK ("base_days" > 0),
        "variants" jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof("variants") = 'array'),
        "max_extensions" int NOT NULL DEFAULT 0 CHECK ("max_extensions" >= 0),
        "extension_days" int NOT NULL DEFAULT 0 CHECK ("extension_days" >= 0),
        "explicit_due_required" boolean NOT NULL DEFAULT false,
        "configurable" boolean NOT NULL DEFAULT false,
        "effective_from" date NOT NULL,
        "effective_to" date CHECK ("effective_to" >= "effective_from"),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "updated_by" text,
        PRIMARY KEY ("code", "version"),
        CHECK ("base_days" IS NOT NULL OR "explicit_due_required")
      )`);
    await q.query(`CREATE INDEX "deadline_rules_kind_from" ON "${S}"."deadline_rules" ("item_kind", "effective_from")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "${S}"."deadline_rules"`);
    await q.query(`DROP TABLE "${S}"."calendar_exceptions"`);
  }
}

/**
 * The shipped data: official schedules 2023–2026 and the default rules. Later changes to the
 * shipped data come as new migrations; admins' edits are never overwritten (ON CONFLICT DO NOTHING).
 */
export class ReferenceSeed1767225600001 implements MigrationInterface {
  name = 'ReferenceSeed1767225600001';

  async up(q: QueryRunner): Promise<void> {
    for (const e of OFFICIAL_CALENDAR_EXCEPTIONS) {
      await q.query(
        `INSERT INTO "${S}"."calendar_exceptions" ("date", "kind", "reason", "source", "period")
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT ("date") DO NOTHING`,
        [e.date, e.kind, e.reason.normalize('NFC'), e.source.normalize('NFC'), e.period ?? null],
      );
    }
    for (const r of DEFAULT_DEADLINE_RULES) {
      await q.query(
        `INSERT INTO "${S}"."deadline_rules" ("code", "version", "item_kind", "legal_basis", "counting", "direction",
           "base_days", "variants", "max_extensions", "extension_days", "explicit_due_required", "configurable",
           "effective_from", "effective_to")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14)
         ON CONFLICT ("code", "version") DO NOTHING`,
        ruleRow(r),
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "${S}"."calendar_exceptions" WHERE "updated_by" IS NULL`);
    await q.query(`DELETE FROM "${S}"."deadline_rules" WHERE "updated_by" IS NULL`);
  }
}

/** Postgres NOTIFY channel on which every edit of the reference tables is announced. */
export const REFERENCE_CHANNEL = 'phoihop_reference';

/**
 * Every process caches the calendar and the rules (reference-data.ts). A trigger announces
 * any write to them on {@link REFERENCE_CHANNEL}, delivered at commit, so no editor (the
 * notifications subgraph, a migration, a psql session) can forget to tell the others.
 */
export class ReferenceNotify1767225600002 implements MigrationInterface {
  name = 'ReferenceNotify1767225600002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION "${S}".reference_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('${REFERENCE_CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$`);
    for (const table of ['calendar_exceptions', 'deadline_rules']) {
      await q.query(`CREATE TRIGGER reference_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${S}"."${table}"
                     FOR EACH STATEMENT EXECUTE FUNCTION "${S}".reference_notify()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['calendar_exceptions', 'deadline_rules']) await q.query(`DROP TRIGGER reference_notify ON "${S}"."${table}"`);
    await q.query(`DROP FUNCTION "${S}".reference_notify()`);
  }
}

/**
 * Issue #13, item 9: the shipped petition rule started on Circular 05/2021/TT-TTCP's signing
 * date (1/10/2021) instead of its entry into force (15/11/2021); the voter-petition rule cited
 * a 2025 act from 2000-01-01. Rows an admin edited (updated_by set) are left alone. No due
 * date moves: the periods are unchanged.
 */
export class ReferenceEffectiveDates1767225600003 implements MigrationInterface {
  name = 'ReferenceEffectiveDates1767225600003';

  async up(q: QueryRunner): Promise<void> {
    for (const code of ['PETITION_PROCESSING', 'VOTER_PETITION_ANSWER']) {
      for (const r of DEFAULT_DEADLINE_RULES.filter((x) => x.code === code)) {
        const [found]: Array<{ updated_by: string | null }> = await q.query(
          `SELECT "updated_by" FROM "${S}"."deadline_rules" WHERE "code" = $1 AND "version" = $2`,
          [r.code, r.version],
        );
        if (found && found.updated_by !== null) continue;
        await q.query(
          `INSERT INTO "${S}"."deadline_rules" ("code", "version", "item_kind", "legal_basis", "counting", "direction",
             "base_days", "variants", "max_extensions", "extension_days", "explicit_due_required", "configurable",
             "effective_from", "effective_to")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14)
           ON CONFLICT ("code", "version") DO UPDATE SET "legal_basis" = EXCLUDED."legal_basis",
             "effective_from" = EXCLUDED."effective_from", "effective_to" = EXCLUDED."effective_to", "updated_at" = now()`,
          ruleRow(r),
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "${S}"."deadline_rules" WHERE "code" = 'VOTER_PETITION_ANSWER' AND "version" = 2 AND "updated_by" IS NULL`);
    await q.query(`UPDATE "${S}"."deadline_rules" SET "effective_to" = NULL WHERE "code" = 'VOTER_PETITION_ANSWER' AND "version" = 1 AND "updated_by" IS NULL`);
    await q.query(`UPDATE "${S}"."deadline_rules" SET "effective_from" = '2021-10-01' WHERE "code" = 'PETITION_PROCESSING' AND "version" = 1 AND "updated_by" IS NULL`);
  }
}

/** Widens the rule-kind check to today's kinds and inserts the shipped rules of `kind` (admins' rows stay). */
async function addRuleKind(q: QueryRunner, kind: DeadlineRule['itemKind']): Promise<void> {
  await q.query(`ALTER TABLE "${S}"."deadline_rules" DROP CONSTRAINT IF EXISTS "deadline_rules_item_kind_check"`);
  await q.query(`ALTER TABLE "${S}"."deadline_rules" ADD CONSTRAINT "deadline_rules_item_kind_check" CHECK ("item_kind" IN (${list(DEADLINE_ITEM_KINDS)}))`);
  for (const r of DEFAULT_DEADLINE_RULES.filter((x) => x.itemKind === kind)) {
    await q.query(
      `INSERT INTO "${S}"."deadline_rules" ("code", "version", "item_kind", "legal_basis", "counting", "direction",
         "base_days", "variants", "max_extensions", "extension_days", "explicit_due_required", "configurable",
         "effective_from", "effective_to")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14) ON CONFLICT ("code", "version") DO NOTHING`,
      ruleRow(r),
    );
  }
}

/**
 * Issue #13, item 2: the petition period separates processing the letter (from receipt) from
 * answering the petition once accepted; a new rule kind, so the kind check widens first.
 */
export class ReferencePetitionAnswer1767225600004 implements MigrationInterface {
  name = 'ReferencePetitionAnswer1767225600004';

  up(q: QueryRunner): Promise<void> {
    return addRuleKind(q, 'PETITION_ANSWER');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "${S}"."deadline_rules" WHERE "item_kind" = 'PETITION_ANSWER'`);
  }
}

/**
 * Issue #13, item 6: the date a questioned official commits to (QUESTIONING_COMMITMENT). Its
 * timestamp sorts before the reference tables: on a fresh database it finds no table and does
 * nothing, since the tables and the seed that follow already hold every shipped kind and rule;
 * on a database migrated before, it widens the kind check and adds the rule.
 */
export class ReferenceQuestioningCommitment1766000000000 implements MigrationInterface {
  name = 'ReferenceQuestioningCommitment1766000000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ exists }]: Array<{ exists: boolean }> = await q.query(`SELECT to_regclass('"${S}"."deadline_rules"') IS NOT NULL AS "exists"`);
    if (exists) await addRuleKind(q, 'QUESTIONING_COMMITMENT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "${S}"."deadline_rules" WHERE "item_kind" = 'QUESTIONING_COMMITMENT' AND "updated_by" IS NULL`);
  }
}

export const REFERENCE_MIGRATIONS = [
  ReferenceTables1767225600000,
  ReferenceSeed1767225600001,
  ReferenceNotify1767225600002,
  ReferenceEffectiveDates1767225600003,
  ReferencePetitionAnswer1767225600004,
  ReferenceQuestioningCommitment1766000000000,
];

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_STAGES, type PolicyStage } from '../policies/stages';
import { SHIPPED_KINDS } from './1764100000000-Workflow';

const KINDS = [...SHIPPED_KINDS, 'QUESTIONING_COMMITMENT'];
const TABLES = ['escalation_policy', 'deadline', 'notification'];

/**
 * A questioning commitment (cam kết khi trả lời chất vấn, giải trình) climbs from the one who
 * committed to the committee chair, then to the council Standing Committee that follows it up
 * (issue #13, item 6): reminders at 5, 2 and 0 working days before the date; the head of the
 * committing department on the first working day overdue, the chair at 5, the Standing
 * Committee at 10. There is no vice-chair rung: the chair answers for what was promised.
 */
export const QUESTIONING_COMMITMENT_STAGES: PolicyStage[] = [
  ...DEFAULT_STAGES.filter((s) => s.kind === 'REMINDER'),
  { kind: 'ESCALATION', offsetWorkingDays: 1, level: 1, recipient: 'DEPARTMENT_HEAD' },
  { kind: 'ESCALATION', offsetWorkingDays: 5, level: 2, recipient: 'CHAIR' },
  { kind: 'ESCALATION', offsetWorkingDays: 10, level: 3, recipient: 'RAISING_BODY' },
];

/** The new tracked kind: the ledger's kind checks widen, and its ladder is the policy row. */
export class QuestioningCommitmentPolicy1766000000100 implements MigrationInterface {
  name = 'QuestioningCommitmentPolicy1766000000100';

  async up(q: QueryRunner): Promise<void> {
    await this.kinds(q, KINDS);
    await q.query(`INSERT INTO "workflow"."escalation_policy" ("item_kind", "stages") VALUES ('QUESTIONING_COMMITMENT', $1::jsonb) ON CONFLICT ("item_kind") DO NOTHING`, [
      JSON.stringify(QUESTIONING_COMMITMENT_STAGES),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notification', 'deadline', 'escalation_policy']) await q.query(`DELETE FROM "workflow"."${table}" WHERE "item_kind" = 'QUESTIONING_COMMITMENT'`);
    await this.kinds(q, SHIPPED_KINDS);
  }

  private async kinds(q: QueryRunner, kinds: readonly string[]): Promise<void> {
    for (const table of TABLES) {
      await q.query(`ALTER TABLE "workflow"."${table}" DROP CONSTRAINT IF EXISTS "${table}_item_kind_check"`);
      await q.query(`ALTER TABLE "workflow"."${table}" ADD CONSTRAINT "${table}_item_kind_check" CHECK ("item_kind" IN (${kinds.map((k) => `'${k}'`).join(', ')}))`);
    }
  }
}

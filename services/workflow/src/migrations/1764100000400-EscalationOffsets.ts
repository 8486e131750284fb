import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { PolicyStage } from '../policies/stages';
import { requestReschedule } from '../requests/reschedule-request';

/** Escalation level → its offset as first shipped (gaps read as offsets) and as DESIGN.md counts it. */
export const SHIPPED_OFFSETS: Record<number, { before: number; after: number }> = {
  2: { before: 3, after: 2 },
  3: { before: 8, after: 5 },
  4: { before: 18, after: 10 },
};

type Side = 'before' | 'after';

/** The ladder with every level still at its `from` offset moved to its `to` one; null when nothing moves or the order would break. */
export function moveShippedOffsets(stages: PolicyStage[], from: Side, to: Side): PolicyStage[] | null {
  let moved = false;
  const next = stages.map((s) => {
    const o = s.kind === 'ESCALATION' ? SHIPPED_OFFSETS[s.level] : undefined;
    if (!o || s.offsetWorkingDays !== o[from]) return s;
    moved = true;
    return { ...s, offsetWorkingDays: o[to] };
  });
  const levels = next.filter((s) => s.kind === 'ESCALATION').sort((a, b) => a.level - b.level);
  const ordered = levels.every((s, i) => i === 0 || s.offsetWorkingDays > levels[i - 1]!.offsetWorkingDays);
  return moved && ordered ? next.sort((a, b) => a.offsetWorkingDays - b.offsetWorkingDays) : null;
}

/**
 * Issue #13, item 8: the escalation levels were first shipped at 1, 3, 8 and 18 working days
 * overdue; DESIGN.md counts every level from the due date, at 1, 2, 5 and 10. A level still
 * at its shipped offset moves; one an admin set otherwise is the admin's choice and stays (so
 * does a ladder the move would put out of order). The workers then re-plan every open
 * deadline, asked through the outbox in the same transaction as the change.
 */
export class EscalationOffsets1764100000400 implements MigrationInterface {
  name = 'EscalationOffsets1764100000400';

  up(q: QueryRunner): Promise<void> {
    return this.move(q, 'before', 'after');
  }

  down(q: QueryRunner): Promise<void> {
    return this.move(q, 'after', 'before');
  }

  private async move(q: QueryRunner, from: Side, to: Side): Promise<void> {
    const rows: Array<{ item_kind: string; stages: PolicyStage[] }> = await q.query(
      `SELECT "item_kind", "stages" FROM "workflow"."escalation_policy" ORDER BY "item_kind" FOR UPDATE`,
    );
    let changed = 0;
    for (const row of rows) {
      const next = moveShippedOffsets(row.stages, from, to);
      if (!next) continue;
      await q.query(`UPDATE "workflow"."escalation_policy" SET "stages" = $2::jsonb, "updated_at" = now() WHERE "item_kind" = $1`, [
        row.item_kind,
        JSON.stringify(next),
      ]);
      changed++;
    }
    if (changed > 0) await requestReschedule(q.manager, { reason: 'POLICY' });
  }
}

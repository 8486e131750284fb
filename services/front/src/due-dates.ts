import { computeDeadlineFromReference, ruleRef, type DeadlineExplanation } from '@phoihop/core';
import type { DataSource } from 'typeorm';

/** The Front's tracked deadlines and the core rule each one follows. */
const RULE_KIND = {
  VOTER_PETITION: 'VOTER_PETITION_ANSWER',
  FRONT_RECOMMENDATION: 'FRONT_RECOMMENDATION_ANSWER',
} as const;
export type FrontDeadlineKind = keyof typeof RULE_KIND;

export interface DueDate {
  dueDate: string;
  /** Rule code and version, e.g. `VOTER_PETITION_ANSWER@1`. */
  rule: string;
  explanation: DeadlineExplanation;
}

/**
 * Due date of a tracked Front item whose clock starts on `startDate`, by the rule in force
 * and the official calendar. `latest` caps it: a voter petition must be answered before
 * the next regular session opens (Joint Resolution 72/2025).
 */
export async function computeDueDate(db: DataSource, kind: FrontDeadlineKind, startDate: string, latest?: string | null): Promise<DueDate> {
  const result = await computeDeadlineFromReference(db, { kind: RULE_KIND[kind], start: startDate, cap: latest ?? null });
  // Front items are never suspended, so a due date is always there.
  return { dueDate: result.due!, rule: ruleRef(result), explanation: result.explanation };
}

import { computeDeadline, referenceData, type DeadlineInput, type DeadlineResult } from '@phoihop/core';
import type { DataSource } from 'typeorm';

/**
 * The one place the committee computes a due date: the rule in force on the clock start and
 * the official calendar, both from the reference data (cached per DataSource).
 */
export async function computeDue(db: DataSource, input: DeadlineInput): Promise<DeadlineResult> {
  const [rules, calendar] = await Promise.all([referenceData.loadRules(db), referenceData.loadCalendar(db)]);
  return computeDeadline(input, rules, calendar);
}

/** `CODE@version`, the form stored on the item and sent on the outbox. */
export const ruleRef = (r: DeadlineResult): string => `${r.rule.code}@${r.rule.version}`;

/** The Vietnamese one-sentence explanation stored with the item. */
export const explanationSummary = (stored: unknown): string =>
  (stored as { summary?: string } | null)?.summary ?? '';

import type { DataSource } from 'typeorm';
import { referenceData } from '../reference/reference-data';
import { computeDeadline, type DeadlineInput, type DeadlineResult } from './compute';

/**
 * The one way a service computes a due date: the rule in force on the clock start and the
 * calendar as admins edit them, both read from the `reference` schema (cached).
 */
export async function computeDeadlineFromReference(db: DataSource, input: DeadlineInput): Promise<DeadlineResult> {
  const [rules, calendar] = await Promise.all([referenceData.loadRules(db), referenceData.loadCalendar(db)]);
  return computeDeadline(input, rules, calendar);
}

/** `CODE@version`, the form stored on an item and sent on the outbox. */
export const ruleRef = (result: Pick<DeadlineResult, 'rule'>): string => `${result.rule.code}@${result.rule.version}`;

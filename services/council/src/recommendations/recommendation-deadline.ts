import { recordDeadlineChange } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import type { Recommendation } from './recommendation.entity';

type RuleRef = string | { code: string; version: number } | undefined;

/** The rule a recommendation's due date was computed with, as its stored explanation names it. */
export const storedRule = (r: Recommendation): RuleRef => (r.dueExplanation as { rule?: { code: string; version: number } } | null)?.rule;

/**
 * The RECOMMENDATION deadline as the ledger knows it: due date, the department that owes
 * the work (the first one named) and the text notifications quote. Written in the caller's
 * transaction whenever any of them changes.
 */
export function recordRecommendationDeadline(m: EntityManager, r: Recommendation, rule: RuleRef): Promise<void> {
  const open = r.status === 'OPEN';
  return recordDeadlineChange(m, {
    itemKind: 'RECOMMENDATION',
    itemId: r.id,
    jurisdictionId: r.jurisdictionId,
    state: open ? 'OPEN' : 'CLEARED',
    dueDate: open ? r.dueDate : null,
    startDate: r.issuedOn,
    rule: typeof rule === 'string' ? rule : rule ? `${rule.code}@${rule.version}` : 'RECOMMENDATION_FOLLOW_UP@1',
    explanation: r.dueExplanation,
    title: `Kiến nghị sau giám sát: ${r.content.length > 120 ? `${r.content.slice(0, 117)}…` : r.content}`,
    assignee: { body: r.addressedTo, departmentId: r.departmentIds[0] ?? null },
    raisedBy: 'COUNCIL',
    field: r.field,
  });
}

import type { IsoDate } from '../calendar/dates';
import type { ComplaintRound, Complexity, DeadlineItemKind, DeadlineRule, DeadlineVariant } from './rules';

const COMPLEXITY_RANK: Record<Complexity, number> = { NORMAL: 0, COMPLEX: 1, ESPECIALLY_COMPLEX: 2 };

/** A decision may declare a case more complex than it was, never less. */
export function raisesComplexity(from: Complexity, to: Complexity): boolean {
  return COMPLEXITY_RANK[to] > COMPLEXITY_RANK[from];
}

/** The rule for a kind in force on a date (the case's clock start); the latest version wins a tie. */
export function ruleInForce(rules: readonly DeadlineRule[], kind: DeadlineItemKind, on: IsoDate): DeadlineRule | undefined {
  return rules
    .filter((r) => r.itemKind === kind && r.effectiveFrom <= on && (r.effectiveTo === null || on <= r.effectiveTo))
    .sort((a, b) => (a.effectiveFrom !== b.effectiveFrom ? (a.effectiveFrom < b.effectiveFrom ? 1 : -1) : b.version - a.version))[0];
}

export interface VariantCase {
  complexity: Complexity;
  remoteArea: boolean;
  round: ComplaintRound;
  severalPlaces: boolean;
}

/** The most specific variant matching the case (more criteria, then higher complexity), if any. */
export function matchVariant(rule: DeadlineRule, c: VariantCase): DeadlineVariant | undefined {
  const matches = (v: DeadlineVariant) =>
    (v.complexity === undefined || COMPLEXITY_RANK[c.complexity] >= COMPLEXITY_RANK[v.complexity]) &&
    (v.remoteArea === undefined || v.remoteArea === c.remoteArea) &&
    (v.round === undefined || v.round === c.round) &&
    (v.severalPlaces === undefined || v.severalPlaces === c.severalPlaces);
  const criteria = (v: DeadlineVariant) =>
    [v.complexity, v.remoteArea, v.round, v.severalPlaces].filter((x) => x !== undefined).length;
  const rank = (v: DeadlineVariant) => (v.complexity ? COMPLEXITY_RANK[v.complexity] : 0);
  return rule.variants
    .filter(matches)
    .sort((a, b) => criteria(b) - criteria(a) || rank(b) - rank(a))[0];
}

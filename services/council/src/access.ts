import { ROLES, VISIBILITY, type Access, type EntityRule, type ItemRule, type Role } from '@phoihop/core';
import type { WhereExpressionBuilder } from 'typeorm';
import type { CoordinationPlan } from './plans/coordination-plan.entity';
import type { JointMeeting } from './joint-meetings/joint-meeting.entity';
import type { QuestioningCommitment } from './questioning/questioning-commitment.entity';
import { Recommendation } from './recommendations/recommendation.entity';
import type { Resolution } from './resolutions/resolution.entity';
import type { Session } from './sessions/session.entity';
import { Supervision } from './supervisions/supervision.entity';

/** Who writes council records: the Standing Committee (ADMIN is always included). */
export const COUNCIL_WRITERS: Role[] = ['COUNCIL_STANDING'];

/** Roles that see a jurisdiction's supervision work whole. */
const OVERSIGHT_READERS: Role[] = ['COUNCIL_STANDING', 'DELEGATE', 'COMMITTEE_LEADER', 'FRONT_STANDING', 'INSPECTOR'];

/** Roles that see internal coordination records (joint meetings, plans) of their jurisdiction. */
const COORDINATION_READERS: Role[] = [...OVERSIGHT_READERS, 'FRONT_STAFF', 'DEPARTMENT_STAFF'];

/** The council's directory (terms, delegates, committees): every signed-in user reads it, the Standing Committee keeps it. */
export const directoryRule: ItemRule<{ jurisdictionId: string }> = { readers: ROLES, writers: COUNCIL_WRITERS, scope: (d) => ({ jurisdictionId: d.jurisdictionId }) };

/** Published records (session schedules, resolutions): anyone reads them, anonymous callers too; the Standing Committee writes them. */
export const publishedRule: ItemRule<Pick<Session | Resolution, 'jurisdictionId'>> = { readers: ROLES, writers: COUNCIL_WRITERS, scope: (r) => ({ jurisdictionId: r.jurisdictionId }) };

/** Supervisions: the oversight roles of the jurisdiction, and the staff of a targeted department. */
export const supervisionRule: EntityRule<Supervision, Pick<Supervision, 'jurisdictionId' | 'targetDepartmentIds'>> = {
  entity: Supervision,
  readers: [...OVERSIGHT_READERS, 'DEPARTMENT_STAFF'],
  writers: COUNCIL_WRITERS,
  scope: (s) => ({ jurisdictionId: s.jurisdictionId, departmentIds: s.targetDepartmentIds }),
};

/** Recommendations: the oversight roles of the jurisdiction, and the staff of a department they name. */
export const recommendationRule: EntityRule<Recommendation, Pick<Recommendation, 'jurisdictionId' | 'departmentIds'>> = {
  entity: Recommendation,
  // Core's visibility rule of the kind, which the deadline ledger applies too.
  readers: VISIBILITY.RECOMMENDATION.readers,
  writers: COUNCIL_WRITERS,
  scope: (r) => ({ jurisdictionId: r.jurisdictionId, departmentIds: r.departmentIds }),
};

/**
 * Questioning and explanation sessions and their questions: the jurisdiction's oversight roles
 * and its staff (the sessions are held in public); the Standing Committee records them.
 */
export const questioningRule: ItemRule<{ jurisdictionId: string }> = {
  readers: COORDINATION_READERS,
  writers: COUNCIL_WRITERS,
  scope: (q) => ({ jurisdictionId: q.jurisdictionId }),
};

/** Asking a question: the Standing Committee, or a delegate for a question they asked (checked by the service). */
export const questionRule: ItemRule<{ jurisdictionId: string }> = { ...questioningRule, writers: [...COUNCIL_WRITERS, 'DELEGATE'] };

/** Questioning commitments: core's visibility rule of the kind (staff see their department's); the Standing Committee writes them. */
export const commitmentRule: ItemRule<Pick<QuestioningCommitment, 'jurisdictionId' | 'departmentId'>> = {
  readers: VISIBILITY.QUESTIONING_COMMITMENT.readers,
  writers: COUNCIL_WRITERS,
  scope: (c) => ({ jurisdictionId: c.jurisdictionId, departmentId: c.departmentId }),
};

/** Joint meetings and coordination plans: internal coordination records of the jurisdiction. */
export const coordinationRule: ItemRule<Pick<JointMeeting | CoordinationPlan, 'jurisdictionId'>> = {
  readers: COORDINATION_READERS,
  writers: COUNCIL_WRITERS,
  scope: (r) => ({ jurisdictionId: r.jurisdictionId }),
};

/**
 * Restricts a list to a rule whose items name departments in a uuid[] column: the readers'
 * jurisdictions, and for department staff the rows naming their department.
 */
export function inScope<Q extends WhereExpressionBuilder>(
  qb: Q,
  access: Access,
  rule: Pick<ItemRule<unknown>, 'readers'>,
  columns: { jurisdiction: string; departments: string },
): Q {
  access.requireSignedIn();
  return access.restrict(qb, rule.readers, { jurisdiction: columns.jurisdiction, department: (p) => `CAST(${p} AS uuid) = ANY(${columns.departments})` });
}

import { FOLLOWED_SOURCES, GLOBAL_ROLES, VISIBILITY, type Access, type EntityRule, type ItemRule, type Role, type RoleGrant } from '@phoihop/core';
import type { WhereExpressionBuilder } from 'typeorm';
import { CitizenCase } from './cases/citizen-case.entity';
import { Assignment } from './directives/assignment.entity';
import { Directive, type FollowUpSourceType } from './directives/directive.entity';
import type { ReceptionHost } from './reception/reception-day.entity';

/**
 * Who reads and who changes each kind of item of the committee, and where an item lives: one
 * rule per item kind, used alike by root fields, lists, nested fields, `__resolveReference`
 * and the command path.
 */

/** The jurisdiction tree and the directory as admins keep them. */
export const ADMIN_RULE: ItemRule<unknown> = { readers: ['ADMIN'], writers: ['ADMIN'], scope: () => ({}) };

/** Reception days: a public schedule, kept by the jurisdiction's leaders and inspectors. */
export const RECEPTION_RULE: ItemRule<{ jurisdictionId: string }> = {
  readers: [],
  writers: ['COMMITTEE_LEADER', 'INSPECTOR'],
  scope: (r) => ({ jurisdictionId: r.jurisdictionId }),
};

/**
 * Who records a reception day, by the body hosting it: the council Standing Committee records
 * its own days (Law 136/2025), the committee its chair's, either of them a joint one.
 */
export const RECEPTION_HOST_WRITERS: Record<ReceptionHost, readonly Role[]> = {
  COMMITTEE_CHAIR: RECEPTION_RULE.writers,
  COUNCIL_STANDING: ['COUNCIL_STANDING'],
  JOINT: [...RECEPTION_RULE.writers, 'COUNCIL_STANDING'],
};

/**
 * The book of reception visits (sổ tiếp công dân): names of citizens, so not public; kept and
 * read by those who receive citizens in the jurisdiction — the committee's leaders and
 * inspectors, and the council Standing Committee at its own reception days.
 */
export const RECEPTION_VISIT_RULE: ItemRule<{ jurisdictionId: string }> = {
  readers: ['COMMITTEE_LEADER', 'INSPECTOR', 'COUNCIL_STANDING'],
  writers: ['COMMITTEE_LEADER', 'INSPECTOR', 'COUNCIL_STANDING'],
  scope: (r) => ({ jurisdictionId: r.jurisdictionId }),
};

/**
 * Cases: leaders of the jurisdiction; inspectors and staff of the handling department. The
 * readers are core's visibility rule of the case kinds (the same for complaints, denunciations
 * and petitions), which the deadline ledger and the inbox apply too.
 */
const CASE_HANDLERS = VISIBILITY.DENUNCIATION.readers;

export const CASE_RULE: EntityRule<CitizenCase, Pick<CitizenCase, 'jurisdictionId' | 'handlingDepartmentId'>> = {
  entity: CitizenCase,
  readers: CASE_HANDLERS,
  writers: CASE_HANDLERS,
  scope: (c) => ({ jurisdictionId: c.jurisdictionId, departmentId: c.handlingDepartmentId }),
};

/** Handing a case over: leaders of the jurisdiction, inspectors of the department handling it now. */
export const CASE_TRANSFER_RULE: typeof CASE_RULE = { ...CASE_RULE, writers: ['COMMITTEE_LEADER', 'INSPECTOR'] };

/** The list columns of a case row aliased `c`. */
export const CASE_COLUMNS = { jurisdiction: 'c.jurisdiction_id', department: 'c.handling_department_id' };

/**
 * Who reads directives and assignments: the committee, its departments and inspectorate (their
 * own department's work only), and the bodies that follow up what they raised.
 */
export const FOLLOW_UP_READERS = VISIBILITY.ASSIGNMENT.readers;

/** What the council and the Front follow up: what their body raised (core's visibility rule). */
const RAISED_BY: Partial<Record<Role, readonly FollowUpSourceType[]>> = FOLLOWED_SOURCES;

const sourcesOf = (g: RoleGrant): readonly FollowUpSourceType[] | null => RAISED_BY[g.role] ?? null;

export interface FollowUpRow {
  jurisdictionId: string;
  sourceType: FollowUpSourceType;
  /** The department the row belongs to for department-scoped readers; undefined: not department-bound. */
  departmentId?: string | null;
}

/** Whether the reader may see a directive or assignment (the row-level twin of restrictFollowUp). */
export function canReadFollowUp(access: Access, row: FollowUpRow): boolean {
  return access
    .grants(FOLLOW_UP_READERS, { jurisdictionId: row.jurisdictionId, departmentId: row.departmentId })
    .some((g) => GLOBAL_ROLES.includes(g.role) || (sourcesOf(g)?.includes(row.sourceType) ?? true));
}

export interface FollowUpColumns {
  jurisdiction: string;
  sourceType: string;
  /** The condition a department-scoped grant adds, around the parameter name. */
  department: (param: string) => string;
}

/** Restricts a directive or assignment query to what the reader's grants cover, grant by grant. */
export function restrictFollowUp(qb: WhereExpressionBuilder, access: Access, cols: FollowUpColumns): void {
  access.restrict(
    qb,
    FOLLOW_UP_READERS,
    { jurisdiction: cols.jurisdiction, department: cols.department },
    {
      name: 'fu',
      narrow: (g, param) => {
        const sources = sourcesOf(g);
        return sources ? { sql: `${cols.sourceType} IN (:...${param})`, params: { [param]: sources } } : null;
      },
    },
  );
}

/** Directives: issued (and corrected) by the committee's leaders; read as follow-up (see canReadFollowUp). */
export const DIRECTIVE_RULE: EntityRule<Directive, Pick<Directive, 'jurisdictionId'>> = {
  entity: Directive,
  readers: FOLLOW_UP_READERS,
  writers: ['COMMITTEE_LEADER'],
  scope: (d) => ({ jurisdictionId: d.jurisdictionId }),
};

/** Assignments: reported on by their department or the committee's leaders; read as follow-up. */
export const ASSIGNMENT_RULE: EntityRule<Assignment, Pick<Assignment, 'jurisdictionId' | 'departmentId'>> = {
  entity: Assignment,
  readers: FOLLOW_UP_READERS,
  writers: ['COMMITTEE_LEADER', 'DEPARTMENT_STAFF'],
  scope: (a) => ({ jurisdictionId: a.jurisdictionId, departmentId: a.departmentId }),
};

/** Corrections to work in progress are the committee leaders' call, as the directive itself was. */
export const ASSIGNMENT_CORRECTION_RULE: EntityRule<Assignment, Pick<Assignment, 'jurisdictionId'>> = { ...DIRECTIVE_RULE, entity: Assignment };

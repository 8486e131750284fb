import type { Access, Role, RoleGrant } from '@phoihop/core';
import type { WhereExpressionBuilder } from 'typeorm';
import type { FollowUpSourceType } from './directive.entity';

/**
 * Who reads directives and assignments: the committee, its departments and inspectorate (their
 * own department's work only), and the bodies that follow up what they raised.
 */
export const FOLLOW_UP_READERS: Role[] = ['COMMITTEE_LEADER', 'DEPARTMENT_STAFF', 'INSPECTOR', 'COUNCIL_STANDING', 'FRONT_STANDING'];

/**
 * What the council and the Front follow up: what their body raised. Voter petitions come from
 * the delegates' voter-contact meetings the Front organises, so both follow them. Work on a
 * citizen case (a denunciation above all) is the committee's alone.
 */
const RAISED_BY: Partial<Record<Role, readonly FollowUpSourceType[]>> = {
  COUNCIL_STANDING: ['RECOMMENDATION', 'VOTER_PETITION'],
  FRONT_STANDING: ['VOTER_PETITION', 'FRONT_RECOMMENDATION'],
};

const GLOBAL: Role[] = ['ADMIN', 'SERVICE'];
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
    .some((g) => GLOBAL.includes(g.role) || (sourcesOf(g)?.includes(row.sourceType) ?? true));
}

export interface FollowUpColumns {
  jurisdiction: string;
  sourceType: string;
  /** The condition a department-scoped grant adds, around the parameter name. */
  department: (param: string) => string;
}

/** Restricts a directive or assignment query to what the reader's grants cover, grant by grant. */
export function restrictFollowUp(qb: WhereExpressionBuilder, access: Access, cols: FollowUpColumns): void {
  const scope = access.scopeClause(
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
  if (scope) qb.andWhere(scope.sql, scope.params);
}

import type { Access, ItemRule, Role } from '@phoihop/core';
import type { WhereExpressionBuilder } from 'typeorm';
import type { CitizenCase } from './cases/citizen-case.entity';

/**
 * Who reads and who changes each kind of item of the committee, and where an item lives: one
 * rule per item kind, used alike by root fields, lists, nested fields, `__resolveReference`
 * and the command path.
 */

/** Cases: leaders of the jurisdiction; inspectors and staff of the handling department. */
const CASE_HANDLERS: Role[] = ['COMMITTEE_LEADER', 'INSPECTOR', 'DEPARTMENT_STAFF'];

export const CASE_RULE: ItemRule<Pick<CitizenCase, 'jurisdictionId' | 'handlingDepartmentId'>> = {
  readers: CASE_HANDLERS,
  writers: CASE_HANDLERS,
  scope: (c) => ({ jurisdictionId: c.jurisdictionId, departmentId: c.handlingDepartmentId }),
};

/** Handing a case over: leaders of the jurisdiction, inspectors of the department handling it now. */
export const CASE_TRANSFER_RULE: typeof CASE_RULE = { ...CASE_RULE, writers: ['COMMITTEE_LEADER', 'INSPECTOR'] };

/** The list columns of a case row aliased `c`. */
export const CASE_COLUMNS = { jurisdiction: 'c.jurisdiction_id', department: 'c.handling_department_id' };

/** Columns that place a row in a jurisdiction and (optionally) a department. */
export interface ScopeColumns {
  jurisdiction: string;
  /** A column, or an SQL condition built around the parameter name (e.g. an EXISTS). */
  department?: string | ((param: string) => string);
}

/**
 * Restricts a list query to what the user's grants cover, grant by grant: a leader sees the
 * jurisdiction, department staff their own department, ADMIN and SERVICE everything. The same
 * decision as `access.has(roles, scope)` for a single row, written as SQL (core's scopeClause).
 */
export function restrictToGrants(qb: WhereExpressionBuilder, access: Access, roles: readonly Role[], cols: ScopeColumns): void {
  const scope = access.scopeClause(roles, cols);
  if (scope) qb.andWhere(scope.sql, scope.params);
}

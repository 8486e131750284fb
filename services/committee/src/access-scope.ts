import type { Access, Role, Scope } from '@phoihop/core';
import type { WhereExpressionBuilder } from 'typeorm';

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

/** Whether a row at this scope is visible under the roles (no SQL). */
export const canSee = (access: Access, roles: readonly Role[], scope: Scope): boolean => access.has(roles, scope);

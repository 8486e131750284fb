import type { Access, Role, Scope } from '@phoihop/core';
import { Brackets, type WhereExpressionBuilder } from 'typeorm';

/** Columns that place a row in a jurisdiction and (optionally) a department. */
export interface ScopeColumns {
  jurisdiction: string;
  /** A column, or an SQL condition built around the parameter name (e.g. an EXISTS). */
  department?: string | ((param: string) => string);
}

/**
 * Restricts a list query to what the user's grants cover, grant by grant: a leader sees the
 * jurisdiction, department staff their own department, ADMIN and SERVICE everything. The same
 * decision as `access.has(roles, scope)` for a single row, written as SQL.
 */
export function restrictToGrants(qb: WhereExpressionBuilder, access: Access, roles: readonly Role[], cols: ScopeColumns): void {
  const grants = access.grants(roles);
  if (grants.some((g) => g.role === 'ADMIN' || g.role === 'SERVICE')) return;
  if (grants.length === 0) {
    qb.andWhere('FALSE');
    return;
  }
  qb.andWhere(
    new Brackets((or) => {
      grants.forEach((g, i) => {
        const params: Record<string, unknown> = { [`scopeJ${i}`]: g.jurisdictionId ?? null };
        let sql = `${cols.jurisdiction} = :scopeJ${i}`;
        if (g.departmentId && cols.department) {
          const d = cols.department;
          sql += ` AND ${typeof d === 'string' ? `${d} = :scopeD${i}` : d(`:scopeD${i}`)}`;
          params[`scopeD${i}`] = g.departmentId;
        }
        or.orWhere(`(${sql})`, params);
      });
    }),
  );
}

/** Whether a row at this scope is visible under the roles (no SQL). */
export const canSee = (access: Access, roles: readonly Role[], scope: Scope): boolean => access.has(roles, scope);

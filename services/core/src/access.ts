import type { EntityTarget, ObjectLiteral, WhereExpressionBuilder } from 'typeorm';
import type { Role, RoleGrant, UserContext } from './auth';
import { forbidden, unauthenticated } from './errors';

/** Where a record lives, for scoping a grant. */
export interface Scope {
  jurisdictionId?: string | null;
  departmentId?: string | null;
  /** For a record that names several departments: a department-scoped grant covers it when its department is one of them. */
  departmentIds?: readonly string[];
}

/** Roles every grant check lets through, whatever the scope. */
export const GLOBAL_ROLES: readonly Role[] = ['ADMIN', 'SERVICE'];

/** Columns that place a listed row in a jurisdiction and (optionally) a department. */
export interface ScopeColumns {
  jurisdiction: string;
  /** A column, or an SQL condition built around the parameter name (e.g. an EXISTS). */
  department?: string | ((param: string) => string);
}

/** `name` prefixes the clause's parameters; `narrow` adds a grant's own condition to its branch. */
export interface ScopeOptions {
  name?: string;
  narrow?: (grant: RoleGrant, param: string) => { sql: string; params: Record<string, unknown> } | null;
}

/**
 * Who may read and who may change one kind of item, and where an item lives: one object per
 * item kind, applied alike by root fields, lists (`listClause`), nested fields,
 * `__resolveReference` and the command path.
 */
export interface ItemRule<E> {
  readers: readonly Role[];
  writers: readonly Role[];
  scope(item: E): Scope;
}

/**
 * The rule of one entity's rows (`S`: what its scope reads of a row), carrying the entity, so
 * the command path needs nothing else to lock a row and check its writers.
 */
export interface EntityRule<E extends ObjectLiteral, S = E> extends ItemRule<S> {
  entity: EntityTarget<E>;
}

function grantCovers(grant: RoleGrant, scope: Scope): boolean {
  if (GLOBAL_ROLES.includes(grant.role)) return true;
  if (scope.jurisdictionId && grant.jurisdictionId !== scope.jurisdictionId) return false;
  // A department-scoped grant sees its own department's records only.
  if (grant.departmentId && scope.departmentId !== undefined && grant.departmentId !== scope.departmentId) return false;
  if (grant.departmentId && scope.departmentIds !== undefined && !scope.departmentIds.includes(grant.departmentId)) return false;
  return true;
}

/**
 * Authorization decisions, taken in the service layer for root fields, nested fields and
 * `__resolveReference` alike. `null` user is the anonymous PUBLIC role.
 */
export class Access {
  constructor(readonly user: UserContext | null) {}

  get isAuthenticated(): boolean {
    return this.user !== null;
  }

  /** Grants of the given roles (ADMIN and SERVICE always included) that cover the scope. */
  grants(roles: readonly Role[], scope: Scope = {}): RoleGrant[] {
    if (!this.user) return [];
    return this.user.grants.filter((g) => (roles.includes(g.role) || GLOBAL_ROLES.includes(g.role)) && grantCovers(g, scope));
  }

  has(roles: readonly Role[], scope: Scope = {}): boolean {
    return this.grants(roles, scope).length > 0;
  }

  /** Any signed-in user (directory data that is not published to the public). */
  requireSignedIn(): UserContext {
    if (!this.user) throw unauthenticated();
    return this.user;
  }

  /** Throws UNAUTHENTICATED for anonymous users, FORBIDDEN for the wrong role or scope. */
  require(roles: readonly Role[], scope: Scope = {}): RoleGrant[] {
    if (!this.user) throw unauthenticated();
    const grants = this.grants(roles, scope);
    if (grants.length === 0) throw forbidden();
    return grants;
  }

  /** May the user read this item under its rule? */
  canRead<E>(rule: ItemRule<E>, item: E): boolean {
    return this.has(rule.readers, rule.scope(item));
  }

  /** UNAUTHENTICATED / FORBIDDEN unless the user may read the item. */
  requireRead<E>(rule: ItemRule<E>, item: E): RoleGrant[] {
    return this.require(rule.readers, rule.scope(item));
  }

  /** UNAUTHENTICATED / FORBIDDEN unless the user may change the item. */
  requireWrite<E>(rule: ItemRule<E>, item: E): RoleGrant[] {
    return this.require(rule.writers, rule.scope(item));
  }

  /** A row a root field reads by id: UNAUTHENTICATED for an anonymous caller even when there is none, FORBIDDEN outside the rule. */
  readable<E, T extends E>(rule: ItemRule<E>, item: T | null | undefined): T | null {
    if (!item) {
      this.requireSignedIn();
      return null;
    }
    this.requireRead(rule, item);
    return item;
  }

  /** Narrows a list query to the rows `scopeClause` lets the user read under the roles. */
  restrict<Q extends WhereExpressionBuilder>(qb: Q, roles: readonly Role[], columns: ScopeColumns, o?: ScopeOptions): Q {
    const clause = this.scopeClause(roles, columns, o);
    if (clause) qb.andWhere(clause.sql, clause.params);
    return qb;
  }

  /** Jurisdictions the user may read under the given roles; `null` means all. */
  jurisdictions(roles: readonly Role[]): string[] | null {
    if (!this.user) return [];
    const grants = this.grants(roles);
    if (grants.some((g) => GLOBAL_ROLES.includes(g.role))) return null;
    return [...new Set(grants.map((g) => g.jurisdictionId).filter((j): j is string => !!j))];
  }

  /** Departments a department-scoped user is limited to; `null` means not limited. */
  departments(roles: readonly Role[]): string[] | null {
    const grants = this.grants(roles);
    if (grants.length === 0) return [];
    if (grants.some((g) => !g.departmentId)) return null;
    return [...new Set(grants.map((g) => g.departmentId!))];
  }

  /**
   * The SQL condition of the rows the user may list under the given roles: one OR branch per
   * grant, the grant's jurisdiction AND (for a department-scoped grant) its department, so a
   * list shows exactly what `has()` allows row by row. `null` means every row (ADMIN,
   * SERVICE); no grant gives `FALSE`. `columns` are the query's column expressions; a
   * department may also be a condition built around the parameter name (an EXISTS over a
   * join table). `narrow` adds a grant's own condition to its branch (e.g. the kinds of
   * record a role follows).
   */
  scopeClause(roles: readonly Role[], columns: ScopeColumns, o: ScopeOptions = {}): { sql: string; params: Record<string, unknown> } | null {
    const name = o.name ?? 'scope';
    const grants = this.grants(roles);
    if (grants.some((g) => GLOBAL_ROLES.includes(g.role))) return null;
    const branches = new Map<string, string>();
    const params: Record<string, unknown> = {};
    for (const g of grants) {
      if (!g.jurisdictionId) continue;
      const department = columns.department ? g.departmentId : undefined;
      const i = branches.size;
      const narrowed = o.narrow?.(g, `${name}N${i}`) ?? null;
      const key = `${g.jurisdictionId}/${department ?? '*'}/${narrowed?.sql ?? ''}/${JSON.stringify(narrowed?.params ?? {})}`;
      if (branches.has(key)) continue;
      params[`${name}J${i}`] = g.jurisdictionId;
      let sql = `${columns.jurisdiction} = :${name}J${i}`;
      if (department && columns.department) {
        const param = `${name}D${i}`;
        params[param] = department;
        sql += ` AND ${typeof columns.department === 'string' ? `${columns.department} = :${param}` : columns.department(`:${param}`)}`;
      }
      if (narrowed) {
        sql += ` AND ${narrowed.sql}`;
        Object.assign(params, narrowed.params);
      }
      branches.set(key, `(${sql})`);
    }
    if (branches.size === 0) return { sql: 'FALSE', params };
    return { sql: `(${[...branches.values()].join(' OR ')})`, params };
  }

}

import { GLOBAL_ROLES, type Access } from '../access';
import type { Role, RoleGrant } from '../auth';
import type { Body, TrackedItemKind } from '../deadline-events';

/**
 * Who may read an item of each tracked kind, defined once: the owners' item rules take their
 * readers from here, and the deadline ledger, its history and the inbox apply the same rule to
 * the rows they keep about the item (issue 11 item 1). A ledger row knows the item's kind,
 * jurisdiction, department and the body that raised it — exactly what this rule needs.
 */
export interface KindVisibility {
  readers: readonly Role[];
  /** A department-scoped grant sees only the items of its department (false: the jurisdiction's). */
  byDepartment: boolean;
  /**
   * Roles that follow up only what their own body raised (an assignment answering a council
   * recommendation): the bodies whose items they see. Absent: every item of the kind.
   */
  raisedBy?: Partial<Record<Role, readonly RaisedBy[]>>;
}

export type RaisedBy = Body | 'CITIZEN';

/** What a directive or assignment follows up (committee's FollowUpSourceType). */
export type FollowUpSource = 'RECOMMENDATION' | 'VOTER_PETITION' | 'FRONT_RECOMMENDATION' | 'CITIZEN_CASE';

/** The body that raised each follow-up source; the ledger stores it as `raised_by`. */
export const RAISED_BY_SOURCE: Record<FollowUpSource, RaisedBy> = {
  RECOMMENDATION: 'COUNCIL',
  VOTER_PETITION: 'FRONT',
  FRONT_RECOMMENDATION: 'FRONT',
  CITIZEN_CASE: 'CITIZEN',
};

/**
 * What the council and the Front follow up: what their body raised. Voter petitions come from
 * the delegates' voter-contact meetings the Front organises, so both follow them. Work on a
 * citizen case (a denunciation above all) is the committee's alone.
 */
export const FOLLOWED_SOURCES: Partial<Record<Role, readonly FollowUpSource[]>> = {
  COUNCIL_STANDING: ['RECOMMENDATION', 'VOTER_PETITION'],
  FRONT_STANDING: ['VOTER_PETITION', 'FRONT_RECOMMENDATION'],
};

/**
 * The bodies a follower sees in the ledger: those all of whose sources it follows. A ledger row
 * raised by the Front may answer a voter petition or a Front recommendation, so the council
 * (which follows the first only) sees neither there: never more than the owner shows.
 */
function followedBodies(sources: readonly FollowUpSource[]): RaisedBy[] {
  const bodies = [...new Set(Object.values(RAISED_BY_SOURCE))];
  const all = Object.entries(RAISED_BY_SOURCE) as Array<[FollowUpSource, RaisedBy]>;
  return bodies.filter((b) => all.filter(([, body]) => body === b).every(([s]) => sources.includes(s)));
}

/** Citizen cases: the jurisdiction's leaders, the inspectors and staff of the handling department. */
const CASE_READERS: readonly Role[] = ['COMMITTEE_LEADER', 'INSPECTOR', 'DEPARTMENT_STAFF'];
const CASE: KindVisibility = { readers: CASE_READERS, byDepartment: true };

/** The three bodies, and department staff for what was sent to their department. */
const ADDRESSED: KindVisibility = {
  readers: ['FRONT_STANDING', 'FRONT_STAFF', 'DELEGATE', 'COUNCIL_STANDING', 'COMMITTEE_LEADER', 'DEPARTMENT_STAFF'],
  byDepartment: true,
};

export const VISIBILITY: Record<TrackedItemKind, KindVisibility> = {
  COMPLAINT: CASE,
  DENUNCIATION: CASE,
  PETITION: CASE,
  /** The council's oversight roles; staff of a department the recommendation names. */
  RECOMMENDATION: { readers: ['COUNCIL_STANDING', 'DELEGATE', 'COMMITTEE_LEADER', 'FRONT_STANDING', 'INSPECTOR', 'DEPARTMENT_STAFF'], byDepartment: true },
  /** The committee and its departments (their own work), and the bodies following what they raised. */
  ASSIGNMENT: {
    readers: ['COMMITTEE_LEADER', 'DEPARTMENT_STAFF', 'INSPECTOR', 'COUNCIL_STANDING', 'FRONT_STANDING'],
    byDepartment: true,
    raisedBy: Object.fromEntries(Object.entries(FOLLOWED_SOURCES).map(([role, sources]) => [role, followedBodies(sources)])),
  },
  VOTER_PETITION: ADDRESSED,
  /** A session and its documents are published: every signed-in role of the jurisdiction. */
  SESSION_DOCUMENTS: { readers: ['COUNCIL_STANDING', 'DELEGATE', 'COMMITTEE_LEADER', 'DEPARTMENT_STAFF', 'INSPECTOR', 'FRONT_STANDING', 'FRONT_STAFF'], byDepartment: false },
  FRONT_RECOMMENDATION: ADDRESSED,
  /** Like a recommendation: the council's oversight roles; staff of the department that committed. */
  QUESTIONING_COMMITMENT: { readers: ['COUNCIL_STANDING', 'DELEGATE', 'COMMITTEE_LEADER', 'FRONT_STANDING', 'INSPECTOR', 'DEPARTMENT_STAFF'], byDepartment: true },
};

/** A ledger (or inbox) row about a tracked item. */
export interface TrackedRow {
  itemKind: TrackedItemKind;
  jurisdictionId: string;
  departmentId: string | null;
  raisedBy: RaisedBy;
}

/** May the user read the item this row is about? The row-level twin of `visibleClause`. */
export function canSeeTracked(access: Access, row: TrackedRow): boolean {
  const v = VISIBILITY[row.itemKind];
  const scope = { jurisdictionId: row.jurisdictionId, ...(v.byDepartment ? { departmentId: row.departmentId } : {}) };
  return access.grants(v.readers, scope).some((g) => GLOBAL_ROLES.includes(g.role) || (v.raisedBy?.[g.role]?.includes(row.raisedBy) ?? true));
}

/**
 * The SQL condition of the ledger rows the user may list: per kind, the kind's own grants
 * (core's scopeClause, narrowed by `raised_by` for followers); `null` means every row.
 */
export function visibleClause(
  access: Access,
  columns: { kind: string; jurisdiction: string; department: string; raisedBy: string },
): { sql: string; params: Record<string, unknown> } | null {
  const branches: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [i, [kind, v]] of (Object.entries(VISIBILITY) as Array<[TrackedItemKind, KindVisibility]>).entries()) {
    const narrow = (g: RoleGrant, param: string) => {
      const bodies = v.raisedBy?.[g.role];
      if (!bodies) return null;
      return bodies.length ? { sql: `${columns.raisedBy} IN (:...${param})`, params: { [param]: bodies } } : { sql: 'FALSE', params: {} };
    };
    const clause = access.scopeClause(v.readers, { jurisdiction: columns.jurisdiction, ...(v.byDepartment ? { department: columns.department } : {}) }, { name: `v${i}`, narrow });
    if (clause === null) return null;
    if (clause.sql === 'FALSE') continue;
    params[`v${i}Kind`] = kind;
    branches.push(`(${columns.kind} = :v${i}Kind AND ${clause.sql})`);
    Object.assign(params, clause.params);
  }
  return { sql: branches.length ? `(${branches.join(' OR ')})` : 'FALSE', params };
}

/**
 * A named-parameter clause (TypeORM's `:name`, `:...list`) as positional SQL for a plain pg
 * query, its parameters numbered from `first`: for readers outside TypeORM (the SSE inbox).
 */
export function positionalClause(clause: { sql: string; params: Record<string, unknown> }, first: number): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const next = (name: string) => {
    values.push(clause.params[name]);
    return `$${first + values.length - 1}`;
  };
  // Single values first: the array form below writes a `::text[]` cast the first pattern would take for a name.
  const sql = clause.sql.replace(/(?<!:):(\w+)/g, (_, n: string) => next(n)).replace(/IN \(:\.\.\.(\w+)\)/g, (_, n: string) => `= ANY(${next(n)}::text[])`);
  return { sql, values };
}

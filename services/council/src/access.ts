import type { Access, Role } from '@phoihop/core';
import { Brackets, type WhereExpressionBuilder } from 'typeorm';

/** Who writes council records: the Standing Committee (ADMIN is always included). */
export const COUNCIL_WRITERS: Role[] = ['COUNCIL_STANDING'];

/** Roles that see a jurisdiction's supervision work whole. */
export const OVERSIGHT_READERS: Role[] = ['COUNCIL_STANDING', 'DELEGATE', 'COMMITTEE_LEADER', 'FRONT_STANDING', 'INSPECTOR'];

/** Roles that see internal coordination records (joint meetings, plans) of their jurisdiction. */
export const COORDINATION_READERS: Role[] = [...OVERSIGHT_READERS, 'FRONT_STAFF', 'DEPARTMENT_STAFF'];

/**
 * What a user may see of supervisions and recommendations: whole jurisdictions for the
 * oversight roles, and only the records naming their department for department staff.
 */
export class OversightScope {
  /** null: every jurisdiction. */
  readonly jurisdictions: string[] | null;
  readonly departments: string[];

  constructor(access: Access) {
    access.requireSignedIn();
    this.jurisdictions = access.jurisdictions(OVERSIGHT_READERS);
    this.departments = access
      .grants(['DEPARTMENT_STAFF'])
      .filter((g) => g.role === 'DEPARTMENT_STAFF' && g.departmentId)
      .map((g) => g.departmentId!);
  }

  canSee(jurisdictionId: string, departmentIds: readonly string[]): boolean {
    if (this.jurisdictions === null || this.jurisdictions.includes(jurisdictionId)) return true;
    return departmentIds.some((d) => this.departments.includes(d));
  }

  /** Restricts a query to what the user may see; `departmentsColumn` is a uuid[] column. */
  apply(qb: WhereExpressionBuilder, jurisdictionColumn: string, departmentsColumn: string): void {
    if (this.jurisdictions === null) return;
    const { jurisdictions, departments } = this;
    qb.andWhere(
      new Brackets((b) =>
        b
          .where(`${jurisdictionColumn} = ANY(:scopeJurisdictions)`, { scopeJurisdictions: jurisdictions })
          .orWhere(`${departmentsColumn} && CAST(:scopeDepartments AS uuid[])`, { scopeDepartments: departments }),
      ),
    );
  }
}

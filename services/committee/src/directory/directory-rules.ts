import type { EntityManager } from 'typeorm';
import type { DepartmentKind } from './department.entity';
import type { FieldOfResponsibility } from '../generated/graphql';
import type { OfficialPosition } from './official.entity';

/** Chức danh written on documents when none is given. */
export const DEFAULT_TITLE: Record<OfficialPosition, string> = {
  CHAIR: 'Chủ tịch UBND',
  VICE_CHAIR: 'Phó Chủ tịch UBND',
  DEPARTMENT_HEAD: 'Trưởng phòng',
  DEPUTY_HEAD: 'Phó Trưởng phòng',
  STAFF: 'Chuyên viên',
  INSPECTOR: 'Thanh tra viên',
};

/** The head's and the deputy's titles by kind of department. */
export const HEAD_TITLES: Record<DepartmentKind, { head: string; deputy: string }> = {
  SPECIALISED_OFFICE: { head: 'Trưởng phòng', deputy: 'Phó Trưởng phòng' },
  COMMUNE: { head: 'Chủ tịch UBND xã', deputy: 'Phó Chủ tịch UBND xã' },
  PUBLIC_SERVICE_UNIT: { head: 'Giám đốc', deputy: 'Phó Giám đốc' },
  INSPECTORATE: { head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra' },
};

/** A portfolio: each field of responsibility once, in the order given (GraphQL has checked the codes). */
export const portfolio = (values: readonly FieldOfResponsibility[] | null | undefined): FieldOfResponsibility[] => [...new Set(values ?? [])];

/** Open assignments and open cases of a department: it cannot be dissolved while any remain. */
export async function openWorkOf(m: EntityManager, departmentId: string): Promise<{ assignments: number; cases: number }> {
  const [row] = await m.query(
    `SELECT (SELECT count(*)::int FROM "committee"."assignment" WHERE department_id = $1 AND status IN ('OPEN', 'IN_PROGRESS')) AS assignments,
            (SELECT count(*)::int FROM "committee"."citizen_case" WHERE handling_department_id = $1 AND status IN ('RECEIVED', 'ACCEPTED', 'SUSPENDED')) AS cases`,
    [departmentId],
  );
  return row;
}

/** A department's first field of responsibility: an assignment's field when none is given. */
export const defaultField = (departmentFields: readonly FieldOfResponsibility[]): FieldOfResponsibility | null => departmentFields[0] ?? null;

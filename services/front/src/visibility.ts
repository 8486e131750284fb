import type { Access } from '@phoihop/core';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { DEPARTMENT, FRONT_READERS } from './access';

/**
 * Items sent to a department (voter petitions, Front recommendations): the three bodies read
 * their jurisdiction's; department staff read only what was sent to their department.
 */
export function canReadAddressed(access: Access, jurisdictionId: string, departmentId: string | null): boolean {
  return access.has(FRONT_READERS, { jurisdictionId }) || access.has(DEPARTMENT, { jurisdictionId, departmentId });
}

/** {@link canReadAddressed} as SQL on `alias` (columns jurisdiction_id, recipient_department_id). */
export function addressedVisibleOnly<T extends ObjectLiteral>(access: Access, qb: SelectQueryBuilder<T>, alias: string): void {
  const readers = access.jurisdictions(FRONT_READERS);
  if (readers === null) return;
  const departments = access.grants(DEPARTMENT).filter((g) => g.role === 'DEPARTMENT_STAFF');
  qb.andWhere(
    new Brackets((b) => {
      b.where(`${alias}.jurisdiction_id = ANY(:readers)`, { readers });
      departments.forEach((g, i) => {
        b.orWhere(`(${alias}.jurisdiction_id = :gj${i} AND (:gd${i}::uuid IS NULL OR ${alias}.recipient_department_id = :gd${i}))`, {
          [`gj${i}`]: g.jurisdictionId,
          [`gd${i}`]: g.departmentId ?? null,
        });
      });
    }),
  );
}

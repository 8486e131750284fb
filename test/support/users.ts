import type { Role, UserContext } from '@phoihop/core';

/** A test user holding one role, scoped as given. */
export function userWith(role: Role, scope: { jurisdictionId?: string; departmentId?: string } = {}, extra: Partial<UserContext> = {}): UserContext {
  return {
    userId: `test-${role.toLowerCase()}-${scope.jurisdictionId ?? 'all'}-${scope.departmentId ?? 'all'}`,
    name: `Người dùng thử ${role}`,
    grants: [{ role, ...scope }],
    ...extra,
  };
}

export const admin = (): UserContext => userWith('ADMIN');

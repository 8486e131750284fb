import type { Access, Body, Role } from '@phoihop/core';
import type { RecipientType } from './notification.entity';

export interface Recipient {
  type: RecipientType;
  id: string;
  name?: string | null;
}

/** The roles that stand for a body in a jurisdiction, and so receive its notifications. */
const BODY_ROLES: Partial<Record<Role, string>> = {
  COUNCIL_STANDING: 'COUNCIL_STANDING',
  FRONT_STANDING: 'FRONT_STANDING',
  COMMITTEE_LEADER: 'COMMITTEE_LEADER',
};

/** A body's inbox id: `COUNCIL_STANDING:<jurisdictionId>`. */
export function bodyRecipient(body: Body | 'CITIZEN', jurisdictionId: string): Recipient {
  const role = body === 'COUNCIL' ? 'COUNCIL_STANDING' : body === 'FRONT' ? 'FRONT_STANDING' : 'COMMITTEE_LEADER';
  return { type: 'BODY', id: `${role}:${jurisdictionId}` };
}

/** Every inbox address the signed-in user reads: their official id, departments and bodies. */
export function addressesOf(access: Access): Recipient[] {
  const user = access.user;
  if (!user) return [];
  const out: Recipient[] = [];
  if (user.officialId) out.push({ type: 'OFFICIAL', id: user.officialId });
  for (const g of user.grants) {
    if (g.departmentId) out.push({ type: 'DEPARTMENT', id: g.departmentId });
    const body = BODY_ROLES[g.role];
    if (body && g.jurisdictionId) out.push({ type: 'BODY', id: `${body}:${g.jurisdictionId}` });
  }
  return out;
}

import { createHmac, timingSafeEqual } from 'node:crypto';

export const ROLES = [
  'ADMIN',
  'COUNCIL_STANDING',
  'DELEGATE',
  'COMMITTEE_LEADER',
  'DEPARTMENT_STAFF',
  'INSPECTOR',
  'FRONT_STANDING',
  'FRONT_STAFF',
  'SERVICE',
] as const;
export type Role = (typeof ROLES)[number];

/** A role held in one jurisdiction, optionally narrowed to a department. */
export interface RoleGrant {
  role: Role;
  /** Absent only for ADMIN and SERVICE grants, which span the deployment. */
  jurisdictionId?: string;
  departmentId?: string;
}

/** Who is asking. `null` user = anonymous PUBLIC. */
export interface UserContext {
  userId: string;
  name: string;
  /** Official id in the committee directory, when the user is one. */
  officialId?: string;
  delegateId?: string;
  email?: string;
  grants: RoleGrant[];
}

export const USER_HEADER = 'x-phoihop-user';
export const SIGNATURE_HEADER = 'x-phoihop-signature';
export const TIMESTAMP_HEADER = 'x-phoihop-timestamp';
/** How far a signed header's timestamp may drift from the subgraph's clock. */
export const MAX_SKEW_MS = 5 * 60 * 1000;

function mac(key: string, timestamp: string, payload: string): Buffer {
  return createHmac('sha256', key).update(`${timestamp}.${payload}`).digest();
}

/**
 * Headers the gateway adds to every subgraph request. An anonymous request is signed too
 * (payload `null`), so a subgraph can tell "public via gateway" from "bypassed the gateway".
 */
export function signUserContext(user: UserContext | null, key: string, now: Date): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(user)).toString('base64url');
  const timestamp = String(now.getTime());
  return {
    [USER_HEADER]: payload,
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: mac(key, timestamp, payload).toString('base64url'),
  };
}

export class SignatureError extends Error {}

type HeaderBag = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Verifies the signed user-context headers; fails closed when the key is missing. */
export function verifyUserContext(headers: HeaderBag, key: string | undefined, now: Date): UserContext | null {
  if (!key) throw new SignatureError('context signing key is not configured');
  const payload = one(headers[USER_HEADER]);
  const timestamp = one(headers[TIMESTAMP_HEADER]);
  const signature = one(headers[SIGNATURE_HEADER]);
  if (!payload || !timestamp || !signature) throw new SignatureError('missing signed user context');
  const expected = mac(key, timestamp, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new SignatureError('bad signature');
  }
  const ts = Number(timestamp);
  if (!Number.isFinite(ts) || Math.abs(now.getTime() - ts) > MAX_SKEW_MS) {
    throw new SignatureError('stale signature');
  }
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as UserContext | null;
}

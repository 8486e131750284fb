import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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
export const NONCE_HEADER = 'x-phoihop-nonce';
/**
 * How far a signed header's timestamp may drift from the subgraph's clock, either way. A
 * nonce is remembered for the whole window, so a captured request cannot be replayed in it.
 */
export const MAX_SKEW_MS = 60 * 1000;

/** What the signature binds the user context to: the very request that carries it. */
export interface SignedRequest {
  method: string;
  /** Path and query string as the subgraph receives them, e.g. `/graphql`. */
  path: string;
  /** The exact bytes of the body ('' for none). */
  body: string | Buffer;
}

const sha256 = (body: string | Buffer) => createHash('sha256').update(body).digest('hex');

function mac(key: string, r: SignedRequest, timestamp: string, nonce: string, payload: string): Buffer {
  const canonical = ['phoihop-v2', r.method.toUpperCase(), r.path, sha256(r.body), timestamp, nonce, payload].join('\n');
  return createHmac('sha256', key).update(canonical).digest();
}

/**
 * Headers that sign one subgraph request: method, path, body hash, user context, timestamp
 * and a fresh nonce. An anonymous request is signed too (payload `null`), so a subgraph can
 * tell "public via gateway" from "bypassed the gateway".
 */
export function signUserContext(user: UserContext | null, key: string, now: Date, request: SignedRequest): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(user)).toString('base64url');
  const timestamp = String(now.getTime());
  const nonce = randomBytes(16).toString('base64url');
  return {
    [USER_HEADER]: payload,
    [TIMESTAMP_HEADER]: timestamp,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: mac(key, request, timestamp, nonce, payload).toString('base64url'),
  };
}

/** A signed JSON POST to a subgraph (the workers' and tests' direct calls). */
export function signedPost(url: string, payload: unknown, user: UserContext | null, key: string, now: Date): { method: 'POST'; headers: Record<string, string>; body: string } {
  const body = JSON.stringify(payload);
  const { pathname, search } = new URL(url);
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signUserContext(user, key, now, { method: 'POST', path: pathname + search, body }) },
    body,
  };
}

export class SignatureError extends Error {}

type HeaderBag = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export interface VerifiedContext {
  user: UserContext | null;
  /** To be refused when seen again within the window (see ReplayGuard). */
  nonce: string;
}

/** Verifies the signed user-context headers against the request; fails closed when the key is missing. */
export function verifyUserContext(headers: HeaderBag, key: string | undefined, now: Date, request: SignedRequest): VerifiedContext {
  if (!key) throw new SignatureError('context signing key is not configured');
  const payload = one(headers[USER_HEADER]);
  const timestamp = one(headers[TIMESTAMP_HEADER]);
  const nonce = one(headers[NONCE_HEADER]);
  const signature = one(headers[SIGNATURE_HEADER]);
  if (!payload || !timestamp || !nonce || !signature) throw new SignatureError('missing signed user context');
  if (!/^[\w-]{16,64}$/.test(nonce)) throw new SignatureError('malformed nonce');
  const expected = mac(key, request, timestamp, nonce, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new SignatureError('bad signature');
  }
  const ts = Number(timestamp);
  if (!/^\d{1,15}$/.test(timestamp) || Math.abs(now.getTime() - ts) > MAX_SKEW_MS) {
    throw new SignatureError('stale signature');
  }
  return { user: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as UserContext | null, nonce };
}

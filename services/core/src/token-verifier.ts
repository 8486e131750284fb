import { ROLES, type Role, type RoleGrant, type UserContext } from './auth';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export interface TokenVerifierOptions {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export class AuthError extends Error {}

/**
 * Claims Phối Hợp reads: `sub`, `name`, `email`, `grants` (role per jurisdiction and
 * department), `officialId`, `delegateId`. An OIDC provider (Keycloak) maps them with
 * protocol mappers.
 */
interface PhoiHopClaims extends JWTPayload {
  name?: string;
  email?: string;
  grants?: RoleGrant[];
  officialId?: string;
  delegateId?: string;
}

function toUser(claims: PhoiHopClaims): UserContext {
  if (!claims.sub) throw new AuthError('token has no subject');
  const grants = (claims.grants ?? []).filter((g): g is RoleGrant => ROLES.includes(g?.role as Role));
  return {
    userId: claims.sub,
    name: claims.name ?? claims.sub,
    email: claims.email,
    officialId: claims.officialId,
    delegateId: claims.delegateId,
    grants: grants.map((g) => ({
      role: g.role,
      ...(g.jurisdictionId ? { jurisdictionId: g.jurisdictionId } : {}),
      ...(g.departmentId ? { departmentId: g.departmentId } : {}),
    })),
  };
}

/** Verifies bearer tokens: JWKS (production, RS256/ES256) or an HS256 secret (development). */
export function createTokenVerifier(o: TokenVerifierOptions): (token: string) => Promise<UserContext> {
  let key: JWTVerifyGetKey | Uint8Array;
  let algorithms: string[];
  if (o.jwksUrl) {
    key = createRemoteJWKSet(new URL(o.jwksUrl));
    algorithms = ['RS256', 'ES256', 'PS256'];
  } else if (o.secret) {
    key = new TextEncoder().encode(o.secret);
    algorithms = ['HS256'];
  } else {
    throw new AuthError('no JWKS_URL or JWT_SECRET configured');
  }
  // A token without an expiry would be good forever; iss and aud are checked only when present.
  const requiredClaims = ['exp', ...(o.issuer ? ['iss'] : []), ...(o.audience ? ['aud'] : [])];
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        issuer: o.issuer,
        audience: o.audience,
        requiredClaims,
      });
      return toUser(payload as PhoiHopClaims);
    } catch (error) {
      throw new AuthError(error instanceof Error ? error.message : 'invalid token');
    }
  };
}

/** Signs a development token (HS256). Refused without a secret. */
export async function signDevelopmentToken(
  user: UserContext,
  secret: string | undefined,
  o: { issuer?: string; audience?: string; expiresIn?: string; now?: Date } = {},
): Promise<string> {
  if (!secret) throw new AuthError('no development secret (JWT_SECRET) is configured; tokens come from the OIDC provider');
  let jwt = new SignJWT({
    name: user.name,
    email: user.email,
    grants: user.grants,
    officialId: user.officialId,
    delegateId: user.delegateId,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.userId)
    .setIssuedAt(o.now)
    .setExpirationTime(o.expiresIn ?? '12h');
  if (o.issuer) jwt = jwt.setIssuer(o.issuer);
  if (o.audience) jwt = jwt.setAudience(o.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}

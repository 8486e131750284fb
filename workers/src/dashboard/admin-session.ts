import type { createTokenVerifier, UserContext } from '@phoihop/core';
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The dashboard session: an opaque id in an HttpOnly cookie; the session itself lives in Redis. */
export const SESSION_COOKIE = 'phoihop_admin';
/**
 * The CSRF token of the session, readable by the page: bull-board talks to its API with axios,
 * which copies the `XSRF-TOKEN` cookie into an `X-XSRF-TOKEN` header on same-origin requests,
 * so the board sends the token without a line of its code changed.
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

export type Verify = ReturnType<typeof createTokenVerifier>;
export type Admission = { status: 200; user: UserContext } | { status: 401 | 403; reason: string };

export interface AdminSession {
  userId: string;
  csrf: string;
  /** Epoch ms after which the session is over, however active: the sooner of SESSION_HOURS and the token's expiry. */
  endsAt: number;
}

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

const isAdmin = (user: UserContext) => user.grants.some((g) => g.role === 'ADMIN');

export const randomToken = () => randomBytes(32).toString('base64url');

export function sameToken(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** 401 without a valid token, 403 for a valid token without the ADMIN role. */
export async function admit(verify: Verify, token: string | undefined): Promise<Admission> {
  if (!token) return { status: 401, reason: 'Cần đăng nhập.' };
  let user: UserContext;
  try {
    user = await verify(token);
  } catch {
    return { status: 401, reason: 'Mã đăng nhập không hợp lệ hoặc đã hết hạn.' };
  }
  return isAdmin(user) ? { status: 200, user } : { status: 403, reason: 'Chỉ quản trị viên được xem bảng điều khiển hàng đợi.' };
}

/**
 * Sessions in Redis, under the hash of their id (a dump of Redis gives no usable cookie). A
 * session ends after `idleMs` without a request, at `endsAt` in any case, and at sign-out.
 */
export class SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limits: SessionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  private key(id: string) {
    return `${this.prefix}:dashboard-session:${createHash('sha256').update(id).digest('hex')}`;
  }

  async open(user: UserContext, tokenExpiresAt: number | undefined): Promise<{ id: string; session: AdminSession }> {
    const id = randomToken();
    const endsAt = Math.min(this.now() + this.limits.maxMs, tokenExpiresAt ?? Infinity);
    const session: AdminSession = { userId: user.userId, csrf: randomToken(), endsAt };
    await this.redis.set(this.key(id), JSON.stringify(session), 'PX', this.ttl(session));
    return { id, session };
  }

  /** The live session of this id, its idle clock restarted; null when unknown or over. */
  async touch(id: string | undefined): Promise<AdminSession | null> {
    if (!id) return null;
    const raw = await this.redis.get(this.key(id));
    if (!raw) return null;
    const session = JSON.parse(raw) as AdminSession;
    const ttl = this.ttl(session);
    if (ttl <= 0) {
      await this.close(id);
      return null;
    }
    await this.redis.pexpire(this.key(id), ttl);
    return session;
  }

  async close(id: string | undefined): Promise<void> {
    if (id) await this.redis.del(this.key(id));
  }

  private ttl(s: AdminSession) {
    return Math.min(this.limits.idleMs, Math.floor(s.endsAt - this.now()));
  }
}

/**
 * A request another site made the browser send. Browsers mark every request with
 * Sec-Fetch-Site and every state-changing one with Origin; a tool without them (curl) is no
 * browser to trick, and still needs the CSRF token.
 */
export function crossSite(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true; // "null": a sandboxed or privacy-redirected page
  }
}

export const sessionId = (req: Request): string | undefined => (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] || undefined;

export interface CookieOptions {
  secure: boolean;
}

export function setSessionCookies(res: Response, id: string, session: AdminSession, o: CookieOptions) {
  // No maxAge: the cookie goes with the browser; Redis decides when the session is over.
  res.cookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'strict', secure: o.secure, path: '/' });
  res.cookie(CSRF_COOKIE, session.csrf, { httpOnly: false, sameSite: 'strict', secure: o.secure, path: '/' });
}

export function clearSessionCookies(res: Response, o: CookieOptions) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: o.secure, path: '/' });
  res.clearCookie(CSRF_COOKIE, { httpOnly: false, sameSite: 'strict', secure: o.secure, path: '/' });
}

import type { createTokenVerifier, UserContext } from '@phoihop/core';
import type { NextFunction, Request, Response } from 'express';

/** The dashboard session: the same JWT the gateway accepts, kept in an HttpOnly cookie. */
export const SESSION_COOKIE = 'phoihop_admin';

export type Verify = ReturnType<typeof createTokenVerifier>;
export type Admission = { status: 200; user: UserContext } | { status: 401 | 403; reason: string };

const isAdmin = (user: UserContext) => user.grants.some((g) => g.role === 'ADMIN');

export function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || undefined;
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
 * Login CSRF: another site must not sign a browser in with its own token. A browser's form
 * POST carries Sec-Fetch-Site and Origin; a tool without them (curl) is no browser to trick.
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

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function loginPage(message?: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập — Bảng điều khiển hàng đợi Phối Hợp</title>
<style>body{font-family:Arial,sans-serif;max-width:40rem;margin:4rem auto}textarea{width:100%;height:8rem}.error{color:#b00}</style>
</head><body>
<h1>Bảng điều khiển hàng đợi</h1>
<p>Dán mã đăng nhập (JWT) của tài khoản quản trị viên.</p>
${message ? `<p class="error">${escape(message)}</p>` : ''}
<form method="post" action="/login">
  <textarea name="token" required autocomplete="off" spellcheck="false"></textarea>
  <p><button type="submit">Đăng nhập</button></p>
</form>
</body></html>`;
}

/** Guards the bull-board routes: its UI, its API and its static files alike. */
export function requireAdmin(verify: Verify) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const admission = await admit(verify, tokenOf(req));
    if (admission.status === 200) return next();
    res.status(admission.status).type('html').send(loginPage(admission.reason));
  };
}

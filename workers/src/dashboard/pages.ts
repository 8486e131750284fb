/** The dashboard's own pages (sign-in, sign-out), in Vietnamese, with no script and nothing from outside. */
import { escapeHtml } from '@phoihop/core';


function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(title)} — Bảng điều khiển hàng đợi Phối Hợp</title>
<style>body{font-family:Arial,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem}textarea{width:100%;height:8rem}.error{color:#b00}</style>
</head><body>
<h1>Bảng điều khiển hàng đợi</h1>
${body}
</body></html>`;
}

const error = (message?: string) => (message ? `<p class="error">${escapeHtml(message)}</p>` : '');

/** `csrf` goes back in the form and is checked against the cookie set with this page. */
export function loginPage(csrf: string, message?: string): string {
  return page(
    'Đăng nhập',
    `<p>Dán mã đăng nhập (JWT) của tài khoản quản trị viên (<code>npm run token -- admin</code>).</p>
${error(message)}
<form method="post" action="/login">
  <input type="hidden" name="csrf" value="${escapeHtml(csrf)}">
  <textarea name="token" required autocomplete="off" spellcheck="false"></textarea>
  <p><button type="submit">Đăng nhập</button></p>
</form>`,
  );
}

/** Signing out changes state, so it is a POST carrying the session's CSRF token; a link leads here. */
export function logoutPage(csrf: string): string {
  return page(
    'Đăng xuất',
    `<p>Đăng xuất khỏi bảng điều khiển hàng đợi?</p>
<form method="post" action="/logout">
  <input type="hidden" name="csrf" value="${escapeHtml(csrf)}">
  <p><button type="submit">Đăng xuất</button> <a href="/admin/queues">Quay lại</a></p>
</form>`,
  );
}

export function signedOutPage(message: string): string {
  return page('Đã đăng xuất', `<p>${escapeHtml(message)}</p><p><a href="/login">Đăng nhập lại</a></p>`);
}

import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Networks a webhook may never reach: private, link-local (cloud metadata), CGNAT, unspecified, multicast, reserved. */
const INTERNAL = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  INTERNAL.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  INTERNAL.addSubnet(net, bits, 'ipv6');
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

type Reach = 'loopback' | 'internal' | 'public';

function reach(address: string): Reach {
  // An IPv4-mapped IPv6 address reaches the IPv4 host it embeds.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped ? mapped[1] : address;
  const type = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (LOOPBACK.check(ip, type)) return 'loopback';
  if (INTERNAL.check(ip, type)) return 'internal';
  return 'public';
}

export interface WebhookTargetRules {
  /** Outside production only: a developer's receiver on localhost, over http too. */
  allowLoopback: boolean;
  resolve?: (host: string) => Promise<string[]>;
}

const resolveAll = async (host: string) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Why webhooks may not go to this URL (a Vietnamese sentence for the user), or null when they
 * may: https only, never to private, link-local or loopback addresses (SSRF), whatever name
 * points there; localhost over http or https outside production only. The host is resolved
 * here, and again by the sender right before each POST (a name may be re-pointed meanwhile).
 */
export async function webhookTargetProblem(value: string, rules: WebhookTargetRules): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Webhook phải là địa chỉ https hợp lệ.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Webhook phải là địa chỉ https hợp lệ.';
  if (url.username || url.password) return 'Địa chỉ webhook không được chứa tên đăng nhập hay mật khẩu.';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(host) ? [host] : await (rules.resolve ?? resolveAll)(host).catch(() => []);
  // A name that does not resolve (yet) passes here; the POST itself then fails and retries.
  const reaches = addresses.map(reach);
  if (reaches.includes('internal')) return 'Webhook không được trỏ tới địa chỉ mạng nội bộ.';
  const loopback = reaches.length > 0 && reaches.every((r) => r === 'loopback');
  if (reaches.includes('loopback') && !(loopback && rules.allowLoopback)) return 'Webhook không được trỏ tới máy chủ cục bộ (localhost).';
  if (url.protocol === 'https:' || loopback) return null;
  return 'Webhook phải là địa chỉ https hợp lệ.';
}

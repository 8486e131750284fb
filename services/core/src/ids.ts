import { createHash } from 'node:crypto';

/**
 * A stable UUID (version-5 layout) from a name, so demo data and fixtures written by
 * different services can refer to each other's records without reading them.
 */
export function stableId(...parts: string[]): string {
  const h = createHash('sha1').update(`phoihop:${parts.join(':')}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string): boolean => UUID.test(v);

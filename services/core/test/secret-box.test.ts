import { randomBytes } from 'node:crypto';
import { ConfigError, decodeSecretKey, denouncerKeys, loadConfig, SecretBox, SecretBoxError } from '../src';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('SecretBox (AES-256-GCM)', () => {
  const k1 = key('k1');
  const box = new SecretBox(k1);
  const name = 'Nguyễn Thị Hồng Nhung';

  it('opens what it sealed, and never seals the same value to the same bytes', () => {
    const a = box.seal(name, 'case-1');
    const b = box.seal(name, 'case-1');
    expect(a.keyId).toBe('k1');
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(a.ciphertext.includes(Buffer.from(name, 'utf8'))).toBe(false);
    expect(box.open(a, 'case-1')).toBe(name);
  });

  it.each([
    ['another context (a row moved to another case)', (s: Buffer) => s, 'case-2', 'k1'],
    ['a flipped byte', (s: Buffer) => Buffer.concat([s.subarray(0, -1), Buffer.from([s.at(-1)! ^ 1])]), 'case-1', 'k1'],
    ['a truncated value', (s: Buffer) => s.subarray(0, 20), 'case-1', 'k1'],
    ['an unknown key id', (s: Buffer) => s, 'case-1', 'k9'],
  ])('refuses %s without saying anything of the value', (_, alter, context, keyId) => {
    const sealed = box.seal(name, 'case-1');
    const attempt = () => box.open({ keyId, ciphertext: alter(sealed.ciphertext) }, context);
    expect(attempt).toThrow(SecretBoxError);
    expect(attempt).not.toThrow(/Nguyễn|Hồng/);
  });

  it('refuses a value sealed under another key with the same id', () => {
    const sealed = new SecretBox(key('k1')).seal(name, 'case-1');
    expect(() => box.open(sealed, 'case-1')).toThrow(SecretBoxError);
  });

  it('rotates: seals with the current key, still opens values of the previous ones', () => {
    const old = box.seal(name, 'case-1');
    const rotated = new SecretBox(key('k2'), [k1]);
    expect(rotated.open(old, 'case-1')).toBe(name);
    expect(rotated.seal(name, 'case-1').keyId).toBe('k2');
  });

  it('takes only base64 of exactly 32 bytes as a key', () => {
    expect(decodeSecretKey(randomBytes(32).toString('base64'))).toHaveLength(32);
    expect(decodeSecretKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(decodeSecretKey('not base64 at all!')).toBeUndefined();
  });
});

describe('DENOUNCER_KEY in the config', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-for-this-test', CONTEXT_SIGNING_KEY: 'a-production-context-key-for-this-test' };

  it('is required in production: the committee refuses to boot naming the variable', () => {
    const config = loadConfig(production);
    expect(() => denouncerKeys(config)).toThrow(ConfigError);
    expect(() => denouncerKeys(config)).toThrow(/DENOUNCER_KEY/);
  });

  it('refuses a key that is not base64 of 32 bytes, naming the variable', () => {
    expect(() => loadConfig({ ...production, DENOUNCER_KEY: Buffer.alloc(16).toString('base64') })).toThrow(expect.objectContaining({ variable: 'DENOUNCER_KEY' }));
    expect(() => loadConfig({ ...production, DENOUNCER_OLD_KEYS: 'k0' })).toThrow(expect.objectContaining({ variable: 'DENOUNCER_OLD_KEYS' }));
  });

  it('reads the key, its id and the keys being rotated out', () => {
    const [current, old] = [randomBytes(32), randomBytes(32)];
    const keys = denouncerKeys(loadConfig({ ...production, DENOUNCER_KEY: current.toString('base64'), DENOUNCER_KEY_ID: '2026-11', DENOUNCER_OLD_KEYS: `2025-01:${old.toString('base64')}` }));
    expect(keys.current).toEqual({ id: '2026-11', key: current });
    expect(keys.previous).toEqual([{ id: '2025-01', key: old }]);
  });

  it('has no default in development either (npm start generates one), and a key of its own in a test process', () => {
    expect(() => denouncerKeys(loadConfig({ NODE_ENV: 'development' }))).toThrow(/DENOUNCER_KEY/);
    const testKeys = denouncerKeys(loadConfig({ NODE_ENV: 'test' }));
    expect(testKeys.current.key).toHaveLength(32);
    expect(denouncerKeys(loadConfig({ NODE_ENV: 'test' })).current.key.equals(testKeys.current.key)).toBe(true);
  });
});

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Envelope encryption of a secret value (AES-256-GCM, node:crypto only: a vetted primitive
 * with authentication built in; no library adds anything a 60-line wrapper needs).
 * Sealed layout: 12-byte random IV | 16-byte auth tag | ciphertext. The `context` (e.g. the
 * row's id) is bound as additional authenticated data, so a ciphertext copied onto another
 * row does not open. Each sealed value carries the id of its key, so keys can rotate.
 */
export interface SecretKey {
  id: string;
  /** 32 bytes. */
  key: Buffer;
}

export interface SealedSecret {
  keyId: string;
  ciphertext: Buffer;
}

/** A value that cannot be opened: unknown key id, wrong key, or tampered bytes. Says nothing of the value. */
export class SecretBoxError extends Error {
  constructor(readonly keyId: string, reason: string) {
    super(`sealed value under key ${keyId} cannot be opened: ${reason}`);
    this.name = 'SecretBoxError';
  }
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** Decodes a base64 key; undefined unless it is exactly 32 bytes. */
export function decodeSecretKey(base64: string): Buffer | undefined {
  const key = Buffer.from(base64, 'base64');
  return key.length === KEY_BYTES && key.toString('base64') === base64.trim() ? key : undefined;
}

export class SecretBox {
  private readonly keys = new Map<string, Buffer>();

  /** Seals with `current`; opens with it or any of `previous` (keys being rotated out). */
  constructor(private readonly current: SecretKey, previous: readonly SecretKey[] = []) {
    for (const k of [...previous, current]) {
      if (k.key.length !== KEY_BYTES) throw new Error(`key ${k.id} must be ${KEY_BYTES} bytes`);
      this.keys.set(k.id, k.key);
    }
  }

  get keyId(): string {
    return this.current.id;
  }

  seal(plaintext: string, context: string): SealedSecret {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: this.current.id, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  open(sealed: SealedSecret, context: string): string {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new SecretBoxError(sealed.keyId, 'unknown key id');
    if (sealed.ciphertext.length < IV_BYTES + TAG_BYTES) throw new SecretBoxError(sealed.keyId, 'truncated');
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.ciphertext.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError(sealed.keyId, 'authentication failed');
    }
  }
}

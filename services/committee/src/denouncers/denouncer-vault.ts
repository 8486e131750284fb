import { denouncerKeys, loadConfig, nfc, SecretBox, SecretBoxError } from '@phoihop/core';
import { GraphQLError } from 'graphql';
import type { Denouncer, SealedDenouncer } from './denouncer.entity';

let box: SecretBox | undefined;

/**
 * The committee's sealing box, from the validated config (DENOUNCER_KEY). Loaded once, lazily,
 * so the migration that seals the plain-text rows and the resolvers use the same keys with no
 * setter to call in the right order; main.ts asks for it before anything else so a production
 * process without a key refuses to boot (ConfigError naming DENOUNCER_KEY).
 */
export function denouncerBox(): SecretBox {
  if (!box) {
    const keys = denouncerKeys(loadConfig());
    box = new SecretBox(keys.current, keys.previous);
  }
  return box;
}

/** Trims and normalizes an identity as entered; empty optional parts become null. */
export function cleanIdentity(d: { fullName: string; address?: string | null; phone?: string | null; idNumber?: string | null }): Denouncer {
  const part = (v: string | null | undefined) => (v?.trim() ? nfc(v.trim()) : null);
  return { fullName: nfc(d.fullName.trim()), address: part(d.address), phone: part(d.phone), idNumber: part(d.idNumber) };
}

/** Seals an identity for the case's row; the case id is bound in, so the row cannot be moved. */
export function sealDenouncer(caseId: string, identity: Denouncer, with_: SecretBox = denouncerBox()): SealedDenouncer {
  const { keyId, ciphertext } = with_.seal(JSON.stringify(identity), caseId);
  return { caseId, keyId, identity: ciphertext };
}

/**
 * Opens a sealed row. A row that does not open (wrong or retired key, tampering) fails closed
 * with a coded error that names neither the case's denouncer nor the key material.
 */
export function openDenouncer(row: SealedDenouncer, with_: SecretBox = denouncerBox()): Denouncer {
  try {
    return JSON.parse(with_.open({ keyId: row.keyId, ciphertext: row.identity }, row.caseId)) as Denouncer;
  } catch (error) {
    // Not even the parser's message goes on: it could quote the plain text.
    const reason = error instanceof SecretBoxError ? 'cannot be opened' : 'is malformed';
    throw new GraphQLError(`Không đọc được thông tin người tố cáo (the sealed identity ${reason}); báo quản trị hệ thống.`, {
      extensions: { code: 'DENOUNCER_UNREADABLE', field: 'denouncer' },
    });
  }
}

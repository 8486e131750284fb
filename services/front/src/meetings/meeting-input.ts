import { badInput, nfc, uuid } from '@phoihop/core';
import type { VoterContactRound } from '../rounds/voter-contact-round.entity';

/** Attendees a meeting may list; the lists are paginated when read. */
export const MAX_ATTENDEES = 200;

/** A meeting day inside its round's period. */
export function heldWithin(round: VoterContactRound, heldOn: string): string {
  if (heldOn < round.startsOn || heldOn > round.endsOn) {
    throw badInput('input.heldOn', `Ngày tiếp xúc phải trong thời gian của đợt (${round.startsOn} – ${round.endsOn}).`);
  }
  return heldOn;
}

export function placeText(field: 'input.place' | 'input.localityName', value: string): string {
  const v = nfc(value.trim());
  if (!v) throw badInput(field, field === 'input.place' ? 'Điểm tiếp xúc không được để trống.' : 'Xã, phường của điểm tiếp xúc không được để trống.');
  return v;
}

/** Distinct, well-formed delegate ids: at least one, at most {@link MAX_ATTENDEES}. */
export function delegateList(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw badInput('input.delegateIds', 'Cuộc tiếp xúc phải có ít nhất một đại biểu.');
  if (unique.length > MAX_ATTENDEES) throw badInput('input.delegateIds', `Tối đa ${MAX_ATTENDEES} đại biểu.`);
  unique.forEach((id, i) => uuid(`input.delegateIds.${i}`, id));
  return unique;
}

export function officialList(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_ATTENDEES) throw badInput('input.officialIds', `Tối đa ${MAX_ATTENDEES} người.`);
  unique.forEach((id, i) => uuid(`input.officialIds.${i}`, id));
  return unique;
}

export function voterCount(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 100_000) throw badInput('input.voterCount', 'Số cử tri tham dự không hợp lệ.');
  return n;
}

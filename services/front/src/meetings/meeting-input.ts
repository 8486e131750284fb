import { badInput, intBetween, requiredText, TEXT_LIMIT } from '@phoihop/core';
import type { VoterContactRound } from '../rounds/voter-contact-round.entity';

/** Attendees a meeting may list; the lists are paginated when read. */
export const MAX_ATTENDEES = 200;

const WHAT = { 'input.place': 'điểm tiếp xúc', 'input.localityName': 'xã, phường của điểm tiếp xúc' };

/** A meeting day inside its round's period. */
export function heldWithin(round: VoterContactRound, heldOn: string): string {
  if (heldOn < round.startsOn || heldOn > round.endsOn) {
    throw badInput('input.heldOn', `Ngày tiếp xúc phải trong thời gian của đợt (${round.startsOn} – ${round.endsOn}).`);
  }
  return heldOn;
}

export const placeText = (field: keyof typeof WHAT, value: string): string => requiredText(field, value, { what: WHAT[field], max: TEXT_LIMIT.name });

/** Distinct attendee ids, at most {@link MAX_ATTENDEES}; delegates at least one. */
export function attendeeList(field: 'input.delegateIds' | 'input.officialIds', ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (field === 'input.delegateIds' && unique.length === 0) throw badInput(field, 'Cuộc tiếp xúc phải có ít nhất một đại biểu.');
  if (unique.length > MAX_ATTENDEES) throw badInput(field, `Tối đa ${MAX_ATTENDEES} ${field === 'input.delegateIds' ? 'đại biểu' : 'người'}.`);
  return unique;
}

export const voterCount = (n: number): number => intBetween('input.voterCount', n, 0, 100_000);

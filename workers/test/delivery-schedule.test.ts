import { WorkingCalendar } from '@phoihop/core';
import { nextDeliverySlot, nextDigestTime, type DeliveryWindow } from '../src/delivery/schedule';

const calendar = WorkingCalendar.official();
const window = (quiet?: [number, number]): DeliveryWindow => ({
  timeZone: 'Asia/Ho_Chi_Minh',
  workingHours: { start: 7 * 60 + 30, end: 17 * 60 },
  isWorkingDay: (d) => calendar.isWorkingDay(d),
  quietHours: quiet ? { start: quiet[0], end: quiet[1] } : null,
});
const at = (local: string) => new Date(`${local}+07:00`);
const iso = (local: string) => at(local).toISOString();

describe('delivery slots (07:30–17:00 on working days, Asia/Ho_Chi_Minh)', () => {
  it.each([
    ['inside hours: at once', '2026-11-27T09:15:00', undefined, '2026-11-27T09:15:00'],
    ['before opening', '2026-11-27T06:00:00', undefined, '2026-11-27T07:30:00'],
    ['at closing: next working day', '2026-11-27T17:00:00', undefined, '2026-11-30T07:30:00'],
    ['Saturday', '2026-11-28T10:00:00', undefined, '2026-11-30T07:30:00'],
    ['eve of National Day (1–2 Sep 2026 off)', '2026-08-31T20:00:00', undefined, '2026-09-03T07:30:00'],
    ['New Year holiday (official 2026 schedule: 1–4 Jan off)', '2026-01-01T10:00:00', undefined, '2026-01-05T07:30:00'],
    ['lunch-time quiet hours', '2026-11-27T11:45:00', [11 * 60 + 30, 13 * 60 + 30], '2026-11-27T13:30:00'],
    ['quiet hours wrapping midnight', '2026-11-27T06:00:00', [22 * 60, 8 * 60], '2026-11-27T08:00:00'],
    ['quiet until closing: next day', '2026-11-27T15:00:00', [14 * 60, 18 * 60], '2026-11-30T07:30:00'],
  ] as const)('%s', (_label, now, quiet, expected) => {
    expect(nextDeliverySlot(at(now), window(quiet as [number, number] | undefined)).toISOString()).toBe(iso(expected));
  });

  it.each([
    ['before the digest hour: today', '2026-11-27T06:00:00', 8, '2026-11-27', '2026-11-27T08:00:00'],
    ['after it: next working day', '2026-11-27T08:00:01', 8, '2026-11-30', '2026-11-30T08:00:00'],
    ['digest hour before opening moves to opening', '2026-11-27T05:00:00', 7, '2026-11-27', '2026-11-27T07:30:00'],
  ] as const)('digest: %s', (_label, now, hour, date, expected) => {
    const d = nextDigestTime(at(now), hour, window());
    expect([d.date, d.at.toISOString()]).toEqual([date, iso(expected)]);
  });
});

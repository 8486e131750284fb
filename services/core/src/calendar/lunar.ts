// Other workspaces compile this file from source (package "types" → src); the reference
// brings the library's declarations along, which an ambient file in `include` would not.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./lunar-javascript.d.ts" />
import { Lunar, Solar } from 'lunar-javascript';
import { addDays, type IsoDate } from './dates';

/*
 * Lunar dates come from lunar-javascript, the maintained npm library for the Chinese
 * calendar (UTC+8 meridian). The Vietnamese calendar (Hồ Ngọc Đức's algorithm) uses UTC+7,
 * and the two differ only when a new moon falls between 23:00 and 24:00 Vietnam time;
 * neither the npm packages for the Vietnamese calendar (@dqcai/vn-lunar,
 * vietnamese-lunar-calendar, amlich) is maintained enough to depend on. For Tết and the
 * Hùng Kings' day of 2020–2030 the two calendars coincide; test/calendar-lunar.test.ts
 * pins the official Vietnamese dates of those years, so a year where they diverge (the
 * next known one is outside that range) fails loudly instead of silently. Official
 * schedules in official-calendar.ts override the computed days anyway.
 */

/** Gregorian date of a day of the (non-leap) lunar month. */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number): IsoDate {
  return Lunar.fromYmd(lunarYear, lunarMonth, lunarDay).getSolar().toYmd();
}

export interface LunarDate {
  year: number;
  /** Negative for a leap month, as lunar-javascript reports it. */
  month: number;
  day: number;
}

export function solarToLunar(date: IsoDate): LunarDate {
  const l = Solar.fromYmd(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))).getLunar();
  return { year: l.getYear(), month: l.getMonth(), day: l.getDay() };
}

/** Mùng 1 Tết: the first day of the lunar year that begins in the Gregorian `year`. */
export const lunarNewYear = (year: number): IsoDate => lunarToSolar(year, 1, 1);

/** Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month. */
export const hungKingsDay = (year: number): IsoDate => lunarToSolar(year, 3, 10);

/** The last day of the lunar year before mùng 1 (29 or 30 tháng Chạp). */
export const lunarYearEve = (year: number): IsoDate => addDays(lunarNewYear(year), -1);

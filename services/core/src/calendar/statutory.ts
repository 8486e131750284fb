import { addDays, isoDate, weekday, type IsoDate } from './dates';
import { hungKingsDay, lunarNewYear, lunarYearEve, solarToLunar } from './lunar';
import type { DecidedPeriod, HolidayCode } from './model';

/** Labour Code 2019 (Bộ luật Lao động 45/2019/QH14). */
export const ART_112 = 'Bộ luật Lao động 2019, Điều 112';
export const ART_111_3 = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

export interface StatutoryDay {
  date: IsoDate;
  holiday: HolidayCode;
  /** Set for days whose exact placement the Prime Minister decides each year. */
  period: DecidedPeriod | null;
  name: string;
  compensatory: boolean;
  source: string;
}

const isWeekend = (d: IsoDate) => {
  const w = weekday(d);
  return w === 0 || w === 6;
};

/**
 * The adjacent National Day holiday when no decision is recorded yet. Precedents: 2021
 * (Thu → 3/9), 2022 (Fri → 1/9), 2023 (Sat → 1/9), 2024 (Mon → 3/9), 2025 (Tue → 1/9),
 * 2026 (Wed → 1/9); Sunday has none, and 3/9 (Monday) avoids a second compensatory day.
 */
const NATIONAL_DAY_ADJACENT: Record<number, 1 | 3> = { 0: 3, 1: 3, 2: 1, 3: 1, 4: 3, 5: 1, 6: 1 };

/**
 * Public holidays of Art. 112(1) for a Gregorian year, with the default placement of Tết
 * (last day of the lunar year and the first four days of the new one) and of the National
 * Day adjacent day, plus the compensatory days of Art. 111(3): a holiday on a Saturday or
 * Sunday gives a day off on the next working day. `decided` lists the periods for which
 * the year has an official schedule; their computed days are left out.
 */
export function statutoryDays(year: number, decided: ReadonlySet<DecidedPeriod> = new Set()): StatutoryDay[] {
  const days: StatutoryDay[] = [];
  const add = (date: IsoDate, holiday: HolidayCode, name: string, period: DecidedPeriod | null = null) =>
    days.push({ date, holiday, period, name, compensatory: false, source: ART_112 });

  add(isoDate(year, 1, 1), 'NEW_YEAR', 'Tết Dương lịch');
  if (!decided.has('TET')) {
    const eve = lunarYearEve(year);
    add(eve, 'TET', `Tết Âm lịch (${solarToLunar(eve).day} tháng Chạp)`, 'TET');
    const first = lunarNewYear(year);
    for (let i = 0; i < 4; i++) add(addDays(first, i), 'TET', `Tết Âm lịch (mùng ${i + 1} tháng Giêng)`, 'TET');
  }
  add(hungKingsDay(year), 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  add(isoDate(year, 4, 30), 'REUNIFICATION_DAY', 'Ngày Chiến thắng (30/4)');
  add(isoDate(year, 5, 1), 'LABOUR_DAY', 'Ngày Quốc tế lao động (1/5)');
  if (!decided.has('NATIONAL_DAY')) {
    const nationalDay = isoDate(year, 9, 2);
    add(nationalDay, 'NATIONAL_DAY', 'Quốc khánh (2/9)', 'NATIONAL_DAY');
    const adjacent = isoDate(year, 9, NATIONAL_DAY_ADJACENT[weekday(nationalDay)]);
    add(adjacent, 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề 2/9)', 'NATIONAL_DAY');
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const taken = new Set(days.map((d) => d.date));
  const compensatory: StatutoryDay[] = [];
  for (const day of days) {
    if (!isWeekend(day.date)) continue;
    let candidate = addDays(day.date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    compensatory.push({
      date: candidate,
      holiday: day.holiday,
      period: day.period,
      name: `Nghỉ bù ${day.name} trùng ngày nghỉ hằng tuần`,
      compensatory: true,
      source: ART_111_3,
    });
  }
  return [...days, ...compensatory];
}

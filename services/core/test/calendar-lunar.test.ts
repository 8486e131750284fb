import { hungKingsDay, lunarNewYear, lunarYearEve } from '../src/calendar';

/*
 * lunar-javascript computes the Chinese calendar (UTC+8); the Vietnamese one uses UTC+7.
 * For 2020–2030 they coincide on these days. The expected values are the official
 * Vietnamese dates (Tết Nguyên đán and Giỗ Tổ Hùng Vương as announced each year), not the
 * library's output: a year in which the calendars diverge fails here.
 */
describe('lunar dates match the Vietnamese calendar 2020–2030', () => {
  test.each([
    [2020, '2020-01-25', '2020-04-02'],
    [2021, '2021-02-12', '2021-04-21'],
    [2022, '2022-02-01', '2022-04-10'],
    [2023, '2023-01-22', '2023-04-29'],
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
    [2029, '2029-02-13', '2029-04-23'],
    [2030, '2030-02-03', '2030-04-12'],
  ])('%i: Tết %s, Hùng Kings %s', (year, tet, hung) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(hungKingsDay(year)).toBe(hung);
  });

  test.each([
    [2023, '2023-01-21'], // 30 tháng Chạp Nhâm Dần
    [2024, '2024-02-09'], // 30 tháng Chạp Quý Mão
    [2025, '2025-01-28'], // 29 tháng Chạp Giáp Thìn: no "30 Tết" that year
    [2026, '2026-02-16'], // 29 tháng Chạp Ất Tỵ
  ])('%i: last day of the lunar year is %s', (year, eve) => {
    expect(lunarYearEve(year)).toBe(eve);
  });
});

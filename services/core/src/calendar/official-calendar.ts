import { addDays, type IsoDate } from './dates';
import type { CalendarException, CalendarExceptionKind, DecidedPeriod } from './model';

/*
 * The official schedules for civil servants (cán bộ, công chức, viên chức) of 2023–2026:
 * the days the Prime Minister fixed for Tết and National Day (Labour Code 2019 Art. 112(3)),
 * the swaps of a working day for a Saturday, and, for citation, the compensatory days that
 * Art. 111(3) would give anyway. Holidays fixed by the law itself (1/1, Hùng Kings' day,
 * 30/4, 1/5) are computed in statutory.ts and not repeated here.
 *
 * This is the shipped seed; admins edit the copy in the `reference` schema. A year's notice
 * usually arrives in October–December of the year before (Tết, National Day) and in March–April
 * (30/4–1/5 swaps). Until then the computed defaults stand in.
 */

const LABOUR_NOTICE_2023 =
  'Công văn 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ; Thông báo của Bộ Lao động - Thương binh và Xã hội về nghỉ Tết Âm lịch, Quốc khánh năm 2023';
// Best knowledge: the Ministry's notice for the 2023 Hùng Kings'/30-4/1-5 break (number not
// verified here); the two compensatory days are exactly those of Art. 111(3).
const APRIL_NOTICE_2023 =
  'Bộ luật Lao động 2019, Điều 111 khoản 3; Thông báo của Bộ Lao động - Thương binh và Xã hội về nghỉ lễ Giỗ Tổ Hùng Vương, 30/4 và 1/5 năm 2023';
const NEW_YEAR_NOTICE_2023 =
  'Bộ luật Lao động 2019, Điều 111 khoản 3; Thông báo của Bộ Lao động - Thương binh và Xã hội về nghỉ Tết Dương lịch năm 2023';
// Best knowledge: Thông báo 6150/TB-LĐTBXH ngày 24/11/2023 (number recalled, not verified);
// the dates themselves (Tết 08–14/02, National Day 31/08–03/09) are certain.
const LABOUR_NOTICE_2024 =
  'Thông báo của Bộ Lao động - Thương binh và Xã hội về nghỉ Tết Âm lịch, Quốc khánh năm 2024 (theo ý kiến Thủ tướng Chính phủ, tháng 11/2023)';
const SWAP_2024 = 'Công văn 2450/VPCP-KGVX ngày 12/04/2024 của Văn phòng Chính phủ (hoán đổi ngày làm việc dịp 30/4 và 1/5 năm 2024)';
const NOTICE_2025 =
  'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ về nghỉ Tết Âm lịch và một số dịp nghỉ lễ năm 2025; Thông báo của Bộ Lao động - Thương binh và Xã hội';
const NEW_YEAR_2026 = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ về nghỉ Tết Dương lịch năm 2026';
// The Government Office's letter of 13/10/2025 carrying the Prime Minister's agreement with the
// Ministry of Home Affairs' proposal (number not recorded here); the Ministry of Home Affairs
// took over labour matters from MoLISA on 01/03/2025 and issues the notice.
const NOTICE_2026 =
  'Văn bản ngày 13/10/2025 của Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng Chính phủ; Thông báo của Bộ Nội vụ về nghỉ Tết Âm lịch, Quốc khánh năm 2026';
const HUNG_2026 = 'Bộ luật Lao động 2019, Điều 111 khoản 3 (Giỗ Tổ Hùng Vương 26/04/2026 trùng Chủ nhật)';

function day(date: IsoDate, kind: CalendarExceptionKind, reason: string, source: string, period: DecidedPeriod | null = null): CalendarException {
  return { date, kind, reason, source, period };
}

/** Every day from `from` to `to` inclusive, off, with one reason. */
function span(from: IsoDate, to: IsoDate, reason: string, source: string, period: DecidedPeriod): CalendarException[] {
  const rows: CalendarException[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) rows.push(day(d, 'DAY_OFF', reason, source, period));
  return rows;
}

export const OFFICIAL_CALENDAR_EXCEPTIONS: readonly CalendarException[] = [
  // 2023
  day('2023-01-02', 'DAY_OFF', 'Nghỉ bù Tết Dương lịch (01/01/2023 trùng Chủ nhật)', NEW_YEAR_NOTICE_2023),
  ...span('2023-01-20', '2023-01-26', 'Nghỉ Tết Âm lịch Quý Mão (từ 29 tháng Chạp đến mùng 5 tháng Giêng), gồm 05 ngày Tết và 02 ngày nghỉ bù', LABOUR_NOTICE_2023, 'TET'),
  day('2023-05-02', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (29/04/2023 trùng Thứ Bảy)', APRIL_NOTICE_2023),
  day('2023-05-03', 'DAY_OFF', 'Nghỉ bù Ngày Chiến thắng (30/04/2023 trùng Chủ nhật)', APRIL_NOTICE_2023),
  ...span('2023-09-01', '2023-09-04', 'Nghỉ Quốc khánh (01/09 và 02/09/2023), nghỉ bù thứ Hai 04/09 vì 02/09 trùng Thứ Bảy', LABOUR_NOTICE_2023, 'NATIONAL_DAY'),

  // 2024
  ...span('2024-02-08', '2024-02-14', 'Nghỉ Tết Âm lịch Giáp Thìn (từ 29 tháng Chạp đến mùng 5 tháng Giêng), gồm 05 ngày Tết và 02 ngày nghỉ bù', LABOUR_NOTICE_2024, 'TET'),
  day('2024-04-29', 'DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 và 1/5 (làm bù Thứ Bảy 04/05/2024)', SWAP_2024),
  day('2024-05-04', 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi Thứ Hai 29/04/2024', SWAP_2024),
  ...span('2024-08-31', '2024-09-03', 'Nghỉ Quốc khánh (02/09 và 03/09/2024)', LABOUR_NOTICE_2024, 'NATIONAL_DAY'),

  // 2025
  ...span('2025-01-25', '2025-02-02', 'Nghỉ Tết Âm lịch Ất Tỵ (từ 26 tháng Chạp đến mùng 5 tháng Giêng), gồm 05 ngày Tết (27/01–31/01) và 04 ngày nghỉ hằng tuần', NOTICE_2025, 'TET'),
  day('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 và 1/5 (làm bù Thứ Bảy 26/04/2025)', NOTICE_2025),
  day('2025-04-26', 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi Thứ Sáu 02/05/2025', NOTICE_2025),
  ...span('2025-08-30', '2025-09-02', 'Nghỉ Quốc khánh (01/09 và 02/09/2025)', NOTICE_2025, 'NATIONAL_DAY'),

  // 2026
  day('2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù Thứ Bảy 10/01/2026)', NEW_YEAR_2026),
  day('2026-01-10', 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi Thứ Sáu 02/01/2026', NEW_YEAR_2026),
  ...span('2026-02-14', '2026-02-22', 'Nghỉ Tết Âm lịch Bính Ngọ (từ 27 tháng Chạp đến mùng 6 tháng Giêng), gồm 05 ngày Tết (16/02–20/02) và 04 ngày nghỉ hằng tuần', NOTICE_2026, 'TET'),
  day('2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026 trùng Chủ nhật)', HUNG_2026),
  ...span('2026-08-29', '2026-09-02', 'Nghỉ Quốc khánh (01/09 và 02/09/2026), hoán đổi Thứ Hai 31/08 sang Thứ Bảy 22/08', NOTICE_2026, 'NATIONAL_DAY'),
  day('2026-08-22', 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi Thứ Hai 31/08/2026 (dịp Quốc khánh)', NOTICE_2026, 'NATIONAL_DAY'),
];

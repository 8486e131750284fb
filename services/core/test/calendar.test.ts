import { addDays, isoDate, weekday, WorkingCalendar, type CalendarException } from '../src/calendar';

const calendar = WorkingCalendar.official();

function weekdaysOff(year: number): string[] {
  const out: string[] = [];
  for (let d = isoDate(year, 1, 1); d < isoDate(year + 1, 1, 1); d = addDays(d, 1)) {
    const w = weekday(d);
    if (w !== 0 && w !== 6 && !calendar.isWorkingDay(d)) out.push(d.slice(5));
  }
  return out;
}

function workingWeekendDays(year: number): string[] {
  const out: string[] = [];
  for (let d = isoDate(year, 1, 1); d < isoDate(year + 1, 1, 1); d = addDays(d, 1)) {
    const w = weekday(d);
    if ((w === 0 || w === 6) && calendar.isWorkingDay(d)) out.push(d.slice(5));
  }
  return out;
}

describe('official days off of civil servants', () => {
  test.each([
    [
      2023,
      // 2/1 compensatory (1/1 Sun); Tết 20–26/1; 1/5 + compensatory 2/5, 3/5 for Hùng Kings (Sat 29/4) and 30/4 (Sun); 1/9 + 4/9 (2/9 Sat)
      ['01-02', '01-20', '01-23', '01-24', '01-25', '01-26', '05-01', '05-02', '05-03', '09-01', '09-04'],
      [],
    ],
    [
      2024,
      // Tết 8–14/2; Hùng Kings Thu 18/4; 29/4 swapped for Sat 4/5; 30/4, 1/5; 2/9 + 3/9
      ['01-01', '02-08', '02-09', '02-12', '02-13', '02-14', '04-18', '04-29', '04-30', '05-01', '09-02', '09-03'],
      ['05-04'],
    ],
    [
      2025,
      // Tết 25/1–2/2 (weekdays 27–31/1); Hùng Kings Mon 7/4; 2/5 swapped for Sat 26/4; 1/9 + 2/9
      ['01-01', '01-27', '01-28', '01-29', '01-30', '01-31', '04-07', '04-30', '05-01', '05-02', '09-01', '09-02'],
      ['04-26'],
    ],
    [
      2026,
      // 2/1 swapped for Sat 10/1; Tết 14–22/2; 27/4 compensatory (Hùng Kings Sun 26/4); 31/8 swapped for Sat 22/8; 1/9 + 2/9
      ['01-01', '01-02', '02-16', '02-17', '02-18', '02-19', '02-20', '04-27', '04-30', '05-01', '08-31', '09-01', '09-02'],
      ['01-10', '08-22'],
    ],
  ])('%i', (year, off, working) => {
    expect(weekdaysOff(year)).toEqual(off);
    expect(workingWeekendDays(year)).toEqual(working);
  });

  test.each([
    ['2023-01-21', 'EXCEPTION', /Tết Âm lịch Quý Mão/],
    ['2024-04-18', 'HOLIDAY', /Giỗ Tổ Hùng Vương/],
    ['2025-04-30', 'HOLIDAY', /Ngày Chiến thắng/],
    ['2025-05-01', 'HOLIDAY', /Quốc tế lao động/],
    ['2025-05-02', 'EXCEPTION', /hoán đổi/],
    ['2025-04-26', 'EXCEPTION', /Làm bù/],
    ['2023-05-02', 'EXCEPTION', /Nghỉ bù Giỗ Tổ Hùng Vương/],
    ['2024-03-09', 'WEEKEND', /Thứ Bảy/],
    ['2024-03-10', 'WEEKEND', /Chủ nhật/],
  ])('dayInfo(%s) says why: %s', (date, cause, reason) => {
    const info = calendar.dayInfo(date);
    expect(info.cause).toBe(cause);
    expect(info.reason).toMatch(reason);
    expect(info.reason).toBe(info.reason?.normalize('NFC'));
    expect(info.source).toBeTruthy();
  });

  test('a make-up Saturday is a working day, not a holiday', () => {
    expect(calendar.dayInfo('2026-08-22')).toMatchObject({ working: true, cause: 'EXCEPTION', holiday: null });
    expect(calendar.dayInfo('2026-08-31')).toMatchObject({ working: false, holiday: 'NATIONAL_DAY' });
  });

  test('an ordinary Tuesday is a working day with no reason', () => {
    expect(calendar.dayInfo('2025-03-11')).toEqual({
      date: '2025-03-11',
      working: true,
      cause: 'WORKDAY',
      reason: null,
      source: null,
      holiday: null,
    });
  });

  test('days(year) lists weekdays off, working weekend days and weekend holidays, each with a reason', () => {
    const days = calendar.days(2025);
    expect(days.find((d) => d.date === '2025-04-26')).toEqual({ date: '2025-04-26', working: true, reason: expect.stringMatching(/Làm bù/) });
    expect(days.find((d) => d.date === '2025-01-27')?.working).toBe(false);
    expect(days.find((d) => d.date === '2025-03-08')).toBeUndefined();
    expect(days.every((d) => d.reason.length > 0)).toBe(true);
    expect(days.filter((d) => !d.working && weekday(d.date) !== 0 && weekday(d.date) !== 6)).toHaveLength(12);
  });
});

describe('years without an official schedule use the Labour Code defaults', () => {
  test('2027: Tết with compensatory days, 1/5 on Saturday, 2/9 on Thursday with 3/9', () => {
    // Tết: 29 Chạp Fri 5/2, mùng 1–2 on the weekend → compensatory Wed 10/2 and Thu 11/2
    expect(weekdaysOff(2027)).toEqual(['01-01', '02-05', '02-08', '02-09', '02-10', '02-11', '04-16', '04-30', '05-03', '09-02', '09-03']);
    expect(calendar.dayInfo('2027-02-10')).toMatchObject({ cause: 'COMPENSATORY', holiday: 'TET', source: 'Bộ luật Lao động 2019, Điều 111 khoản 3' });
  });

  test('an official Tết period replaces the computed one and its compensatory days', () => {
    const tet2027: CalendarException[] = [];
    for (let d = '2027-02-04'; d <= '2027-02-10'; d = addDays(d, 1)) {
      tet2027.push({ date: d, kind: 'DAY_OFF', reason: 'Nghỉ Tết Âm lịch Đinh Mùi', source: 'Thông báo giả định', period: 'TET' });
    }
    const edited = new WorkingCalendar(tet2027);
    expect(edited.isWorkingDay('2027-02-04')).toBe(false);
    expect(edited.isWorkingDay('2027-02-11')).toBe(true);
    // Other holidays of the year are still computed.
    expect(edited.isWorkingDay('2027-04-16')).toBe(false);
  });

  test('two exceptions for one date are refused', () => {
    const e: CalendarException = { date: '2027-01-04', kind: 'DAY_OFF', reason: 'x', source: 'y' };
    expect(() => new WorkingCalendar([e, e])).toThrow(/Two calendar exceptions/);
  });

  test('dates are validated', () => {
    expect(() => calendar.isWorkingDay('2025-02-30')).toThrow(/Not an ISO calendar date/);
    expect(() => calendar.addWorkingDays('2025-1-2', 1)).toThrow();
  });
});

describe('counting working days', () => {
  test.each([
    // [from, n, expected, why]
    ['2024-03-04', 1, '2024-03-05', 'the start day is not counted (Civil Code Art. 147)'],
    ['2024-03-08', 1, '2024-03-11', 'Friday + 1 is Monday'],
    ['2025-01-24', 1, '2025-02-03', 'across the nine days of Tết 2025'],
    ['2025-01-22', 5, '2025-02-05', 'two before Tết, three after'],
    ['2026-02-10', 10, '2026-03-03', 'across Tết 2026'],
    ['2025-04-25', 1, '2025-04-26', 'the make-up Saturday counts'],
    ['2025-04-29', 1, '2025-05-05', 'across 30/4–4/5/2025'],
    ['2025-02-03', -1, '2025-01-24', 'backwards across Tết'],
    ['2024-03-11', -7, '2024-02-29', '"7 working days before"'],
    ['2024-03-11', 0, '2024-03-11', 'zero days'],
  ])('addWorkingDays(%s, %i) = %s — %s', (from, n, expected) => {
    expect(calendar.addWorkingDays(from, n)).toBe(expected);
  });

  test.each([
    ['2024-03-01', 10, '2024-03-11', 'ends on a working day'],
    ['2024-03-01', 8, '2024-03-11', 'Saturday end rolls to Monday (Civil Code Art. 148)'],
    ['2025-04-20', 10, '2025-05-05', '30/4, 1/5, the swapped 2/5 and the weekend are passed over'],
    ['2025-12-16', -7, '2025-12-09', 'backwards, on a working day'],
    ['2025-12-22', -8, '2025-12-12', 'backwards onto a Sunday rolls back to Friday'],
  ])('addCalendarDays(%s, %i) = %s — %s', (from, n, expected) => {
    expect(calendar.addCalendarDays(from, n)).toBe(expected);
  });

  test('nextWorkingDay, previousWorkingDay and the rolls', () => {
    expect(calendar.nextWorkingDay('2025-01-24')).toBe('2025-02-03');
    expect(calendar.nextWorkingDay('2025-03-11')).toBe('2025-03-12');
    expect(calendar.previousWorkingDay('2025-02-03')).toBe('2025-01-24');
    expect(calendar.rollForward('2025-03-11')).toBe('2025-03-11');
    expect(calendar.rollForward('2025-03-08')).toBe('2025-03-10');
    expect(calendar.rollBackward('2025-03-09')).toBe('2025-03-07');
  });

  test('workingDaysBetween counts (a, b] and is the inverse of addWorkingDays', () => {
    expect(calendar.workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1);
    expect(calendar.workingDaysBetween('2025-01-01', '2025-01-31')).toBe(17);
    expect(calendar.workingDaysBetween('2025-01-31', '2025-01-01')).toBe(-17);
    expect(calendar.workingDaysBetween('2025-06-02', '2025-06-02')).toBe(0);
    for (const n of [1, 5, 22, 60]) {
      const end = calendar.addWorkingDays('2024-12-20', n);
      expect(calendar.workingDaysBetween('2024-12-20', end)).toBe(n);
    }
  });

  test('workingDaysBetween gives the day-by-day count across years, Tết and leap days', () => {
    const walked = (a: string, b: string) => {
      let n = 0;
      for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n++;
      return n;
    };
    const pairs: Array<[string, string]> = [
      ['2023-12-31', '2024-01-01'],
      ['2024-02-28', '2024-03-01'],
      ['2023-01-15', '2026-02-20'],
      ['2025-12-31', '2026-12-31'],
      ['2026-01-01', '2026-01-01'],
    ];
    for (let i = 0; i < 40; i++) pairs.push([addDays('2023-01-01', i * 37), addDays('2023-01-01', i * 37 + ((i * 53) % 400))]);
    for (const [a, b] of pairs) {
      expect(calendar.workingDaysBetween(a, b)).toBe(walked(a, b));
      expect(calendar.workingDaysBetween(b, a)).toBe(0 - walked(a, b));
    }
  });
});

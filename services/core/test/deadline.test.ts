import { WorkingCalendar } from '../src/calendar';
import { computeDeadline, DEADLINE_ITEM_KINDS, DEFAULT_DEADLINE_RULES, type DeadlineInput, type DeadlineRule } from '../src/deadlines';
import { errorCode } from '../src/errors';
import { GraphQLError } from 'graphql';

const calendar = WorkingCalendar.official();
const due = (input: DeadlineInput, rules: readonly DeadlineRule[] = DEFAULT_DEADLINE_RULES) => computeDeadline(input, rules, calendar);

/** The error a call throws, to assert its code and field. */
function thrown(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('default rules', () => {
  test.each<[string, DeadlineInput, string, string]>([
    ['complaint acceptance, 10 days', { kind: 'COMPLAINT_ACCEPTANCE', start: '2024-03-01' }, '2024-03-11', 'COMPLAINT_ACCEPTANCE'],
    ['complaint acceptance ending on 30/4 rolls past 1/5', { kind: 'COMPLAINT_ACCEPTANCE', start: '2024-04-20' }, '2024-05-02', 'COMPLAINT_ACCEPTANCE'],
    ['complaint, first round, 30 days (Sunday end → Monday)', { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01' }, '2024-04-01', 'COMPLAINT_RESOLUTION'],
    ['complaint, first round, complex: 45', { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01', complexity: 'COMPLEX' }, '2024-04-15', 'COMPLAINT_RESOLUTION'],
    ['complaint, first round, especially complex counts as complex: 45', { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01', complexity: 'ESPECIALLY_COMPLEX' }, '2024-04-15', 'COMPLAINT_RESOLUTION'],
    ['complaint, first round, remote: 45', { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01', remoteArea: true }, '2024-04-15', 'COMPLAINT_RESOLUTION'],
    ['complaint, first round, remote + complex: 60 (30/4, 1/5 passed)', { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01', remoteArea: true, complexity: 'COMPLEX' }, '2024-05-02', 'COMPLAINT_RESOLUTION'],
    ['complaint, second round: 45', { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01', round: 'SECOND' }, '2024-04-15', 'COMPLAINT_RESOLUTION'],
    ['complaint, second round, complex: 60', { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01', round: 'SECOND', complexity: 'COMPLEX' }, '2024-05-02', 'COMPLAINT_RESOLUTION'],
    ['complaint, second round, remote: 60', { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01', round: 'SECOND', remoteArea: true }, '2024-05-02', 'COMPLAINT_RESOLUTION'],
    ['complaint, second round, remote + complex: 70', { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01', round: 'SECOND', remoteArea: true, complexity: 'COMPLEX' }, '2024-05-10', 'COMPLAINT_RESOLUTION'],
    ['denunciation, initial: 7 working days across Tết', { kind: 'DENUNCIATION_INITIAL', start: '2025-01-22' }, '2025-02-07', 'DENUNCIATION_INITIAL'],
    ['denunciation, initial, several places: 10 working days', { kind: 'DENUNCIATION_INITIAL', start: '2025-01-22', severalPlaces: true }, '2025-02-12', 'DENUNCIATION_INITIAL'],
    ['denunciation resolution: 30 days', { kind: 'DENUNCIATION_RESOLUTION', start: '2024-06-03' }, '2024-07-03', 'DENUNCIATION_RESOLUTION'],
    ['denunciation resolution, complex, extended once: 60', { kind: 'DENUNCIATION_RESOLUTION', start: '2024-06-03', complexity: 'COMPLEX', extensions: 1 }, '2024-08-02', 'DENUNCIATION_RESOLUTION'],
    ['denunciation resolution, especially complex, extended twice: 90 → Sun 1/9, National Day → 4/9', { kind: 'DENUNCIATION_RESOLUTION', start: '2024-06-03', complexity: 'ESPECIALLY_COMPLEX', extensions: 2 }, '2024-09-04', 'DENUNCIATION_RESOLUTION'],
    ['petition processing: 10 working days across Tết 2026', { kind: 'PETITION_PROCESSING', start: '2026-02-10' }, '2026-03-03', 'PETITION_PROCESSING'],
    ['recommendation follow-up: explicit date on 1/5 moves to the next working day', { kind: 'RECOMMENDATION_FOLLOW_UP', start: '2025-03-01', explicitDue: '2025-05-01' }, '2025-05-05', 'RECOMMENDATION_FOLLOW_UP'],
    ['assignment: explicit working date kept', { kind: 'ASSIGNMENT', start: '2025-05-12', explicitDue: '2025-06-30' }, '2025-06-30', 'ASSIGNMENT'],
    ['voter petition: 30 days', { kind: 'VOTER_PETITION_ANSWER', start: '2025-06-10' }, '2025-07-10', 'VOTER_PETITION_ANSWER'],
    ['voter petition: capped at the working day before the next regular session', { kind: 'VOTER_PETITION_ANSWER', start: '2025-06-10', cap: '2025-07-08' }, '2025-07-07', 'VOTER_PETITION_ANSWER'],
    ['voter petition: a later session does not move it', { kind: 'VOTER_PETITION_ANSWER', start: '2025-06-10', cap: '2025-12-01' }, '2025-07-10', 'VOTER_PETITION_ANSWER'],
    ['session documents: 7 days before the opening', { kind: 'SESSION_DOCUMENTS', start: '2025-12-09' }, '2025-12-02', 'SESSION_DOCUMENTS'],
    ['session documents: 7 days before falls in Tết → the working day before', { kind: 'SESSION_DOCUMENTS', start: '2026-02-24' }, '2026-02-13', 'SESSION_DOCUMENTS'],
    ['front recommendation: 30 days, past National Day 2025', { kind: 'FRONT_RECOMMENDATION_ANSWER', start: '2025-08-02' }, '2025-09-03', 'FRONT_RECOMMENDATION_ANSWER'],
  ])('%s', (_name, input, expected, code) => {
    const result = due(input);
    expect(result.due).toBe(expected);
    expect(result.rule).toEqual({ code, version: 1 });
    expect(result.paused).toBe(false);
  });

  test('every item kind has a default rule', () => {
    const kinds = new Set(DEFAULT_DEADLINE_RULES.map((r) => r.itemKind));
    expect([...kinds].sort()).toEqual([...DEADLINE_ITEM_KINDS].sort());
  });
});

describe('extensions', () => {
  test.each<[string, DeadlineInput, string]>([
    ['a third extension of an especially complex denunciation', { kind: 'DENUNCIATION_RESOLUTION', start: '2024-06-03', complexity: 'ESPECIALLY_COMPLEX', extensions: 3 }, 'tối đa 2 lần'],
    ['a second extension of a complex denunciation', { kind: 'DENUNCIATION_RESOLUTION', start: '2024-06-03', complexity: 'COMPLEX', extensions: 2 }, 'tối đa 1 lần'],
    ['any extension of an ordinary denunciation', { kind: 'DENUNCIATION_RESOLUTION', start: '2024-06-03', extensions: 1 }, 'không cho phép gia hạn'],
    ['an extension of a complaint', { kind: 'COMPLAINT_RESOLUTION', start: '2024-06-03', extensions: 1 }, 'không cho phép gia hạn'],
    ['a negative count', { kind: 'DENUNCIATION_RESOLUTION', start: '2024-06-03', extensions: -1 }, 'không âm'],
  ])('%s is refused with BAD_USER_INPUT on input.extensions', (_name, input, message) => {
    const error = thrown(() => due(input));
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe('input.extensions');
    expect(error.message).toContain(message);
  });

  test('the explanation records the extensions', () => {
    const { explanation } = due({ kind: 'DENUNCIATION_RESOLUTION', start: '2024-06-03', complexity: 'ESPECIALLY_COMPLEX', extensions: 2 });
    expect(explanation.extensions).toEqual({ granted: 2, max: 2, daysEach: 30, daysAdded: 60 });
    expect(explanation.daysCounted).toBe(90);
    expect(explanation.rule.variant).toMatch(/đặc biệt phức tạp/);
    expect(explanation.countedEnd).toBe('2024-09-01');
    expect(explanation.skipped.map((s) => s.date)).toEqual(['2024-09-01', '2024-09-02', '2024-09-03']);
    expect(explanation.summary).toBe(
      'Hạn: 04/09/2024 — 30 ngày kể từ ngày 03/06/2024 theo Luật Tố cáo 25/2018/QH14, Điều 30 (vụ việc đặc biệt phức tạp, được gia hạn hai lần); ' +
        'gia hạn 2 lần, thêm 60 ngày; ngày 01/09/2024 là ngày nghỉ nên chuyển sang ngày làm việc tiếp theo.',
    );
  });
});

describe('suspensions pause the clock', () => {
  const complaint: DeadlineInput = { kind: 'COMPLAINT_RESOLUTION', start: '2024-03-01' };

  test('closed suspension adds its calendar days back', () => {
    const result = due({ ...complaint, suspensions: [{ from: '2024-03-10', to: '2024-03-19' }] });
    expect(result.due).toBe('2024-04-10');
    expect(result.explanation.suspensions).toEqual([{ from: '2024-03-10', to: '2024-03-19', daysAdded: 10, applied: true }]);
    expect(result.explanation.summary).toContain('cộng 10 ngày tạm đình chỉ');
  });

  test('overlapping suspensions count each day once', () => {
    const result = due({
      ...complaint,
      suspensions: [
        { from: '2024-03-12', to: '2024-03-19' },
        { from: '2024-03-10', to: '2024-03-14' },
      ],
    });
    expect(result.due).toBe('2024-04-10');
  });

  test('a suspension after the due date changes nothing', () => {
    const result = due({ ...complaint, suspensions: [{ from: '2024-05-01', to: '2024-05-10' }] });
    expect(result.due).toBe('2024-04-01');
    expect(result.explanation.suspensions[0].applied).toBe(false);
  });

  test('an open suspension pauses: no due date until it is closed', () => {
    const result = due({ ...complaint, suspensions: [{ from: '2024-03-10', to: null }] });
    expect(result).toMatchObject({ due: null, paused: true });
    expect(result.explanation.summary).toContain('đang tạm đình chỉ từ ngày 10/03/2024');
  });

  test('working-day rules add back the working days suspended', () => {
    // 7 working days from Mon 3/3/2025 end on 12/3; Thu 6/3–Mon 10/3 holds 3 working days.
    expect(due({ kind: 'DENUNCIATION_INITIAL', start: '2025-03-03' }).due).toBe('2025-03-12');
    const result = due({ kind: 'DENUNCIATION_INITIAL', start: '2025-03-03', suspensions: [{ from: '2025-03-06', to: '2025-03-10' }] });
    expect(result.due).toBe('2025-03-17');
    expect(result.explanation.suspensions[0].daysAdded).toBe(3);
    expect(result.explanation.daysCounted).toBe(10);
  });

  test('an explicit date moves by the days suspended', () => {
    const result = due({ kind: 'ASSIGNMENT', start: '2025-05-12', explicitDue: '2025-06-30', suspensions: [{ from: '2025-06-01', to: '2025-06-05' }] });
    expect(result.due).toBe('2025-07-07'); // 30/6 + 5 = Sat 5/7 → Mon 7/7
  });

  test('a suspension before the clock start is refused', () => {
    const error = thrown(() => due({ ...complaint, suspensions: [{ from: '2024-02-01', to: '2024-02-05' }] }));
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe('input.suspensions.0.from');
  });
});

describe('explanation', () => {
  test('working-day count across Tết lists every day skipped with its reason', () => {
    const { explanation } = due({ kind: 'DENUNCIATION_INITIAL', start: '2025-01-22' });
    expect(explanation).toMatchObject({
      rule: { code: 'DENUNCIATION_INITIAL', version: 1, legalBasis: 'Luật Tố cáo 25/2018/QH14, Điều 24', variant: null },
      start: '2025-01-22',
      counting: 'WORKING',
      baseDays: 7,
      daysCounted: 7,
      due: '2025-02-07',
    });
    expect(explanation.skipped.map((s) => s.date)).toEqual([
      '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29',
      '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02',
    ]);
    expect(explanation.skipped.every((s) => /Tết/.test(s.reason))).toBe(true);
    expect(explanation.summary).toBe('Hạn: 07/02/2025 — 7 ngày làm việc kể từ ngày 22/01/2025 theo Luật Tố cáo 25/2018/QH14, Điều 24.');
  });

  test('calendar count lists the days an end on a day off moved across', () => {
    const { explanation } = due({ kind: 'COMPLAINT_ACCEPTANCE', start: '2024-04-20' });
    expect(explanation.countedEnd).toBe('2024-04-30');
    expect(explanation.skipped).toEqual([
      { date: '2024-04-30', reason: 'Ngày Chiến thắng (30/4)', holiday: 'REUNIFICATION_DAY' },
      { date: '2024-05-01', reason: 'Ngày Quốc tế lao động (1/5)', holiday: 'LABOUR_DAY' },
    ]);
  });
});

describe('explicit dates and bad input', () => {
  test.each<[string, DeadlineInput, string]>([
    ['a recommendation without its date', { kind: 'RECOMMENDATION_FOLLOW_UP', start: '2025-03-01' }, 'input.explicitDue'],
    ['an assignment without its date', { kind: 'ASSIGNMENT', start: '2025-03-01' }, 'input.explicitDue'],
    ['a date before the start', { kind: 'ASSIGNMENT', start: '2025-03-01', explicitDue: '2025-02-01' }, 'input.explicitDue'],
    ['a start before any rule was in force', { kind: 'COMPLAINT_ACCEPTANCE', start: '2010-01-04' }, 'input.start'],
    ['an unknown kind', { kind: 'PARKING_TICKET' as never, start: '2025-03-01' }, 'input.kind'],
    ['a malformed start', { kind: 'COMPLAINT_ACCEPTANCE', start: '2025-13-01' }, 'input.start'],
    ['a session cap before the start', { kind: 'VOTER_PETITION_ANSWER', start: '2025-06-10', cap: '2025-06-01' }, 'input.cap'],
  ])('%s → BAD_USER_INPUT', (_name, input, field) => {
    const error = thrown(() => due(input));
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe(field);
  });
});

describe('rule versions', () => {
  const v1 = DEFAULT_DEADLINE_RULES.find((r) => r.code === 'COMPLAINT_ACCEPTANCE') as DeadlineRule;
  const rules: DeadlineRule[] = [
    { ...v1, effectiveTo: '2025-06-30' },
    { ...v1, version: 2, counting: 'WORKING', baseDays: 15, effectiveFrom: '2025-07-01', effectiveTo: null },
  ];

  test.each([
    ['2025-06-30', 1, '2025-07-10'],
    ['2025-07-01', 2, '2025-07-22'],
  ])('a clock started on %s uses version %i', (start, version, expected) => {
    const result = due({ kind: 'COMPLAINT_ACCEPTANCE', start }, rules);
    expect(result.rule).toEqual({ code: 'COMPLAINT_ACCEPTANCE', version });
    expect(result.due).toBe(expected);
  });
});

describe('a rule counted before an event', () => {
  const before = (counting: 'WORKING' | 'CALENDAR', days: number): DeadlineRule[] =>
    DEFAULT_DEADLINE_RULES.map((r) => (r.itemKind === 'SESSION_DOCUMENTS' ? { ...r, counting, baseDays: days } : r));

  test.each<[string, 'WORKING' | 'CALENDAR', number, string, string, string[]]>([
    ['7 calendar days before Wed 15/07/2026', 'CALENDAR', 7, '2026-07-15', '2026-07-08', []],
    ['7 working days before Wed 15/07/2026: the weekend is not counted', 'WORKING', 7, '2026-07-15', '2026-07-06', ['2026-07-11', '2026-07-12']],
    ['3 working days before Fri 05/09/2025: National Day and its adjacent day are not counted', 'WORKING', 3, '2025-09-05', '2025-08-29', ['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02']],
    ['1 working day before Mon 09/03/2026: back over the weekend', 'WORKING', 1, '2026-03-09', '2026-03-06', ['2026-03-07', '2026-03-08']],
  ])('%s', (_name, counting, days, start, expected, skipped) => {
    const result = due({ kind: 'SESSION_DOCUMENTS', start }, before(counting, days));
    expect(result.due).toBe(expected);
    expect(result.explanation).toMatchObject({ counting, direction: 'BEFORE', daysCounted: days, due: expected });
    expect(result.explanation.skipped.map((d) => d.date)).toEqual(skipped);
    const [y, m, d] = expected.split('-');
    expect(result.explanation.summary).toContain(`Hạn: ${d}/${m}/${y}`);
    expect(result.explanation.summary).toContain(`${days} ${counting === 'WORKING' ? 'ngày làm việc' : 'ngày'} trước ngày`);
    if (counting === 'WORKING') expect(result.explanation.summary).not.toContain('ngày nghỉ');
  });
});

describe('effective dates (issue #13, item 9)', () => {
  test('the petition rule starts on 15/11/2021, when Circular 05/2021/TT-TTCP took effect', () => {
    expect(due({ kind: 'PETITION_PROCESSING', start: '2021-11-15' }).rule).toEqual({ code: 'PETITION_PROCESSING', version: 1 });
    const error = thrown(() => due({ kind: 'PETITION_PROCESSING', start: '2021-11-01' }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.start' });
  });

  test('a voter petition forwarded from 1 July 2025 is answered under the 2025 act, one before under the regulation', () => {
    expect(due({ kind: 'VOTER_PETITION_ANSWER', start: '2025-06-30' }).rule).toEqual({ code: 'VOTER_PETITION_ANSWER', version: 1 });
    expect(due({ kind: 'VOTER_PETITION_ANSWER', start: '2025-07-01' })).toMatchObject({ due: '2025-07-31', rule: { code: 'VOTER_PETITION_ANSWER', version: 2 } });
  });
});

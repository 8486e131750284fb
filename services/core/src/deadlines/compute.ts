import { addDays, daysBetween, formatVi, isCalendarDate, maxDate, type IsoDate } from '../calendar/dates';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { badInput } from '../errors';
import type { DeadlineExplanation, SkippedDay, SuspensionApplied } from './explanation';
import type { ComplaintRound, Complexity, DeadlineItemKind, DeadlineRule } from './rules';
import { matchVariant, ruleInForce } from './select';

/** A pause of the clock by decision (tạm đình chỉ). Both ends are days of suspension. */
export interface Suspension {
  from: IsoDate;
  /** The last suspended day; null while the suspension is open. */
  to: IsoDate | null;
}

export interface DeadlineInput {
  kind: DeadlineItemKind;
  /** The day the clock starts (received, accepted, forwarded, session start…); not counted itself. */
  start: IsoDate;
  complexity?: Complexity;
  remoteArea?: boolean;
  round?: ComplaintRound;
  severalPlaces?: boolean;
  /** Extensions granted by decision so far. */
  extensions?: number;
  /**
   * The days each extension decision granted, in order ("up to" the rule's extensionDays, Law
   * 25/2018 Art. 30); null for a decision that took the full period. When given, it sets the
   * count too; when absent, every extension counts the full period.
   */
  extensionLengths?: readonly (number | null)[];
  suspensions?: readonly Suspension[];
  /** The date set by the issuing act (supervision conclusion, directive); overrides the rule's days. */
  explicitDue?: IsoDate | null;
  /** The due date must fall before this date (the next regular session's opening day). */
  cap?: IsoDate | null;
}

export interface DeadlineResult {
  /** Null while an open suspension pauses the clock. */
  due: IsoDate | null;
  paused: boolean;
  rule: { code: string; version: number };
  explanation: DeadlineExplanation;
}

const COUNTING_VI = { WORKING: 'ngày làm việc', CALENDAR: 'ngày' } as const;

/**
 * Computes a due date from the rule in force on the start date.
 *
 * Suspensions: the days from `from` to `to` (inclusive, and only those after the start) are
 * added back, counted in the rule's unit, for every suspension that began on or before the
 * due date as it stood. An open suspension (`to: null`) that began by then pauses the clock:
 * `due` is null and `paused` true; when it is closed the call is repeated with its end.
 *
 * Throws `badInput` (BAD_USER_INPUT, with the field) for an unknown rule, a missing explicit
 * date, too many extensions, or inconsistent dates.
 */
export function computeDeadline(input: DeadlineInput, rules: readonly DeadlineRule[], calendar: WorkingCalendar): DeadlineResult {
  const { start } = input;
  if (!isCalendarDate(start)) throw badInput('input.start', `Ngày bắt đầu tính thời hạn không hợp lệ: ${String(start)}`);
  const rule = ruleInForce(rules, input.kind, start);
  if (!rule) {
    if (!rules.some((r) => r.itemKind === input.kind)) throw badInput('input.kind', `Không có quy định thời hạn cho ${String(input.kind)}.`);
    throw badInput('input.start', `Không có quy định thời hạn cho ${input.kind} có hiệu lực vào ngày ${formatVi(start)}.`);
  }
  const variant = matchVariant(rule, {
    complexity: input.complexity ?? 'NORMAL',
    remoteArea: input.remoteArea ?? false,
    round: input.round ?? 'FIRST',
    severalPlaces: input.severalPlaces ?? false,
  });
  const maxExtensions = variant?.maxExtensions ?? rule.maxExtensions;
  const granted = input.extensionLengths?.length ?? input.extensions ?? 0;
  if (!Number.isInteger(granted) || granted < 0) throw badInput('input.extensions', 'Số lần gia hạn phải là số nguyên không âm.');
  if (granted > maxExtensions) {
    throw badInput(
      'input.extensions',
      maxExtensions === 0
        ? `Quy định ${rule.code} không cho phép gia hạn trong trường hợp này.`
        : `Chỉ được gia hạn tối đa ${maxExtensions} lần (${rule.legalBasis}); đã yêu cầu ${granted} lần.`,
    );
  }

  const explicitDue = input.explicitDue ?? null;
  if (explicitDue !== null) {
    if (!isCalendarDate(explicitDue)) throw badInput('input.explicitDue', `Hạn không hợp lệ: ${String(explicitDue)}`);
    if (explicitDue < start) throw badInput('input.explicitDue', 'Hạn xử lý không được trước ngày bắt đầu.');
  } else if (rule.explicitDueRequired || rule.baseDays === null) {
    throw badInput('input.explicitDue', `Cần nhập hạn xử lý ghi trong văn bản (${rule.legalBasis}).`);
  }
  const suspensions = normalizeSuspensions(input.suspensions ?? [], start);
  if (rule.direction === 'BEFORE' && suspensions.length > 0) {
    throw badInput('input.suspensions', 'Thời hạn tính ngược trước một sự kiện không thể tạm đình chỉ.');
  }

  const baseDays = explicitDue !== null ? null : (variant?.days ?? (rule.baseDays as number));
  const extensionDays = extensionTotal(input.extensionLengths, granted, rule.extensionDays);
  const counting = explicitDue !== null ? 'CALENDAR' : rule.counting;
  const length = (from: IsoDate, to: IsoDate) => {
    const first = maxDate(from, addDays(start, 1));
    if (to < first) return 0;
    return counting === 'WORKING' ? calendar.workingDaysBetween(addDays(first, -1), to) : daysBetween(first, to) + 1;
  };

  // For an explicit date, the days counted are only those added to it (extensions, suspensions).
  let daysCounted = (baseDays ?? 0) + extensionDays;
  const endFor = (days: number): IsoDate => {
    if (explicitDue !== null) return addDays(explicitDue, days);
    const signed = rule.direction === 'BEFORE' ? -days : days;
    return counting === 'WORKING' ? calendar.addWorkingDays(start, signed) : addDays(start, signed);
  };
  const settle = (end: IsoDate) => (rule.direction === 'BEFORE' ? calendar.rollBackward(end) : calendar.rollForward(end));

  let countedEnd = endFor(daysCounted);
  let due = settle(countedEnd);
  let paused = false;
  const applied: SuspensionApplied[] = [];
  for (const s of suspensions) {
    if (paused || s.from > due) {
      applied.push({ from: s.from, to: s.to, daysAdded: 0, applied: false });
      continue;
    }
    if (s.to === null) {
      paused = true;
      applied.push({ from: s.from, to: null, daysAdded: 0, applied: true });
      continue;
    }
    const added = length(s.from, s.to);
    daysCounted += added;
    countedEnd = endFor(daysCounted);
    due = settle(countedEnd);
    applied.push({ from: s.from, to: s.to, daysAdded: added, applied: true });
  }

  let cappedBy: IsoDate | null = null;
  const cap = input.cap ?? null;
  if (cap !== null) {
    if (!isCalendarDate(cap)) throw badInput('input.cap', `Ngày không hợp lệ: ${String(cap)}`);
    const limit = calendar.previousWorkingDay(cap);
    if (limit <= start) throw badInput('input.cap', 'Kỳ họp tiếp theo phải sau ngày bắt đầu tính thời hạn.');
    if (!paused && due > limit) {
      due = limit;
      cappedBy = cap;
    }
  }

  const skipped = skippedDays(calendar, start, countedEnd, due, counting, rule.direction, cappedBy !== null);
  const explanation: DeadlineExplanation = {
    rule: { code: rule.code, version: rule.version, legalBasis: rule.legalBasis, variant: variant?.label ?? null },
    start,
    counting,
    direction: rule.direction,
    baseDays,
    extensions: { granted, max: maxExtensions, daysEach: rule.extensionDays, daysAdded: extensionDays },
    suspensions: applied,
    daysCounted,
    explicitDue,
    countedEnd: paused ? null : countedEnd,
    skipped: paused ? [] : skipped,
    cappedBy,
    paused,
    due: paused ? null : due,
    summary: '',
  };
  explanation.summary = summarize(explanation);
  return { due: explanation.due, paused, rule: { code: rule.code, version: rule.version }, explanation };
}

/** Sorted, merged, validated; an open suspension swallows everything after its start. */
function normalizeSuspensions(list: readonly Suspension[], start: IsoDate): Suspension[] {
  list.forEach((s, i) => {
    if (!isCalendarDate(s.from)) throw badInput(`input.suspensions.${i}.from`, `Ngày không hợp lệ: ${String(s.from)}`);
    if (s.from < start) throw badInput(`input.suspensions.${i}.from`, 'Tạm đình chỉ không thể bắt đầu trước ngày bắt đầu tính thời hạn.');
    if (s.to !== null && (!isCalendarDate(s.to) || s.to < s.from)) {
      throw badInput(`input.suspensions.${i}.to`, 'Ngày kết thúc tạm đình chỉ không hợp lệ.');
    }
  });
  const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Suspension[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || s.from <= addDays(last.to, 1))) {
      last.to = last.to === null || s.to === null ? null : maxDate(last.to, s.to);
    } else {
      merged.push({ from: s.from, to: s.to });
    }
  }
  return merged;
}

function skippedDays(
  calendar: WorkingCalendar,
  start: IsoDate,
  countedEnd: IsoDate,
  due: IsoDate,
  counting: 'WORKING' | 'CALENDAR',
  direction: 'AFTER' | 'BEFORE',
  capped: boolean,
): SkippedDay[] {
  let from: IsoDate;
  let to: IsoDate;
  // WORKING: the days off not counted between the start and the due date, whichever way the count runs.
  if (direction === 'BEFORE' && counting === 'WORKING') [from, to] = [addDays(due, 1), addDays(start, -1)];
  else if (direction === 'BEFORE') [from, to] = [addDays(due, 1), countedEnd];
  else if (counting === 'WORKING') [from, to] = [addDays(start, 1), due];
  else [from, to] = [countedEnd, addDays(due, -1)];
  if (capped || to < from) return [];
  return calendar
    .daysOff(from, to)
    .map((d) => ({ date: d.date, reason: d.reason ?? '', holiday: d.holiday }));
}

function summarize(e: DeadlineExplanation): string {
  const unit = COUNTING_VI[e.counting];
  const parts: string[] = [];
  if (e.explicitDue !== null) {
    parts.push(`Hạn ghi trong văn bản ${formatVi(e.explicitDue)} (${e.rule.legalBasis})`);
  } else if (e.direction === 'BEFORE') {
    parts.push(`${e.baseDays} ${unit} trước ngày ${formatVi(e.start)} theo ${e.rule.legalBasis}`);
  } else {
    parts.push(`${e.baseDays} ${unit} kể từ ngày ${formatVi(e.start)} theo ${e.rule.legalBasis}${e.rule.variant ? ` (${e.rule.variant})` : ''}`);
  }
  if (e.extensions.granted > 0) parts.push(`gia hạn ${e.extensions.granted} lần, thêm ${e.extensions.daysAdded} ${unit}`);
  const added = e.suspensions.reduce((n, s) => n + s.daysAdded, 0);
  if (added > 0) parts.push(`cộng ${added} ${unit} tạm đình chỉ`);
  if (e.paused) {
    const open = e.suspensions.find((s) => s.applied && s.to === null);
    return `${parts.join('; ')}; đang tạm đình chỉ từ ngày ${formatVi(open?.from ?? e.start)}, thời hạn ngừng tính.`;
  }
  const due = e.due as IsoDate;
  if (e.cappedBy) parts.push(`không muộn hơn ngày làm việc trước kỳ họp ngày ${formatVi(e.cappedBy)}`);
  else if (e.countedEnd && e.countedEnd !== due) {
    parts.push(`ngày ${formatVi(e.countedEnd)} là ngày nghỉ nên chuyển sang ngày làm việc ${e.direction === 'BEFORE' ? 'liền trước' : 'tiếp theo'}`);
  }
  return `Hạn: ${formatVi(due)} — ${parts.join('; ')}.`;
}

/** Days the extensions add: each decision's own length, at most the rule's period. */
function extensionTotal(lengths: readonly (number | null)[] | undefined, granted: number, full: number): number {
  if (!lengths) return granted * full;
  return lengths.reduce<number>((sum, days, i) => {
    if (days === null) return sum + full;
    if (!Number.isInteger(days) || days < 1 || days > full) {
      throw badInput(`input.extensionLengths[${i}]`, `Mỗi lần gia hạn từ 1 đến ${full} ngày; quyết định thứ ${i + 1} ghi ${String(days)} ngày.`);
    }
    return sum + days;
  }, 0);
}

/**
 * The Front's due dates, in ONE function so that swapping in the shared rules and calendar
 * (services/core deadlines + calendar, with admin-edited holidays and make-up days) is a
 * one-line change. Until then: calendar days, a due date on a weekend moves to the next
 * working day (Civil Code 2015 Art. 148); official holidays are not yet known here.
 */
export type FrontDeadlineKind = 'VOTER_PETITION' | 'FRONT_RECOMMENDATION';

export interface DueDate {
  dueDate: string;
  /** Rule code and version, e.g. `VOTER_PETITION_ANSWER@1`. */
  rule: string;
  explanation: { basis: string; startDate: string; days: number; counting: 'CALENDAR'; steps: string[] };
}

const RULES: Record<FrontDeadlineKind, { code: string; days: number; basis: string }> = {
  VOTER_PETITION: { code: 'VOTER_PETITION_ANSWER@1', days: 30, basis: 'Nghị quyết liên tịch 72/2025 — trả lời kiến nghị cử tri' },
  FRONT_RECOMMENDATION: { code: 'FRONT_RECOMMENDATION_ANSWER@1', days: 30, basis: 'Quy chế phối hợp — trả lời kiến nghị của MTTQ' },
};

const DAY = 86_400_000;
const toDay = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY;
const fromDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const isWeekend = (n: number) => [0, 6].includes(new Date(n * DAY).getUTCDay());
const vi = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/**
 * Due date of a tracked Front item whose clock starts on `startDate`. `latest` caps it: a
 * voter petition must be answered before the next regular session opens.
 */
export function computeDueDate(kind: FrontDeadlineKind, startDate: string, latest?: string | null): DueDate {
  const rule = RULES[kind];
  const steps = [`Bắt đầu tính từ ${vi(startDate)}, cộng ${rule.days} ngày.`];
  let due = toDay(startDate) + rule.days;
  while (isWeekend(due)) due += 1;
  if (fromDay(due) !== fromDay(toDay(startDate) + rule.days)) steps.push(`Trùng ngày nghỉ, chuyển sang ngày làm việc tiếp theo ${vi(fromDay(due))}.`);
  if (latest && due >= toDay(latest)) {
    due = toDay(latest) - 1;
    while (isWeekend(due) && due > toDay(startDate)) due -= 1;
    steps.push(`Phải trả lời trước kỳ họp thường lệ khai mạc ngày ${vi(latest)}: hạn ${vi(fromDay(due))}.`);
  }
  const dueDate = fromDay(due);
  return { dueDate, rule: rule.code, explanation: { basis: rule.basis, startDate, days: rule.days, counting: 'CALENDAR', steps } };
}

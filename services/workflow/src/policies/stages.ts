import type { Body, TrackedItemKind } from '@phoihop/core';
import { badInput } from '@phoihop/core';

export type StageKind = 'REMINDER' | 'ESCALATION';

/** Who a stage reaches; resolved from the committee directory when the stage fires. */
export type RecipientRule = 'ASSIGNEE' | 'DEPARTMENT_HEAD' | 'VICE_CHAIR_IN_CHARGE' | 'CHAIR' | 'RAISING_BODY';

/** One step of an escalation ladder, stored as data (workflow.escalation_policy.stages). */
export interface PolicyStage {
  kind: StageKind;
  /** Working days from the due date: negative before it, 0 on it, positive once overdue. */
  offsetWorkingDays: number;
  /** 0 for reminders, 1.. for escalation levels. */
  level: number;
  recipient: RecipientRule;
}

/**
 * DESIGN.md, Deadlines: reminders at 5, 2 and 0 working days before; then levels 1–4 at 1, 2,
 * 5 and 10 working days overdue, each counted from the due date (not from the previous level).
 */
export const DEFAULT_STAGES: PolicyStage[] = [
  { kind: 'REMINDER', offsetWorkingDays: -5, level: 0, recipient: 'ASSIGNEE' },
  { kind: 'REMINDER', offsetWorkingDays: -2, level: 0, recipient: 'ASSIGNEE' },
  { kind: 'REMINDER', offsetWorkingDays: 0, level: 0, recipient: 'ASSIGNEE' },
  { kind: 'ESCALATION', offsetWorkingDays: 1, level: 1, recipient: 'DEPARTMENT_HEAD' },
  { kind: 'ESCALATION', offsetWorkingDays: 2, level: 2, recipient: 'VICE_CHAIR_IN_CHARGE' },
  { kind: 'ESCALATION', offsetWorkingDays: 5, level: 3, recipient: 'CHAIR' },
  { kind: 'ESCALATION', offsetWorkingDays: 10, level: 4, recipient: 'RAISING_BODY' },
];

/**
 * Bodies a RAISING_BODY stage reaches besides the one that raised the item: the council
 * Standing Committee compiles and supervises the answers to voters' petitions, beside the Front
 * standing board that forwarded them (DESIGN.md, Deadlines; issue #13, item 3).
 */
export const ALSO_RAISING: Partial<Record<TrackedItemKind, Body[]>> = { VOTER_PETITION: ['COUNCIL'] };

/** The stage's code in job ids and notification keys: `R5` (5 days before), `L2` (level 2). */
export function stageCode(stage: PolicyStage): string {
  return stage.kind === 'REMINDER' ? `R${-stage.offsetWorkingDays}` : `L${stage.level}`;
}

const RECIPIENTS: RecipientRule[] = ['ASSIGNEE', 'DEPARTMENT_HEAD', 'VICE_CHAIR_IN_CHARGE', 'CHAIR', 'RAISING_BODY'];

/**
 * Checks a ladder an admin submits; throws BAD_USER_INPUT naming the stage at fault.
 * Returns the stages in firing order.
 */
export function validateStages(stages: PolicyStage[], field = 'input.stages'): PolicyStage[] {
  if (stages.length === 0) throw badInput(field, 'Cần ít nhất một bước nhắc hạn hoặc cảnh báo.');
  if (stages.length > 20) throw badInput(field, 'Tối đa 20 bước.');
  const sorted = [...stages].sort((a, b) => a.offsetWorkingDays - b.offsetWorkingDays);
  let level = 0;
  sorted.forEach((s) => {
    const at = `${field}[${stages.indexOf(s)}]`;
    if (!Number.isInteger(s.offsetWorkingDays) || Math.abs(s.offsetWorkingDays) > 250) {
      throw badInput(`${at}.offsetWorkingDays`, 'Số ngày làm việc phải là số nguyên trong khoảng −250…250.');
    }
    if (!RECIPIENTS.includes(s.recipient)) throw badInput(`${at}.recipient`, `Người nhận không hợp lệ: ${s.recipient}`);
    if (s.kind === 'REMINDER') {
      if (s.offsetWorkingDays > 0) throw badInput(`${at}.offsetWorkingDays`, 'Nhắc hạn phải trước hoặc đúng ngày đến hạn.');
      if (s.level !== 0) throw badInput(`${at}.level`, 'Nhắc hạn không có cấp cảnh báo.');
    } else {
      if (s.offsetWorkingDays < 1) throw badInput(`${at}.offsetWorkingDays`, 'Cảnh báo chỉ bắt đầu khi đã quá hạn (từ 1 ngày làm việc).');
      if (s.level !== level + 1) throw badInput(`${at}.level`, 'Các cấp cảnh báo phải liên tiếp 1, 2, 3… theo thứ tự ngày.');
      level = s.level;
    }
  });
  const codes = sorted.map(stageCode);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) throw badInput(field, `Bước ${dup} bị trùng.`);
  return sorted;
}

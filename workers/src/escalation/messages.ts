import { formatDateVi } from '@phoihop/core';
import type { Deadline, PolicyStage } from '@phoihop/workflow';

const RAISED_BY: Record<Deadline['raisedBy'], string> = {
  COUNCIL: 'Thường trực HĐND',
  COMMITTEE: 'UBND',
  FRONT: 'Ban Thường trực Ủy ban MTTQ Việt Nam',
  CITIZEN: 'công dân',
};


/**
 * The Vietnamese text of a stage (NFC): names the item, its due date, the working days left
 * or overdue, and who raised it.
 */
export function stageMessage(stage: PolicyStage, d: Deadline, workingDaysLeft: number): { subject: string; body: string } {
  const due = formatDateVi(d.dueDate!);
  const raised = `Nguồn: ${RAISED_BY[d.raisedBy]}.`;
  let subject: string;
  let body: string;
  if (stage.kind === 'REMINDER') {
    subject = `Nhắc hạn: ${d.title}`;
    const left = workingDaysLeft > 0 ? `còn ${workingDaysLeft} ngày làm việc` : workingDaysLeft === 0 ? 'đến hạn hôm nay' : `đã quá hạn ${-workingDaysLeft} ngày làm việc`;
    body = `${d.title}: hạn giải quyết ngày ${due}, ${left}. ${raised}`;
  } else {
    subject = `Cảnh báo quá hạn cấp ${stage.level}: ${d.title}`;
    const late = Math.max(1, -workingDaysLeft);
    body = `${d.title}: hạn giải quyết ngày ${due}, đã quá hạn ${late} ngày làm việc. ${raised} Đề nghị chỉ đạo giải quyết dứt điểm.`;
  }
  return { subject: subject.normalize('NFC'), body: body.normalize('NFC') };
}

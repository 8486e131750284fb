import { badInput, procedureRuleOn, type ProcedureRule } from '@phoihop/core';
import type { SuspensionGround } from './case-suspension.entity';
import type { CitizenCase } from './citizen-case.entity';

/** The labels of the closed list (the enum's descriptions in cases.graphql), for the decision's reason. */
export const SUSPENSION_GROUND_LABEL: Record<SuspensionGround, string> = {
  AWAITING_OTHER_AUTHORITY: 'Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác',
  AWAITING_RELATED_CASE: 'Cần đợi kết quả giải quyết vụ việc khác có liên quan',
  AWAITING_ASSESSMENT: 'Cần đợi kết quả giám định bổ sung, giám định lại',
  PARTY_DIED_NO_SUCCESSOR: 'Người khiếu nại, tố cáo đã chết mà chưa xác định được người thừa kế quyền, nghĩa vụ',
  ORGANISATION_REORGANISED: 'Cơ quan, tổ chức hợp nhất, sáp nhập, chia, tách, giải thể mà chưa có người kế thừa quyền, nghĩa vụ',
  FORCE_MAJEURE: 'Sự kiện bất khả kháng',
};

/**
 * The suspension's ground and reason as the rule in force when the case was received wants
 * them: from 1 July 2026 a ground from the list (details optional), before it a free-text reason.
 */
export function suspensionGround(c: Pick<CitizenCase, 'receivedOn'>, ground: SuspensionGround | null | undefined, details: string | null): { ground: SuspensionGround | null; reason: string } {
  const rule: ProcedureRule<boolean> = procedureRuleOn('SUSPENSION_GROUND_LISTED', c.receivedOn);
  if (rule.value) {
    if (!ground) throw badInput('input.ground', `Vụ việc nhận từ ngày 01/7/2026: cần chọn căn cứ tạm đình chỉ (${rule.legalBasis}).`);
    return { ground, reason: details ? `${SUSPENSION_GROUND_LABEL[ground]}: ${details}` : SUSPENSION_GROUND_LABEL[ground] };
  }
  if (ground) throw badInput('input.ground', `Vụ việc nhận trước ngày 01/7/2026 ghi lý do tạm đình chỉ theo ${rule.legalBasis}, không chọn căn cứ.`);
  if (!details) throw badInput('input.reason', 'Cần nhập lý do tạm đình chỉ.');
  return { ground: null, reason: details };
}

import { TEXT_LIMIT, badInput, forbidden, nfc, notAfter, requiredText, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import type { Department } from '../directory/department.entity';
import { Official } from '../directory/official.entity';
import type { InspectorDecisionInput } from '../generated/graphql';
import { checkHandlingInspector } from './case-references';
import { InspectorAssignment } from './inspector-assignment.entity';

/** Where the case stands when an inspector is named: its id (once saved), jurisdiction and receipt day. */
export interface AssignedCase {
  id?: string;
  jurisdictionId: string;
  receivedOn: string;
}

/**
 * Names the handling inspector by a decision (issue 11 item 2): only the committee leader of
 * the jurisdiction or the head of the handling department decides, with the decision's number
 * and date, and never the inspector named, who would then read the denouncer's identity.
 * Returns the row to record once the case has its id.
 */
export async function decideInspector(
  ctx: GraphContext,
  m: EntityManager,
  c: AssignedCase,
  department: Department,
  inspectorId: string,
  decision: InspectorDecisionInput | null | undefined,
): Promise<Omit<InspectorAssignment, 'id' | 'caseId'>> {
  const user = ctx.access.requireSignedIn();
  if (user.officialId === inspectorId) throw forbidden('Không được tự phân công mình giải quyết vụ việc.');
  const leader = ctx.access.has(['COMMITTEE_LEADER'], { jurisdictionId: c.jurisdictionId });
  if (!leader && !(await headsDepartment(m, user.officialId, department))) {
    throw forbidden('Chỉ lãnh đạo UBND hoặc thủ trưởng cơ quan giải quyết mới được phân công người giải quyết.');
  }
  await checkHandlingInspector(m, inspectorId, department);
  if (!decision) throw badInput('input.inspectorDecision', 'Cần ghi số và ngày quyết định phân công người giải quyết.');
  const decisionNumber = requiredText('input.inspectorDecision.number', decision.number, { what: 'số quyết định phân công', max: TEXT_LIMIT.code });
  notAfter('input.inspectorDecision.decidedOn', decision.decidedOn, ctx.today(), 'Ngày quyết định phân công không được sau hôm nay.');
  if (decision.decidedOn < c.receivedOn) throw badInput('input.inspectorDecision.decidedOn', 'Ngày quyết định phân công không được trước ngày nhận đơn.');
  return {
    departmentId: department.id,
    inspectorId,
    decisionNumber,
    decidedOn: decision.decidedOn,
    decidedByOfficialId: user.officialId ?? null,
    decidedByName: nfc(user.name),
    recordedAt: ctx.clock.now(),
  };
}

/** Records a decision taken by decideInspector, in the case's transaction. */
export async function recordInspectorDecision(m: EntityManager, caseId: string, decided: Omit<InspectorAssignment, 'id' | 'caseId'>): Promise<void> {
  await m.getRepository(InspectorAssignment).insert({ ...decided, caseId });
}

async function headsDepartment(m: EntityManager, officialId: string | undefined, department: Department): Promise<boolean> {
  if (!officialId) return false;
  const me = await m.getRepository(Official).findOneBy({ id: officialId });
  return !!me?.active && me.position === 'DEPARTMENT_HEAD' && me.departmentId === department.id && me.jurisdictionId === department.jurisdictionId;
}

import { DEMO, stableId } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { computeDueDate } from './due-dates';
import { VoterContactMeeting } from './meetings/voter-contact-meeting.entity';
import { VoterPetition } from './petitions/voter-petition.entity';
import { FrontRecommendation } from './recommendations/front-recommendation.entity';
import { SocialSupervision } from './supervisions/social-supervision.entity';

// Demo records of the corrections and follow-up flows on Bắc Hồng Lĩnh, 2026.

/** A meeting whose minutes were corrected, and a petition merged into the one voters raised first. */
export async function seedCorrections(m: EntityManager, meetings: VoterContactMeeting[], now: Date) {
  const corrected = meetings[5];
  await m.getRepository(VoterContactMeeting).update({ id: corrected.id }, { voterCount: corrected.voterCount + 12, correctedAt: now });
  const original = await m.getRepository(VoterPetition).findOneByOrFail({ id: stableId('voter-petition', 'bhl-4') });
  const later = meetings[7];
  await m.getRepository(VoterPetition).save({
    ...original,
    id: stableId('voter-petition', 'bhl-merged-1'),
    meetingId: later.id,
    raisedOn: later.heldOn,
    content: 'Cử tri tiếp tục phản ánh bãi tập kết rác gần khu dân cư gây ô nhiễm, đề nghị sớm di dời.',
    status: 'MERGED',
    repeatOfId: original.id,
    recipientKind: null,
    recipientDepartmentId: null,
    recipientName: null,
    forwardedOn: null,
    forwardingDocument: null,
    answerDue: null,
    answerDueRule: null,
    answerDueExplanation: null,
    nextSessionId: null,
    nextSessionOn: null,
    createdAt: now,
    updatedAt: now,
  });
}

/** A 2026 social critique concluded, its recommendation answered on time (no open deadline left). */
export async function seedAnsweredSupervision(m: EntityManager, now: Date) {
  const jurisdictionId = DEMO.jurisdictions.bacHongLinh.id;
  const supervision = await m.getRepository(SocialSupervision).save({
    id: stableId('social-supervision', 'bhl-2026-2'),
    jurisdictionId,
    kind: 'SOCIAL_CRITIQUE',
    title: 'Phản biện dự thảo kế hoạch chỉnh trang đô thị phường Bắc Hồng Lĩnh giai đoạn 2026–2030',
    subjectName: 'UBND phường Bắc Hồng Lĩnh',
    subjectDepartmentId: DEMO.wardDepartments.bacEconomy.id,
    decisionDocument: '09/QĐ-MTTQ',
    startsOn: '2026-06-01',
    endsOn: '2026-06-19',
    conclusion: 'Dự thảo cơ bản phù hợp; đề nghị bổ sung phương án di dời bãi tập kết rác và lấy ý kiến cử tri các tổ dân phố.',
    createdAt: now,
  });
  const due = await computeDueDate(m.connection, 'FRONT_RECOMMENDATION', '2026-06-24');
  await m.getRepository(FrontRecommendation).save({
    id: stableId('front-recommendation', 'bhl-2026-2'),
    jurisdictionId,
    supervisionId: supervision.id,
    content: 'Đề nghị bổ sung phương án di dời bãi tập kết rác gần khu dân cư vào kế hoạch chỉnh trang đô thị.',
    field: 'ENVIRONMENT',
    recipientKind: 'COMMITTEE',
    recipientDepartmentId: DEMO.wardDepartments.bacEconomy.id,
    recipientName: DEMO.wardDepartments.bacEconomy.name,
    documentNumber: '11/KN-MTTQ',
    sentOn: '2026-06-24',
    dueDate: due.dueDate,
    dueRule: due.rule,
    dueExplanation: due.explanation,
    answerText: 'UBND phường đã bổ sung phương án di dời bãi tập kết rác về khu xử lý tập trung, thực hiện trong quý I/2027.',
    answeredOn: '2026-07-15',
    answeredByOfficialId: null,
    answeredByName: DEMO.wardDepartments.bacEconomy.name,
    answerDocument: '156/UBND',
    createdAt: now,
  });
}

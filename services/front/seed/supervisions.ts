import { computeDue, publishDeadline, stableId, type DeadlineCalculator } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import { FrontRecommendation } from '../src/recommendations/front-recommendation.entity';
import { recommendationDeadline } from '../src/recommendations/recommendation-deadline';
import { SocialSupervision } from '../src/supervisions/social-supervision.entity';

type DemoSupervision = Pick<SocialSupervision, 'kind' | 'title' | 'decisionDocument' | 'startsOn' | 'endsOn' | 'conclusion'>;
type DemoRecommendation = Pick<FrontRecommendation, 'content' | 'field' | 'documentNumber' | 'sentOn'> & { answer?: { text: string; on: string; document: string } };

/** A concluded supervision of the ward's committee and the recommendation it sent; an unanswered one publishes its deadline. */
async function seedSupervision(m: EntityManager, now: Date, calculate: DeadlineCalculator, key: string, s: DemoSupervision, rec: DemoRecommendation) {
  const jurisdictionId = DEMO.jurisdictions.bacHongLinh.id;
  const committee = DEMO.wardDepartments.bacEconomy;
  const supervision = await m.getRepository(SocialSupervision).save({
    ...s,
    id: stableId('social-supervision', key),
    jurisdictionId,
    subjectName: 'UBND phường Bắc Hồng Lĩnh',
    subjectDepartmentId: committee.id,
    createdAt: now,
  });
  const r = m.getRepository(FrontRecommendation).create({
    id: stableId('front-recommendation', key),
    jurisdictionId,
    supervisionId: supervision.id,
    content: rec.content,
    field: rec.field,
    recipientKind: 'COMMITTEE',
    recipientDepartmentId: committee.id,
    recipientName: committee.name,
    documentNumber: rec.documentNumber,
    sentOn: rec.sentOn,
    answerText: rec.answer?.text ?? null,
    answeredOn: rec.answer?.on ?? null,
    answeredByOfficialId: null,
    answeredByName: rec.answer ? committee.name : null,
    answerDocument: rec.answer?.document ?? null,
    createdAt: now,
  });
  await computeDue(m, recommendationDeadline, r, calculate);
  await m.getRepository(FrontRecommendation).save(r);
  if (!r.answeredOn) await publishDeadline(m, recommendationDeadline, r);
}

/** 2026 on Bắc Hồng Lĩnh: a supervision whose recommendation is overdue, and a social critique answered on time. */
export async function seedSupervisions(m: EntityManager, now: Date, calculate: DeadlineCalculator) {
  await seedSupervision(
    m,
    now,
    calculate,
    'bhl-2026-1',
    {
      kind: 'SUPERVISION',
      title: 'Giám sát việc giải quyết kiến nghị cử tri về đất đai năm 2026',
      decisionDocument: '12/QĐ-MTTQ',
      startsOn: '2026-09-14',
      endsOn: '2026-09-30',
      conclusion: 'Việc cấp giấy chứng nhận quyền sử dụng đất còn chậm; đề nghị UBND phường rà soát, công khai tiến độ.',
    },
    {
      content: 'Đề nghị UBND phường công khai danh sách hồ sơ cấp giấy chứng nhận tồn đọng và thời hạn giải quyết từng hồ sơ.',
      field: 'LAND',
      documentNumber: '18/KN-MTTQ',
      sentOn: '2026-10-05',
    },
  );
  await seedSupervision(
    m,
    now,
    calculate,
    'bhl-2026-2',
    {
      kind: 'SOCIAL_CRITIQUE',
      title: 'Phản biện dự thảo kế hoạch chỉnh trang đô thị phường Bắc Hồng Lĩnh giai đoạn 2026–2030',
      decisionDocument: '09/QĐ-MTTQ',
      startsOn: '2026-06-01',
      endsOn: '2026-06-19',
      conclusion: 'Dự thảo cơ bản phù hợp; đề nghị bổ sung phương án di dời bãi tập kết rác và lấy ý kiến cử tri các tổ dân phố.',
    },
    {
      content: 'Đề nghị bổ sung phương án di dời bãi tập kết rác gần khu dân cư vào kế hoạch chỉnh trang đô thị.',
      field: 'ENVIRONMENT',
      documentNumber: '11/KN-MTTQ',
      sentOn: '2026-06-24',
      answer: { text: 'UBND phường đã bổ sung phương án di dời bãi tập kết rác về khu xử lý tập trung, thực hiện trong quý I/2027.', on: '2026-07-15', document: '156/UBND' },
    },
  );
}

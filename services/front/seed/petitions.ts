import { addDays, computeDue, publishDeadline, stableId, type DeadlineCalculator } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import type { FieldOfResponsibility } from '../src/generated/graphql';
import { VoterContactMeeting } from '../src/meetings/voter-contact-meeting.entity';
import { petitionDeadline } from '../src/petitions/petition-deadline';
import { VoterPetition } from '../src/petitions/voter-petition.entity';
import { session2026 } from './rounds';

/** What voters of Hồng Lĩnh raise, and which department answers. */
const PETITION_TOPICS: Array<{ field: FieldOfResponsibility; department: keyof typeof DEMO.departments; content: string }> = [
  { field: 'LAND', department: 'natural', content: 'Đề nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân có đất ở trước năm 1993.' },
  { field: 'TRANSPORT', department: 'urban', content: 'Đường liên tổ dân phố xuống cấp, mùa mưa ngập úng; đề nghị đầu tư nâng cấp, cứng hóa.' },
  { field: 'SOCIAL_POLICY', department: 'labour', content: 'Đề nghị xem xét chế độ cho người hoạt động kháng chiến bị nhiễm chất độc hóa học còn tồn đọng hồ sơ.' },
  { field: 'ENVIRONMENT', department: 'natural', content: 'Bãi tập kết rác gần khu dân cư gây ô nhiễm; đề nghị di dời và tăng tần suất thu gom.' },
  { field: 'URBAN', department: 'urban', content: 'Hệ thống điện chiếu sáng đường ngõ hư hỏng nhiều tháng chưa được sửa chữa.' },
  { field: 'EDUCATION', department: 'education', content: 'Trường mầm non thiếu phòng học, đề nghị bố trí kinh phí xây dựng thêm phòng học.' },
  { field: 'LAND', department: 'natural', content: 'Đề nghị công khai quy hoạch, kế hoạch sử dụng đất và tiến độ giải phóng mặt bằng dự án khu đô thị.' },
  { field: 'FINANCE', department: 'finance', content: 'Đề nghị sớm chi trả tiền bồi thường, hỗ trợ giải phóng mặt bằng dự án đường tránh Quốc lộ 1A.' },
];

/** A petition on a topic, raised at a meeting. */
const raisedAt = (meeting: VoterContactMeeting, topic: (typeof PETITION_TOPICS)[number], id: string, now: Date) => ({
  id,
  jurisdictionId: meeting.jurisdictionId,
  meetingId: meeting.id,
  raisedOn: meeting.heldOn,
  content: topic.content,
  field: topic.field,
  competentLevel: 'COMMUNE' as const,
  createdAt: now,
  updatedAt: now,
});

/** 40 petitions of 2022 (ids `stableId('voter-petition', n)`): most answered on time and reported back, some late, five repeats. */
export async function seedPetitions2022(m: EntityManager, meetings: VoterContactMeeting[], now: Date, calculate: DeadlineCalculator) {
  const repo = m.getRepository(VoterPetition);
  for (let n = 1; n <= 40; n++) {
    const meeting = meetings[(n * 3) % 37];
    const topic = PETITION_TOPICS[n % PETITION_TOPICS.length];
    const department = DEMO.departments[topic.department];
    const forwardedOn = addDays(meeting.heldOn, 5);
    // Petitions 35–40 raise again what voters asked earlier in the year.
    const repeatOf = n > 35 ? await repo.findOneBy({ id: stableId('voter-petition', String(n - 30)) }) : null;
    const p = repo.create({
      ...raisedAt(meeting, topic, stableId('voter-petition', String(n)), now),
      repeatOfId: repeatOf && repeatOf.raisedOn < meeting.heldOn ? repeatOf.id : null,
      recipientKind: 'COMMITTEE',
      recipientDepartmentId: department.id,
      recipientName: department.name,
      forwardedOn,
      forwardingDocument: `${20 + n}/MTTQ-BTT`,
      nextSessionId: null,
      nextSessionOn: null,
      answerText: 'UBND thị xã đã chỉ đạo phòng chuyên môn kiểm tra, xử lý và trả lời cử tri theo quy định.',
      answeredByOfficialId: null,
      answeredByName: department.name,
      answerDocument: `${100 + n}/UBND-${topic.department === 'natural' ? 'TNMT' : 'VP'}`,
    });
    const due = await computeDue(m, petitionDeadline, p, calculate);
    p.answeredOn = n % 6 === 0 ? addDays(due.due!, 12) : addDays(forwardedOn, 18 + (n % 9));
    const laterMeeting = meetings.find((x) => x.heldOn > p.answeredOn! && x.localityName === meeting.localityName);
    p.status = laterMeeting ? 'REPORTED_BACK' : 'ANSWERED';
    p.reportedBackMeetingId = laterMeeting?.id ?? null;
    await repo.save(p);
  }
}

/** 2026 on Bắc Hồng Lĩnh: forwarded petitions due soon or overdue, with their open deadlines in the outbox. */
export async function seedPetitions2026(m: EntityManager, meetings: VoterContactMeeting[], now: Date, calculate: DeadlineCalculator) {
  // The ward's own departments since July 2025: economy and infrastructure, or culture and society.
  const wardDepartment = (topic: (typeof PETITION_TOPICS)[number]) =>
    ['labour', 'education'].includes(topic.department) ? DEMO.wardDepartments.bacSocial : DEMO.wardDepartments.bacEconomy;
  const plan = [
    { meeting: 0, forwardedOn: '2026-08-10', answered: true, topic: 1 },
    { meeting: 1, forwardedOn: '2026-08-10', answered: false, topic: 4 },
    { meeting: 4, forwardedOn: '2026-10-12', answered: false, topic: 0 },
    { meeting: 5, forwardedOn: '2026-10-26', answered: false, topic: 3 },
    { meeting: 6, forwardedOn: '2026-11-02', answered: false, topic: 2 },
    { meeting: 7, forwardedOn: '2026-11-05', answered: false, topic: 5 },
    { meeting: 7, forwardedOn: null, answered: false, topic: 6 },
  ];
  for (const [i, entry] of plan.entries()) {
    const { forwardedOn, answered } = entry;
    const meeting = meetings[entry.meeting];
    const topic = PETITION_TOPICS[entry.topic];
    const ward = wardDepartment(topic);
    const p = m.getRepository(VoterPetition).create({
      ...raisedAt(meeting, topic, stableId('voter-petition', `bhl-${i + 1}`), now),
      repeatOfId: null,
      status: !forwardedOn ? 'RECEIVED' : answered ? 'ANSWERED' : 'FORWARDED',
      recipientKind: forwardedOn ? 'COMMITTEE' : null,
      recipientDepartmentId: forwardedOn ? ward.id : null,
      recipientName: forwardedOn ? ward.name : null,
      forwardedOn,
      forwardingDocument: forwardedOn ? `${40 + i}/MTTQ-BTT` : null,
      // Forwarded before the year-end regular session, first called for 15 December; the council
      // brought it forward to 8 December (session.moved) and the petitions followed its new date.
      nextSessionId: forwardedOn ? session2026(4) : null,
      nextSessionOn: forwardedOn ? '2026-12-08' : null,
      answerDue: null,
      answerDueRule: null,
      answerDueExplanation: null,
      answerText: answered ? 'UBND phường đã lập dự toán sửa chữa, dự kiến thi công trong quý IV/2026.' : null,
      answeredOn: answered ? addDays(forwardedOn!, 20) : null,
      answeredByOfficialId: null,
      answeredByName: answered ? ward.name : null,
      answerDocument: answered ? `${210 + i}/UBND` : null,
      reportedBackMeetingId: null,
    });
    if (forwardedOn) await computeDue(m, petitionDeadline, p, calculate);
    await m.getRepository(VoterPetition).save(p);
    if (p.status === 'FORWARDED') await publishDeadline(m, petitionDeadline, p);
  }
}

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

import { addDays, DEMO, recordDeadlineChange, stableId, type Clock } from '@phoihop/core';
import type { DataSource, EntityManager } from 'typeorm';
import { BAC_HONG_LINH_PLACES, HONG_LINH_LOCALITIES, PETITION_TOPICS, ROUNDS_2022, ROUNDS_2026, type DemoRound } from './demo-data';
import { seedAnsweredSupervision, seedCorrections } from './demo-corrections';
import { computeDueDate } from './due-dates';
import { meetingPointKey } from './meetings/meetings.service';
import { MeetingDelegate, MeetingOfficial, VoterContactMeeting } from './meetings/voter-contact-meeting.entity';
import { petitionTitle } from './petitions/petition-lifecycle.service';
import { VoterPetition } from './petitions/voter-petition.entity';
import { assigneeBody } from './recipients';
import { FrontRecommendation } from './recommendations/front-recommendation.entity';
import { VoterContactRound } from './rounds/voter-contact-round.entity';
import { SocialSupervision } from './supervisions/social-supervision.entity';

const delegates = Object.values(DEMO.delegates).map((d) => d.id);

/**
 * Demo data: the 2022 voter-contact work of Hồng Lĩnh (5 rounds, 46 points, ~3,950 voters,
 * 40 petitions with ids `stableId('voter-petition', n)`) and 2026 work on Bắc Hồng Lĩnh with
 * answers due soon or overdue. Idempotent: does nothing when rounds exist.
 */
export async function seedDemo(db: DataSource, clock: Clock): Promise<void> {
  if (await db.getRepository(VoterContactRound).exists()) return;
  const now = clock.now();
  await db.transaction(async (m) => {
    const meetings2022 = await seedRounds(m, ROUNDS_2022, now, (i) => ({
      localityName: HONG_LINH_LOCALITIES[i % HONG_LINH_LOCALITIES.length],
      place: `Nhà văn hóa tổ dân phố ${Math.floor(i / HONG_LINH_LOCALITIES.length) + 1}`,
    }));
    const meetings2026 = await seedRounds(m, ROUNDS_2026, now, (i) => ({ localityName: 'Phường Bắc Hồng Lĩnh', place: BAC_HONG_LINH_PLACES[i % BAC_HONG_LINH_PLACES.length] }));
    await seedPetitions2022(m, meetings2022, now);
    await seedPetitions2026(m, meetings2026, now);
    await seedCorrections(m, meetings2026, now);
    await seedSupervision(m, now);
    await seedAnsweredSupervision(m, now);
  });
}

async function seedRounds(m: EntityManager, rounds: DemoRound[], now: Date, point: (i: number) => { localityName: string; place: string }) {
  const meetings: VoterContactMeeting[] = [];
  for (const r of rounds) {
    const round = await m.getRepository(VoterContactRound).save({
      id: stableId('voter-contact-round', r.key),
      jurisdictionId: r.jurisdictionId,
      kind: r.kind,
      sessionId: r.sessionId,
      delegationLevel: r.delegationLevel,
      title: r.title,
      topic: null,
      startsOn: r.startsOn,
      endsOn: addDays(r.startsOn, 14),
      createdAt: now,
    });
    for (let i = 0; i < r.meetings; i++) {
      const { localityName, place } = point(i);
      const meeting = await m.getRepository(VoterContactMeeting).save({
        id: stableId('voter-contact-meeting', r.key, String(i + 1)),
        roundId: round.id,
        jurisdictionId: r.jurisdictionId,
        heldOn: addDays(r.startsOn, Math.floor(i / 2)),
        place,
        localityName,
        localityId: null,
        pointKey: meetingPointKey(localityName, place),
        voterCount: r.votersEach + ((i * 7) % 11) - 5,
        createdAt: now,
      });
      meetings.push(meeting);
      const pair = [delegates[i % delegates.length], delegates[(i + 3) % delegates.length]];
      await m.getRepository(MeetingDelegate).insert(pair.map((delegateId) => ({ meetingId: meeting.id, delegateId })));
      await m.getRepository(MeetingOfficial).insert({ meetingId: meeting.id, officialId: i % 2 ? DEMO.officials.viceChairEconomy.id : DEMO.officials.viceChairSocial.id });
    }
  }
  return meetings;
}

/** 40 petitions of 2022: most answered on time and reported back, some late, five repeats. */
async function seedPetitions2022(m: EntityManager, meetings: VoterContactMeeting[], now: Date) {
  const repo = m.getRepository(VoterPetition);
  for (let n = 1; n <= 40; n++) {
    const meeting = meetings[(n * 3) % 37];
    const topic = PETITION_TOPICS[n % PETITION_TOPICS.length];
    const forwardedOn = addDays(meeting.heldOn, 5);
    const due = await computeDueDate(m.connection, 'VOTER_PETITION', forwardedOn);
    const late = n % 6 === 0;
    const answeredOn = late ? addDays(due.dueDate, 12) : addDays(forwardedOn, 18 + (n % 9));
    const laterMeeting = meetings.find((x) => x.heldOn > answeredOn && x.localityName === meeting.localityName);
    // Petitions 35–40 raise again what voters asked earlier in the year.
    const repeatOf = n > 35 ? await repo.findOneBy({ id: stableId('voter-petition', String(n - 30)) }) : null;
    await repo.save({
      id: stableId('voter-petition', String(n)),
      jurisdictionId: meeting.jurisdictionId,
      meetingId: meeting.id,
      raisedOn: meeting.heldOn,
      content: topic.content,
      field: topic.field,
      competentLevel: 'COMMUNE',
      repeatOfId: repeatOf && repeatOf.raisedOn < meeting.heldOn ? repeatOf.id : null,
      status: laterMeeting ? 'REPORTED_BACK' : 'ANSWERED',
      recipientKind: 'COMMITTEE',
      recipientDepartmentId: DEMO.departments[topic.department].id,
      recipientName: DEMO.departments[topic.department].name,
      forwardedOn,
      forwardingDocument: `${20 + n}/MTTQ-BTT`,
      answerDue: due.dueDate,
      answerDueRule: due.rule,
      answerDueExplanation: due.explanation,
      answerText: 'UBND thị xã đã chỉ đạo phòng chuyên môn kiểm tra, xử lý và trả lời cử tri theo quy định.',
      answeredOn,
      answeredByOfficialId: null,
      answeredByName: DEMO.departments[topic.department].name,
      answerDocument: `${100 + n}/UBND-${topic.department === 'natural' ? 'TNMT' : 'VP'}`,
      reportedBackMeetingId: laterMeeting?.id ?? null,
      createdAt: now,
      updatedAt: now,
    });
  }
}

/** 2026 on Bắc Hồng Lĩnh: forwarded petitions due soon or overdue, with their open deadlines in the outbox. */
async function seedPetitions2026(m: EntityManager, meetings: VoterContactMeeting[], now: Date) {
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
  for (const [i, p] of plan.entries()) {
    const meeting = meetings[p.meeting];
    const topic = PETITION_TOPICS[p.topic];
    const ward = wardDepartment(topic);
    const due = p.forwardedOn ? await computeDueDate(m.connection, 'VOTER_PETITION', p.forwardedOn, '2026-12-15') : null;
    const petition = await m.getRepository(VoterPetition).save({
      id: stableId('voter-petition', `bhl-${i + 1}`),
      jurisdictionId: meeting.jurisdictionId,
      meetingId: meeting.id,
      raisedOn: meeting.heldOn,
      content: topic.content,
      field: topic.field,
      competentLevel: 'COMMUNE',
      repeatOfId: null,
      status: !p.forwardedOn ? 'RECEIVED' : p.answered ? 'ANSWERED' : 'FORWARDED',
      recipientKind: p.forwardedOn ? 'COMMITTEE' : null,
      recipientDepartmentId: p.forwardedOn ? ward.id : null,
      recipientName: p.forwardedOn ? ward.name : null,
      forwardedOn: p.forwardedOn,
      forwardingDocument: p.forwardedOn ? `${40 + i}/MTTQ-BTT` : null,
      answerDue: due?.dueDate ?? null,
      answerDueRule: due?.rule ?? null,
      answerDueExplanation: due?.explanation ?? null,
      answerText: p.answered ? 'UBND phường đã lập dự toán sửa chữa, dự kiến thi công trong quý IV/2026.' : null,
      answeredOn: p.answered ? addDays(p.forwardedOn!, 20) : null,
      answeredByOfficialId: null,
      answeredByName: p.answered ? ward.name : null,
      answerDocument: p.answered ? `${210 + i}/UBND` : null,
      reportedBackMeetingId: null,
      createdAt: now,
      updatedAt: now,
    });
    if (due && !p.answered) {
      await recordDeadlineChange(m, {
        itemKind: 'VOTER_PETITION',
        itemId: petition.id,
        jurisdictionId: petition.jurisdictionId,
        state: 'OPEN',
        dueDate: due.dueDate,
        startDate: p.forwardedOn!,
        rule: due.rule,
        explanation: due.explanation,
        title: petitionTitle(petition),
        assignee: { body: assigneeBody('COMMITTEE'), departmentId: ward.id },
        raisedBy: 'FRONT',
        field: petition.field,
      });
    }
  }
}

/** One 2026 supervision on Bắc Hồng Lĩnh with a recommendation whose answer is overdue. */
async function seedSupervision(m: EntityManager, now: Date) {
  const jurisdictionId = DEMO.jurisdictions.bacHongLinh.id;
  const supervision = await m.getRepository(SocialSupervision).save({
    id: stableId('social-supervision', 'bhl-2026-1'),
    jurisdictionId,
    kind: 'SUPERVISION',
    title: 'Giám sát việc giải quyết kiến nghị cử tri về đất đai năm 2026',
    subjectName: 'UBND phường Bắc Hồng Lĩnh',
    subjectDepartmentId: DEMO.wardDepartments.bacEconomy.id,
    decisionDocument: '12/QĐ-MTTQ',
    startsOn: '2026-09-14',
    endsOn: '2026-09-30',
    conclusion: 'Việc cấp giấy chứng nhận quyền sử dụng đất còn chậm; đề nghị UBND phường rà soát, công khai tiến độ.',
    createdAt: now,
  });
  const due = await computeDueDate(m.connection, 'FRONT_RECOMMENDATION', '2026-10-05');
  const rec = await m.getRepository(FrontRecommendation).save({
    id: stableId('front-recommendation', 'bhl-2026-1'),
    jurisdictionId,
    supervisionId: supervision.id,
    content: 'Đề nghị UBND phường công khai danh sách hồ sơ cấp giấy chứng nhận tồn đọng và thời hạn giải quyết từng hồ sơ.',
    field: 'LAND',
    recipientKind: 'COMMITTEE',
    recipientDepartmentId: DEMO.wardDepartments.bacEconomy.id,
    recipientName: DEMO.wardDepartments.bacEconomy.name,
    documentNumber: '18/KN-MTTQ',
    sentOn: '2026-10-05',
    dueDate: due.dueDate,
    dueRule: due.rule,
    dueExplanation: due.explanation,
    answerText: null,
    answeredOn: null,
    answeredByOfficialId: null,
    answeredByName: null,
    answerDocument: null,
    createdAt: now,
  });
  await recordDeadlineChange(m, {
    itemKind: 'FRONT_RECOMMENDATION',
    itemId: rec.id,
    jurisdictionId,
    state: 'OPEN',
    dueDate: rec.dueDate,
    startDate: rec.sentOn,
    rule: rec.dueRule,
    explanation: rec.dueExplanation,
    title: `Kiến nghị của MTTQ số ${rec.documentNumber}`,
    assignee: { body: 'COMMITTEE', departmentId: rec.recipientDepartmentId },
    raisedBy: 'FRONT',
    field: rec.field,
  });
}

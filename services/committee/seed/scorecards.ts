import { computeDeadline, DEFAULT_DEADLINE_RULES, localDate, recordDeadlineChange, WorkingCalendar, type Clock } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { DataSource, EntityManager } from 'typeorm';
import { caseDeadlineChange } from '../src/cases/case-deadline';
import { CitizenCase } from '../src/cases/citizen-case.entity';
import { Assignment } from '../src/directives/assignment.entity';
import { assignmentDeadlineChange } from '../src/directives/assignment-deadline';
import { Directive } from '../src/directives/directive.entity';

const HL = DEMO.jurisdictions.hongLinh.id;
const URBAN = DEMO.departments.urban.id;
const NUMBER = '412/UBND-QLĐT';
const calendar = WorkingCalendar.official();

/** The urban office's 2022 tasks: one finished late, two still open long past due. */
const TASKS: Array<[task: string, due: string, done: string | null]> = [
  ['Lập lại trật tự vỉa hè, lòng đường các tuyến phố chính', '2022-10-31', '2022-12-20'],
  ['Xử lý dứt điểm các công trình xây dựng không phép tại phường Đức Thuận', '2022-11-30', null],
  ['Hoàn thành hồ sơ điều chỉnh quy hoạch chung đô thị Hồng Lĩnh', '2022-12-15', null],
];

/** Its citizen petitions of 2022, accepted and never answered. */
const CASES: Array<[subject: string, who: string, received: string]> = [
  ['Phản ánh công trình xây dựng lấn chiếm hành lang giao thông', 'Trần Văn Cảnh', '2022-09-12'],
  ['Kiến nghị giải quyết ngập úng khu dân cư Trung Lương', 'Lê Thị Hường', '2022-10-03'],
  ['Phản ánh chiếu sáng công cộng hư hỏng kéo dài', 'Nguyễn Văn Tuấn', '2022-11-07'],
];

/**
 * Demo data for the scorecards (issue 14): in Thị xã Hồng Lĩnh 2022 the urban management
 * office is behind — a directive whose tasks ran late or are still open, and petitions left
 * unanswered — so `departmentScorecards` and the report's annex put it first. Open deadlines go
 * to the outbox, so the workers escalate them like any other. Idempotent: skips once the
 * directive exists. Call after the committee's 2022 demo data (its directory first).
 */
export async function seedScorecardDemo(db: DataSource, clock: Clock): Promise<void> {
  if (await db.getRepository(Directive).existsBy({ jurisdictionId: HL, number: NUMBER })) return;
  const now = clock.now();
  const today = localDate(now);
  await db.transaction(async (m) => {
    const [first] = await seedCases(m, now);
    await seedTasks(m, first, now, today);
  });
}

/** The directive answers the first petition: the office is told to deal with the whole area. */
async function seedTasks(m: EntityManager, petitionId: string, now: Date, today: string): Promise<void> {
  const directive = await m.getRepository(Directive).save(
    m.getRepository(Directive).create({
      jurisdictionId: HL, number: NUMBER, issuedOn: '2022-09-19', signerId: DEMO.officials.viceChairEconomy.id,
      subject: 'Chấn chỉnh công tác quản lý trật tự đô thị, trật tự xây dựng trên địa bàn thị xã', sourceType: 'CITIZEN_CASE',
      sourceId: petitionId, createdAt: now,
    }),
  );
  for (const [task, dueOn, doneOn] of TASKS) {
    const d = computeDeadline({ kind: 'ASSIGNMENT', start: directive.issuedOn, explicitDue: dueOn }, DEFAULT_DEADLINE_RULES, calendar);
    const done = doneOn !== null && doneOn <= today;
    const a = await m.getRepository(Assignment).save(
      m.getRepository(Assignment).create({
        directiveId: directive.id, jurisdictionId: HL, departmentId: URBAN, sourceType: directive.sourceType, sourceId: directive.sourceId, task, field: 'URBAN', weight: 1,
        dueDate: d.due!, dueRule: `${d.rule.code}@${d.rule.version}`, dueExplanation: d.explanation,
        status: done ? 'DONE' : 'IN_PROGRESS', progress: done ? 100 : 30, completedOn: done ? doneOn : null,
        completionReport: done ? 'Đã hoàn thành, chậm so với thời hạn được giao.' : null, createdAt: now,
      }),
    );
    if (!done) await recordDeadlineChange(m, assignmentDeadlineChange(a, directive, directive.issuedOn));
  }
}

async function seedCases(m: EntityManager, now: Date): Promise<string[]> {
  const ids: string[] = [];
  const [{ seq }] = await m.query(`SELECT count(*)::int AS seq FROM "committee"."citizen_case" WHERE jurisdiction_id = $1`, [HL]);
  for (const [i, [subject, who, receivedOn]] of CASES.entries()) {
    const d = computeDeadline({ kind: 'PETITION_PROCESSING', start: receivedOn, complexity: 'NORMAL', round: 'FIRST' }, DEFAULT_DEADLINE_RULES, calendar);
    const c = await m.getRepository(CitizenCase).save(
      m.getRepository(CitizenCase).create({
        jurisdictionId: HL, number: `PA-${seq + i + 1}/2022`, kind: 'PETITION', channel: 'RECEPTION', round: null, complexity: 'NORMAL', remoteArea: false, severalPlaces: false,
        subject, content: `${subject}. Đơn đề ngày ${receivedOn}.`, field: 'URBAN', petitionerName: who, receivedOn, receptionDayId: null,
        handlingDepartmentId: URBAN, handlingInspectorId: null, status: 'ACCEPTED', acceptedOn: receivedOn, declinedOn: null, declineReason: null,
        resolvedOn: null, decisionNumber: null, outcome: null, outcomeSummary: null,
        clockStart: receivedOn, dueDate: d.due, dueRule: `${d.rule.code}@${d.rule.version}`, dueExplanation: d.explanation, createdAt: now,
      }),
    );
    await recordDeadlineChange(m, caseDeadlineChange(c));
    ids.push(c.id);
  }
  return ids;
}

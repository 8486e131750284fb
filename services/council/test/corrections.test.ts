import { council } from '@phoihop/council';
import { DEMO } from '@phoihop/core/seed';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { counts, delegate, errorOf, NOW, outboxOf, outsider, seedTerm, snapshot, staffOf, standing, TERM, WARD } from './support/fixtures';

const NATURAL = DEMO.departments.natural.id;
const URBAN = DEMO.departments.urban.id;
const LABOUR = DEMO.departments.labour.id;

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const CANCEL = `mutation($id: ID!, $input: CancelSessionInput!) {
  cancelSession(id: $id, input: $input) { status cancelledOn cancellationReason documentDeadline hasLateDocuments agendaItems { documentsLate } } }`;
const UPDATE_SUPERVISION = `mutation($id: ID!, $input: UpdateSupervisionInput!) {
  updateSupervision(id: $id, input: $input) { subject startsOn endsOn reviewFrom reviewTo targetDepartments { id } targetResolutions { totalCount } } }`;
const UPDATE_RECOMMENDATION = `mutation($id: ID!, $input: UpdateRecommendationInput!) {
  updateRecommendation(id: $id, input: $input) {
    content field dueDate departments { id }
    corrections { totalCount nodes { reason previousContent previousField previousDepartments { id } } } } }`;
const UPDATE_MEETING = `mutation($id: ID!, $input: UpdateJointMeetingInput!) {
  updateJointMeeting(id: $id, input: $input) { title heldOn location conclusions attendees { body name title } } }`;

const session = (over: Record<string, unknown> = {}) => ({
  termId: TERM,
  number: 6,
  kind: 'EXTRAORDINARY',
  title: 'Kỳ họp bất thường về điều chỉnh quy hoạch',
  plannedStartDate: '2027-01-15',
  plannedEndDate: '2027-01-15',
  agendaItems: [{ title: 'Tờ trình điều chỉnh quy hoạch', presentingBody: 'COMMITTEE' }],
  ...over,
});

const attendees = [
  { body: 'COUNCIL', name: 'Trần Đình Phong', title: 'Chủ tịch HĐND phường' },
  { body: 'COMMITTEE', name: 'Nguyễn Văn An', title: 'Chủ tịch UBND phường' },
  { body: 'FRONT', name: 'Lê Thị Bình', title: 'Chủ tịch Ủy ban MTTQ Việt Nam phường' },
];

describe('corrections and cancellations', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph('council_corrections', [council], { now: NOW });
    await seedTerm(graph.db.council);
  });
  afterAll(() => graph?.close());

  describe('cancelling a session', () => {
    let id: string;

    it('cancels a planned session, clears its document deadline, and the number can be used again', async () => {
      id = (await graph.ok<{ scheduleSession: { id: string } }>(SCHEDULE, { input: session() }, standing())).scheduleSession.id;
      const before = await snapshot(graph.db.council);
      const bad: Array<[Record<string, unknown>, string, string]> = [
        [{ reason: '  ' }, 'BAD_USER_INPUT', 'input.reason'],
        [{ cancelledOn: '2026-11-28' }, 'BAD_USER_INPUT', 'input.cancelledOn'],
      ];
      for (const [over, code, field] of bad) {
        expect(errorOf(await graph.query(CANCEL, { id, input: { cancelledOn: '2026-11-27', reason: 'Không còn cần thiết', ...over } }, standing()))).toEqual({ code, field });
      }
      expect(errorOf(await graph.query(CANCEL, { id, input: { cancelledOn: '2026-11-27', reason: 'x' } }, outsider())).code).toBe('FORBIDDEN');
      expect(errorOf(await graph.query(CANCEL, { id, input: { cancelledOn: '2026-11-27', reason: 'x' } }, delegate())).code).toBe('FORBIDDEN');
      expect(await snapshot(graph.db.council)).toEqual(before);

      // Past the deadline with documents missing, a planned session would show them late; a cancelled one owes none.
      graph.clock.set('2027-01-12T09:00:00+07:00');
      try {
        const data = await graph.ok<{ cancelSession: Record<string, unknown> }>(
          CANCEL,
          { id, input: { cancelledOn: '2027-01-12', reason: 'Nội dung điều chỉnh quy hoạch được trình tại kỳ họp thường lệ.' } },
          standing(),
        );
        expect(data.cancelSession).toEqual({
          status: 'CANCELLED',
          cancelledOn: '2027-01-12',
          cancellationReason: 'Nội dung điều chỉnh quy hoạch được trình tại kỳ họp thường lệ.',
          documentDeadline: '2027-01-08',
          hasLateDocuments: false,
          agendaItems: [{ documentsLate: false }],
        });
      } finally {
        graph.clock.set(NOW);
      }
      const events = await outboxOf(graph.db.council, id);
      expect(events.map((e) => [e.state, e.dueDate])).toEqual([
        ['OPEN', '2027-01-08'],
        ['CLEARED', null],
      ]);
      await graph.ok(SCHEDULE, { input: session({ kind: 'REGULAR', title: 'Kỳ họp thường lệ thay thế' }) }, standing());
    });

    it('keeps the illegal transitions illegal and writes nothing', async () => {
      const before = await counts(graph.db.council);
      const snap = await snapshot(graph.db.council);
      const refused: Array<[string, Record<string, unknown>, string]> = [
        [CANCEL, { id, input: { cancelledOn: '2026-11-27', reason: 'Lần nữa' } }, 'id'],
        [`mutation($id: ID!) { conveneSession(id: $id, actualStartDate: "2026-11-27") { status } }`, { id }, 'id'],
        [`mutation($id: ID!) { rescheduleSession(id: $id, input: { plannedStartDate: "2027-02-01", plannedEndDate: "2027-02-01" }) { status } }`, { id }, 'id'],
        [`mutation($id: ID!) { addAgendaItem(sessionId: $id, input: { title: "Bổ sung", presentingBody: COUNCIL }) { status } }`, { id }, 'sessionId'],
        [
          `mutation($id: ID!) { adoptResolution(input: { sessionId: $id, number: "40/NQ-HĐND", title: "Nghị quyết", adoptedOn: "2026-11-27" }) { id } }`,
          { id },
          'input.sessionId',
        ],
        [
          `mutation($j: ID!, $id: ID!, $a: [JointMeetingAttendeeInput!]!) {
            recordJointMeeting(input: { jurisdictionId: $j, kind: PRE_SESSION, sessionId: $id, title: "Liên tịch", heldOn: "2026-11-26", attendees: $a }) { id } }`,
          { j: WARD, id, a: attendees },
          'input.sessionId',
        ],
      ];
      for (const [mutation, vars, field] of refused) expect(errorOf(await graph.query(mutation, vars, standing()))).toEqual({ code: 'CONFLICT', field });
      expect(await counts(graph.db.council)).toEqual(before);
      expect(await snapshot(graph.db.council)).toEqual(snap);
      const listed = await graph.ok<{ sessions: { nodes: Array<{ status: string }> } }>(`query($j: ID!) { sessions(jurisdictionId: $j, status: CANCELLED) { nodes { status } } }`, { j: WARD });
      expect(listed.sessions.nodes).toEqual([{ status: 'CANCELLED' }]);
    });
  });

  describe('correcting a supervision', () => {
    let id: string;
    let resolutionId: string;

    beforeAll(async () => {
      const held = (await graph.ok<{ scheduleSession: { id: string } }>(SCHEDULE, { input: session({ number: 1, plannedStartDate: '2026-03-27', plannedEndDate: '2026-03-27' }) }, standing()))
        .scheduleSession.id;
      await graph.ok(`mutation($id: ID!) { conveneSession(id: $id, actualStartDate: "2026-03-27") { status } }`, { id: held }, standing());
      resolutionId = (
        await graph.ok<{ adoptResolution: { id: string } }>(
          `mutation($s: ID!) { adoptResolution(input: { sessionId: $s, number: "03/NQ-HĐND", title: "Nghị quyết về quản lý đất đai", adoptedOn: "2026-03-27" }) { id } }`,
          { s: held },
          standing(),
        )
      ).adoptResolution.id;
      const planned = await graph.ok<{ planSupervision: { id: string } }>(
        `mutation($input: PlanSupervisionInput!) { planSupervision(input: $input) { id } }`,
        {
          input: {
            jurisdictionId: WARD, kind: 'SUPERVISION', conductedBy: 'STANDING_COMMITTEE', subject: 'Giám sát quản lý đất đai',
            startsOn: '2026-10-01', endsOn: '2026-10-31', targetDepartmentIds: [NATURAL],
          },
        },
        standing(),
      );
      id = planned.planSupervision.id;
    });

    it('corrects the subject, the period and the targets while not concluded', async () => {
      const data = await graph.ok<{ updateSupervision: Record<string, unknown> }>(
        UPDATE_SUPERVISION,
        {
          id,
          input: {
            subject: 'Giám sát việc thực hiện Nghị quyết số 03/NQ-HĐND về quản lý đất đai',
            endsOn: '2026-11-13',
            reviewFrom: '2025-07-01',
            reviewTo: '2026-06-30',
            targetDepartmentIds: [NATURAL, URBAN],
            targetResolutionIds: [resolutionId],
          },
        },
        standing(),
      );
      expect(data.updateSupervision).toEqual({
        subject: 'Giám sát việc thực hiện Nghị quyết số 03/NQ-HĐND về quản lý đất đai',
        startsOn: '2026-10-01',
        endsOn: '2026-11-13',
        reviewFrom: '2025-07-01',
        reviewTo: '2026-06-30',
        targetDepartments: [{ id: NATURAL }, { id: URBAN }],
        targetResolutions: { totalCount: 1 },
      });
      const cleared = await graph.ok<{ updateSupervision: Record<string, unknown> }>(UPDATE_SUPERVISION, { id, input: { reviewFrom: null, reviewTo: null } }, standing());
      expect(cleared.updateSupervision).toMatchObject({ reviewFrom: null, reviewTo: null, endsOn: '2026-11-13' });
    });

    it('refuses bad corrections, and any once concluded, writing nothing', async () => {
      const before = await snapshot(graph.db.council);
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ endsOn: '2026-09-30' }, 'BAD_USER_INPUT', 'input.endsOn'],
        [{ subject: ' ' }, 'BAD_USER_INPUT', 'input.subject'],
        [{ subject: null }, 'BAD_USER_INPUT', 'input.subject'],
        [{ reviewFrom: '2025-07-01' }, 'BAD_USER_INPUT', 'input.reviewTo'],
        [{ targetDepartmentIds: ['phong-tnmt'] }, 'BAD_USER_INPUT', 'input.targetDepartmentIds.0'],
        [{ targetResolutionIds: ['00000000-0000-5000-8000-000000000001'] }, 'NOT_FOUND', 'input.targetResolutionIds.0'],
      ];
      for (const [input, code, field] of cases) expect(errorOf(await graph.query(UPDATE_SUPERVISION, { id, input }, standing()))).toEqual({ code, field });
      expect(errorOf(await graph.query(UPDATE_SUPERVISION, { id, input: { subject: 'Khác' } }, staffOf(NATURAL))).code).toBe('FORBIDDEN');
      expect(errorOf(await graph.query(UPDATE_SUPERVISION, { id: '00000000-0000-5000-8000-000000000002', input: {} }, standing()))).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(await snapshot(graph.db.council)).toEqual(before);

      await graph.ok(`mutation($id: ID!) { startSupervision(id: $id) { status } }`, { id }, standing());
      await graph.ok(`mutation($id: ID!) { concludeSupervision(id: $id, conclusionDate: "2026-11-16", conclusion: "Thông báo kết luận số 20/TB-HĐND") { status } }`, { id }, standing());
      const concluded = await snapshot(graph.db.council);
      expect(errorOf(await graph.query(UPDATE_SUPERVISION, { id, input: { subject: 'Khác' } }, standing()))).toEqual({ code: 'CONFLICT', field: 'id' });
      expect(await snapshot(graph.db.council)).toEqual(concluded);
    });

    describe('correcting its recommendation', () => {
      let rec: string;
      beforeAll(async () => {
        rec = (
          await graph.ok<{ issueRecommendation: { id: string } }>(
            `mutation($input: IssueRecommendationInput!) { issueRecommendation(input: $input) { id } }`,
            { input: { supervisionId: id, content: 'Cấp giấy chứng nhận quyền sử dụng đất cho 35 hộ', field: 'LAND', addressedTo: 'COMMITTEE', departmentIds: [URBAN], dueDate: '2026-12-31' } },
            standing(),
          )
        ).issueRecommendation.id;
      });

      it('moves the deadline to the new first department and keeps what the correction replaced', async () => {
        const data = await graph.ok<{ updateRecommendation: Record<string, unknown> }>(
          UPDATE_RECOMMENDATION,
          { id: rec, input: { departmentIds: [NATURAL, URBAN], content: 'Cấp giấy chứng nhận quyền sử dụng đất cho 35 hộ tổ dân phố 4', reason: 'Đính chính theo kết luận' } },
          standing(),
        );
        expect(data.updateRecommendation).toEqual({
          content: 'Cấp giấy chứng nhận quyền sử dụng đất cho 35 hộ tổ dân phố 4',
          field: 'LAND',
          dueDate: '2026-12-31',
          departments: [{ id: NATURAL }, { id: URBAN }],
          corrections: {
            totalCount: 1,
            nodes: [{ reason: 'Đính chính theo kết luận', previousContent: 'Cấp giấy chứng nhận quyền sử dụng đất cho 35 hộ', previousField: 'LAND', previousDepartments: [{ id: URBAN }] }],
          },
        });
        const events = await outboxOf(graph.db.council, rec);
        expect(events.map((e) => [e.state, e.dueDate, (e.assignee as { departmentId: string }).departmentId])).toEqual([
          ['OPEN', '2026-12-31', URBAN],
          ['OPEN', '2026-12-31', NATURAL],
        ]);
        expect(events[1].title).toBe('Kiến nghị sau giám sát: Cấp giấy chứng nhận quyền sử dụng đất cho 35 hộ tổ dân phố 4');
        // The new department's staff now see it.
        const seen = await graph.ok<{ recommendation: { id: string } }>(`query($id: ID!) { recommendation(id: $id) { id } }`, { id: rec }, staffOf(NATURAL));
        expect(seen.recommendation).toEqual({ id: rec });
      });

      it('refuses bad corrections and writes nothing; a correction that changes nothing writes nothing either', async () => {
        const before = await counts(graph.db.council);
        const snap = await snapshot(graph.db.council);
        const cases: Array<[Record<string, unknown>, string, string]> = [
          [{ departmentIds: [] }, 'BAD_USER_INPUT', 'input.departmentIds'],
          [{ departmentIds: null }, 'BAD_USER_INPUT', 'input.departmentIds'],
          [{ departmentIds: ['phong-tnmt'] }, 'BAD_USER_INPUT', 'input.departmentIds.0'],
          [{ content: '' }, 'BAD_USER_INPUT', 'input.content'],
          [{ content: null }, 'BAD_USER_INPUT', 'input.content'],
        ];
        for (const [input, code, field] of cases) expect(errorOf(await graph.query(UPDATE_RECOMMENDATION, { id: rec, input }, standing()))).toEqual({ code, field });
        expect(errorOf(await graph.query(UPDATE_RECOMMENDATION, { id: rec, input: { content: 'Khác' } }, staffOf(NATURAL))).code).toBe('FORBIDDEN');
        await graph.ok(UPDATE_RECOMMENDATION, { id: rec, input: { departmentIds: [NATURAL, URBAN] } }, standing());
        expect(await counts(graph.db.council)).toEqual(before);
        expect(await snapshot(graph.db.council)).toEqual(snap);
        const corrections = await graph.ok<{ recommendation: { corrections: { totalCount: number } } }>(
          `query($id: ID!) { recommendation(id: $id) { corrections { totalCount } } }`,
          { id: rec },
          standing(),
        );
        expect(corrections.recommendation.corrections.totalCount).toBe(1);

        await graph.ok(`mutation($id: ID!) { closeRecommendation(id: $id, input: { outcome: WITHDRAWN, closedOn: "2026-11-27", closingNote: "Rút" }) { status } }`, { id: rec }, standing());
        const closed = await snapshot(graph.db.council);
        expect(errorOf(await graph.query(UPDATE_RECOMMENDATION, { id: rec, input: { departmentIds: [LABOUR] } }, standing()))).toEqual({ code: 'CONFLICT', field: 'id' });
        expect(await snapshot(graph.db.council)).toEqual(closed);
      });
    });
  });

  describe('correcting a joint meeting', () => {
    let id: string;
    beforeAll(async () => {
      const s = (await graph.ok<{ scheduleSession: { id: string } }>(SCHEDULE, { input: session({ number: 7, plannedStartDate: '2027-03-10', plannedEndDate: '2027-03-10' }) }, standing()))
        .scheduleSession.id;
      id = (
        await graph.ok<{ recordJointMeeting: { id: string } }>(
          `mutation($input: RecordJointMeetingInput!) { recordJointMeeting(input: $input) { id } }`,
          { input: { jurisdictionId: WARD, kind: 'PRE_SESSION', sessionId: s, title: 'Hội nghị liên tịch', heldOn: '2026-11-25', attendees, conclusions: ['Thống nhất chương trình kỳ họp.'] } },
          standing(),
        )
      ).recordJointMeeting.id;
    });

    it('corrects attendees and conclusions', async () => {
      const data = await graph.ok<{ updateJointMeeting: Record<string, unknown> }>(
        UPDATE_MEETING,
        {
          id,
          input: {
            attendees: [...attendees, { body: 'COMMITTEE', name: 'Phạm Văn Cường', title: 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị' }],
            conclusions: ['Thống nhất chương trình kỳ họp.', 'UBND phường gửi tài liệu trước ngày 03/3/2027.'],
            location: null,
          },
        },
        standing(),
      );
      expect(data.updateJointMeeting).toMatchObject({
        title: 'Hội nghị liên tịch',
        heldOn: '2026-11-25',
        location: null,
        conclusions: ['Thống nhất chương trình kỳ họp.', 'UBND phường gửi tài liệu trước ngày 03/3/2027.'],
      });
      expect(data.updateJointMeeting.attendees).toHaveLength(4);
    });

    it('refuses a pre-session meeting without a body, in the future, or blank, and writes nothing', async () => {
      const before = await graph.db.council.query(`SELECT row_to_json(m) AS m FROM council.joint_meeting m WHERE id = $1`, [id]);
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ attendees: attendees.filter((a) => a.body !== 'FRONT') }, 'BAD_USER_INPUT', 'input.attendees'],
        [{ heldOn: '2026-11-28' }, 'BAD_USER_INPUT', 'input.heldOn'],
        [{ title: ' ' }, 'BAD_USER_INPUT', 'input.title'],
        [{ conclusions: ['Được', ''] }, 'BAD_USER_INPUT', 'input.conclusions.1'],
        [{ attendees: null }, 'BAD_USER_INPUT', 'input.attendees'],
      ];
      for (const [input, code, field] of cases) expect(errorOf(await graph.query(UPDATE_MEETING, { id, input }, standing()))).toEqual({ code, field });
      expect(errorOf(await graph.query(UPDATE_MEETING, { id, input: { title: 'Khác' } }, delegate())).code).toBe('FORBIDDEN');
      expect(errorOf(await graph.query(UPDATE_MEETING, { id, input: { title: 'Khác' } }, outsider())).code).toBe('FORBIDDEN');
      expect(await graph.db.council.query(`SELECT row_to_json(m) AS m FROM council.joint_meeting m WHERE id = $1`, [id])).toEqual(before);
    });
  });
});

import { front } from '@phoihop/front';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { HONG_LINH, NATURAL, OFFICIAL, OTHER, URBAN } from './support/fixtures';

const board = userWith('FRONT_STANDING', { jurisdictionId: HONG_LINH });
const staff = userWith('FRONT_STAFF', { jurisdictionId: HONG_LINH });
const naturalStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH, departmentId: NATURAL }, { officialId: OFFICIAL, name: 'Phan Đình Hùng' });
const urbanStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH, departmentId: URBAN });

const CREATE = `mutation($input: CreateSocialSupervisionInput!) { createSocialSupervision(input: $input) { id kind title subjectName subjectDepartment { id } conclusion endsOn } }`;
const CONCLUDE = `mutation($input: ConcludeSocialSupervisionInput!) { concludeSocialSupervision(input: $input) { id endsOn conclusion } }`;
const SEND = `mutation($input: SendFrontRecommendationInput!) { sendFrontRecommendation(input: $input) { id dueDate overdue supervision { id } addressedTo { kind name department { id } } } }`;
const ANSWER = `mutation($input: AnswerFrontRecommendationInput!) { answerFrontRecommendation(input: $input) { id overdue answer { text answeredOn answeredByName answeredBy { id } documentNumber onTime } } }`;

type Errors = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const codeOf = (r: Errors) => r.errors?.[0]?.extensions;

describe("the Front's supervision flow, through the gateway", () => {
  let graph: TestGraph;
  const snapshot = async () => ({
    supervisions: await graph.db.front.query(`SELECT * FROM front.social_supervision ORDER BY id`),
    recommendations: await graph.db.front.query(`SELECT * FROM front.front_recommendation ORDER BY id`),
    outbox: await graph.db.front.query(`SELECT aggregate_id, payload FROM front.outbox ORDER BY id`),
  });
  const refused = async (run: () => Promise<Errors>, code: string, field?: string) => {
    const before = await snapshot();
    expect(codeOf(await run())).toMatchObject(field ? { code, field } : { code });
    expect(await snapshot()).toEqual(before);
  };
  const create = (input: Record<string, unknown> = {}, as = board) =>
    graph.query<{ createSocialSupervision: { id: string } }>(
      CREATE,
      {
        input: {
          jurisdictionId: HONG_LINH,
          kind: 'SUPERVISION',
          title: 'Giám sát việc cấp giấy chứng nhận quyền sử dụng đất',
          subjectName: 'Phòng Tài nguyên và Môi trường',
          subjectDepartmentId: NATURAL,
          decisionDocumentNumber: '12/QĐ-MTTQ',
          startsOn: '2026-09-14',
          ...input,
        },
      },
      as,
    );
  const sendInput = (supervisionId: string, extra: Record<string, unknown> = {}) => ({
    input: {
      jurisdictionId: HONG_LINH,
      supervisionId,
      content: 'Đề nghị công khai danh sách hồ sơ cấp giấy chứng nhận tồn đọng và thời hạn giải quyết.',
      field: 'LAND',
      recipientKind: 'COMMITTEE',
      departmentId: NATURAL,
      recipientName: 'Phòng Tài nguyên và Môi trường',
      documentNumber: '18/KN-MTTQ',
      sentOn: '2026-10-05',
      ...extra,
    },
  });

  beforeAll(async () => {
    graph = await startTestGraph('front_supervisions', [front], { now: '2026-11-27T09:00:00+07:00' });
  });
  afterAll(() => graph?.close());

  it('runs create → conclude → send → answer, with the deadline OPEN then CLEARED', async () => {
    const created = await graph.ok<{ createSocialSupervision: Record<string, unknown> & { id: string } }>(
      CREATE,
      { input: { jurisdictionId: HONG_LINH, kind: 'SUPERVISION', title: 'Giám sát việc cấp giấy chứng nhận quyền sử dụng đất', subjectName: 'Phòng Tài nguyên và Môi trường', subjectDepartmentId: NATURAL, startsOn: '2026-09-14' } },
      board,
    );
    const id = created.createSocialSupervision.id;
    expect(created.createSocialSupervision).toEqual({
      id,
      kind: 'SUPERVISION',
      title: 'Giám sát việc cấp giấy chứng nhận quyền sử dụng đất',
      subjectName: 'Phòng Tài nguyên và Môi trường',
      subjectDepartment: { id: NATURAL },
      conclusion: null,
      endsOn: null,
    });
    // Recommendations come from the conclusion.
    await refused(() => graph.query(SEND, sendInput(id), board), 'CONFLICT', 'input.supervisionId');

    const concluded = await graph.ok<{ concludeSocialSupervision: Record<string, unknown> }>(
      CONCLUDE,
      { input: { supervisionId: id, endsOn: '2026-09-30', conclusion: 'Việc cấp giấy chứng nhận còn chậm; đề nghị rà soát, công khai tiến độ.' } },
      board,
    );
    expect(concluded.concludeSocialSupervision).toEqual({ id, endsOn: '2026-09-30', conclusion: 'Việc cấp giấy chứng nhận còn chậm; đề nghị rà soát, công khai tiến độ.' });

    const sent = await graph.ok<{ sendFrontRecommendation: Record<string, unknown> & { id: string } }>(SEND, sendInput(id), board);
    const recId = sent.sendFrontRecommendation.id;
    // 5 October + 30 days = Wednesday 4 November.
    expect(sent.sendFrontRecommendation).toEqual({
      id: recId,
      dueDate: '2026-11-04',
      overdue: true,
      supervision: { id },
      addressedTo: { kind: 'COMMITTEE', name: 'Phòng Tài nguyên và Môi trường', department: { id: NATURAL } },
    });
    const [opened] = await graph.db.front.query(`SELECT aggregate_type, payload FROM front.outbox WHERE aggregate_id = $1`, [recId]);
    expect(opened).toMatchObject({
      aggregate_type: 'FRONT_RECOMMENDATION',
      payload: { state: 'OPEN', dueDate: '2026-11-04', startDate: '2026-10-05', raisedBy: 'FRONT', field: 'LAND', assignee: { body: 'COMMITTEE', departmentId: NATURAL } },
    });

    // Only the department it is addressed to answers.
    await refused(() => graph.query(ANSWER, { input: { recommendationId: recId, text: 'Đã xử lý.', answeredOn: '2026-11-02' } }, urbanStaff), 'FORBIDDEN');
    const answered = await graph.ok<{ answerFrontRecommendation: Record<string, unknown> }>(
      ANSWER,
      { input: { recommendationId: recId, text: 'Phòng đã công khai danh sách 37 hồ sơ tồn đọng trên cổng thông tin phường.', answeredOn: '2026-11-02', documentNumber: '301/TNMT' } },
      naturalStaff,
    );
    expect(answered.answerFrontRecommendation).toEqual({
      id: recId,
      overdue: false,
      answer: {
        text: 'Phòng đã công khai danh sách 37 hồ sơ tồn đọng trên cổng thông tin phường.',
        answeredOn: '2026-11-02',
        answeredByName: 'Phan Đình Hùng',
        answeredBy: { id: OFFICIAL },
        documentNumber: '301/TNMT',
        onTime: true,
      },
    });
    const events = await graph.db.front.query(`SELECT payload FROM front.outbox WHERE aggregate_id = $1 ORDER BY id`, [recId]);
    expect(events.map((e: { payload: { state: string; dueDate: string | null } }) => [e.payload.state, e.payload.dueDate])).toEqual([
      ['OPEN', '2026-11-04'],
      ['CLEARED', null],
    ]);
    await refused(() => graph.query(ANSWER, { input: { recommendationId: recId, text: 'Lần nữa.', answeredOn: '2026-11-03' } }, naturalStaff), 'CONFLICT', 'input.recommendationId');

    const read = await graph.ok<{ socialSupervision: { recommendations: { totalCount: number; nodes: Array<{ id: string; answer: { onTime: boolean } }> } } }>(
      `query($id: ID!) { socialSupervision(id: $id) { recommendations { totalCount nodes { id answer { onTime } } } } }`,
      { id },
      userWith('DELEGATE', { jurisdictionId: HONG_LINH }),
    );
    expect(read.socialSupervision.recommendations).toEqual({ totalCount: 1, nodes: [{ id: recId, answer: { onTime: true } }] });
  });

  describe('bad input gets a coded error naming the field and writes nothing', () => {
    let open: string;
    let concluded: string;
    beforeAll(async () => {
      open = (await create()).data!.createSocialSupervision.id;
      concluded = (await create({ title: 'Phản biện dự thảo quy hoạch', kind: 'SOCIAL_CRITIQUE' })).data!.createSocialSupervision.id;
      await graph.ok(CONCLUDE, { input: { supervisionId: concluded, endsOn: '2026-10-01', conclusion: 'Góp ý 5 nội dung.' } }, board);
    });

    it.each([
      ['an empty title', { title: '  ' }, 'input.title'],
      ['an empty subject', { subjectName: '' }, 'input.subjectName'],
      ['a malformed department id', { subjectDepartmentId: 'phong-tnmt' }, 'input.subjectDepartmentId'],
    ])('creating with %s', async (_, input, field) => {
      await refused(() => create(input), 'BAD_USER_INPUT', field);
    });

    it('creating is for the Standing Board of the jurisdiction', async () => {
      await refused(() => create({}, staff), 'FORBIDDEN');
      await refused(() => create({}, userWith('FRONT_STANDING', { jurisdictionId: OTHER })), 'FORBIDDEN');
      await refused(() => create({}, null as never), 'UNAUTHENTICATED');
    });

    it.each<[string, Record<string, string>, string, string, 'open' | 'concluded' | 'unknown']>([
      ['an end before the start', { endsOn: '2026-09-01' }, 'BAD_USER_INPUT', 'input.endsOn', 'open'],
      ['an end in the future', { endsOn: '2026-12-01' }, 'BAD_USER_INPUT', 'input.endsOn', 'open'],
      ['an empty conclusion', { conclusion: ' ' }, 'BAD_USER_INPUT', 'input.conclusion', 'open'],
      ['an unknown supervision', {}, 'NOT_FOUND', 'input.supervisionId', 'unknown'],
      ['a supervision already concluded', {}, 'CONFLICT', 'input.supervisionId', 'concluded'],
    ])('concluding with %s', async (_, input, code, field, which) => {
      const supervisionId = { open, concluded, unknown: OTHER }[which];
      await refused(() => graph.query(CONCLUDE, { input: { supervisionId, endsOn: '2026-10-01', conclusion: 'Kết luận.', ...input } }, board), code, field);
    });

    it.each([
      ['a date before the supervision ended', { sentOn: '2026-09-30' }, 'BAD_USER_INPUT', 'input.sentOn'],
      ['a date in the future', { sentOn: '2026-11-28' }, 'BAD_USER_INPUT', 'input.sentOn'],
      ['no document number', { documentNumber: ' ' }, 'BAD_USER_INPUT', 'input.documentNumber'],
      ['empty content', { content: '' }, 'BAD_USER_INPUT', 'input.content'],
      ['a committee recipient without a department', { departmentId: null }, 'BAD_USER_INPUT', 'input.departmentId'],
      ['an unknown supervision', { supervisionId: OTHER }, 'NOT_FOUND', 'input.supervisionId'],
    ])('sending with %s', async (_, extra, code, field) => {
      await refused(() => graph.query(SEND, sendInput(concluded, extra), board), code, field);
    });

    it("sending from another jurisdiction's supervision is NOT_FOUND, and only the Board sends", async () => {
      const other = userWith('FRONT_STANDING', { jurisdictionId: OTHER });
      await refused(() => graph.query(SEND, { input: { ...sendInput(concluded).input, jurisdictionId: OTHER } }, other), 'NOT_FOUND', 'input.supervisionId');
      await refused(() => graph.query(SEND, sendInput(concluded), staff), 'FORBIDDEN');
    });

    it('answering a recommendation before it was sent, or one that does not exist', async () => {
      const sent = await graph.ok<{ sendFrontRecommendation: { id: string } }>(SEND, sendInput(concluded, { documentNumber: '19/KN-MTTQ' }), board);
      const recommendationId = sent.sendFrontRecommendation.id;
      await refused(() => graph.query(ANSWER, { input: { recommendationId, text: 'Đã trả lời.', answeredOn: '2026-10-01' } }, naturalStaff), 'BAD_USER_INPUT', 'input.answeredOn');
      await refused(() => graph.query(ANSWER, { input: { recommendationId, text: '  ', answeredOn: '2026-10-10' } }, naturalStaff), 'BAD_USER_INPUT', 'input.text');
      await refused(() => graph.query(ANSWER, { input: { recommendationId: OTHER, text: 'Đã trả lời.', answeredOn: '2026-10-10' } }, naturalStaff), 'NOT_FOUND', 'input.recommendationId');
    });
  });
});

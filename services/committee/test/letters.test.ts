import { DEMO } from '@phoihop/core/seed';
import type { TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { codeOf, count, outbox, startCommitteeGraph } from './support/fixtures';

const WARD = DEMO.jurisdictions.bacHongLinh.id;
const OFFICE = DEMO.wardDepartments.bacOffice.id;
const chair = userWith('COMMITTEE_LEADER', { jurisdictionId: WARD }, { officialId: DEMO.wardOfficials.bacChair.id });

const FIELDS = `id number status declinedOn declineReason dueDate closedOnTime
  letterHandling { disposition handledOn addressee { name level } letterNumber letterDate guidance legalGround }
  contestedDecision { case { id number } decisionNumber decidedOn issuer }
  dialogues { heldOn participants minutes }`;
const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { ${FIELDS} } }`;
const HANDLE = `mutation ($input: HandleLetterOutsideCompetenceInput!) { handleLetterOutsideCompetence(input: $input) { ${FIELDS} } }`;
const DIALOGUE = `mutation ($input: RecordComplaintDialogueInput!) { recordComplaintDialogue(input: $input) { ${FIELDS} } }`;
const ACCEPT = `mutation ($input: AcceptCitizenCaseInput!) { acceptCitizenCase(input: $input) { id } }`;
const RESOLVE = `mutation ($input: ResolveCitizenCaseInput!) { resolveCitizenCase(input: $input) { id decisionNumber } }`;

type Case = { id: string; number: string; status: string; [k: string]: unknown };

/** Issue #13, item 2: letters outside the commune's competence, second-round links, dialogues. */
describe('letters outside competence, second rounds and dialogues', () => {
  let graph: TestGraph;
  const TABLES = ['citizen_case', 'case_letter_handling', 'case_contested_decision', 'complaint_dialogue', 'outbox'];
  const counts = () => Promise.all(TABLES.map((t) => count(graph, t)));
  const receive = async (input: Record<string, unknown>) =>
    (await graph.ok<{ receiveCitizenCase: Case }>(RECEIVE, { input: { jurisdictionId: WARD, channel: 'MAIL', receivedOn: '2026-03-02', handlingDepartmentId: OFFICE, ...input } }, chair)).receiveCitizenCase;

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_letters', '2026-03-02T09:00:00+07:00');
  });
  afterAll(() => graph?.close());

  it('forwards a letter to the provincial Department of Natural Resources and Environment: closed for the commune', async () => {
    const c = await receive({
      kind: 'PETITION', subject: 'Phản ánh khai thác cát trái phép trên sông La',
      content: 'Người dân phản ánh tình trạng khai thác cát trái phép kéo dài trên sông La.', petitionerName: 'Nguyễn Văn Hùng',
    });
    expect(c).toMatchObject({ status: 'RECEIVED', dueDate: '2026-03-16' });
    graph.clock.set('2026-03-06T09:00:00+07:00');
    const forwarded = (await graph.ok<{ handleLetterOutsideCompetence: Case }>(HANDLE, {
      input: {
        caseId: c.id, disposition: 'FORWARDED', handledOn: '2026-03-06',
        addressee: { name: 'Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh', level: 'PROVINCE' },
        letterNumber: '45/UBND-VP', letterDate: '2026-03-06',
      },
    }, chair)).handleLetterOutsideCompetence;
    expect(forwarded).toMatchObject({
      status: 'DECLINED', declinedOn: '2026-03-06', dueDate: '2026-03-16', closedOnTime: true,
      declineReason: 'Không thuộc thẩm quyền; chuyển đơn đến Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh (cấp tỉnh) theo văn bản số 45/UBND-VP ngày 06/03/2026.',
      letterHandling: {
        disposition: 'FORWARDED', handledOn: '2026-03-06', addressee: { name: 'Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh', level: 'PROVINCE' },
        letterNumber: '45/UBND-VP', letterDate: '2026-03-06', guidance: null, legalGround: null,
      },
    });
    expect((await outbox(graph, c.id)).map((e) => e.state)).toEqual(['OPEN', 'CLEARED']);
  });

  it('guides the citizen, or files the letter on its legal ground', async () => {
    const a = await receive({ kind: 'COMPLAINT', round: 'FIRST', subject: 'Khiếu nại quyết định của Sở Xây dựng', content: 'Khiếu nại quyết định xử phạt của Sở Xây dựng.', petitionerName: 'Lê Thị Hoa' });
    const guided = (await graph.ok<{ handleLetterOutsideCompetence: Case }>(HANDLE, {
      input: { caseId: a.id, disposition: 'GUIDED', handledOn: '2026-03-06', addressee: { name: 'Giám đốc Sở Xây dựng tỉnh Hà Tĩnh', level: 'PROVINCE' }, guidance: 'Đề nghị bà gửi đơn đến Giám đốc Sở Xây dựng, người đã ban hành quyết định.' },
    }, chair)).handleLetterOutsideCompetence;
    expect(guided).toMatchObject({ status: 'DECLINED', letterHandling: { disposition: 'GUIDED', letterNumber: null } });

    const b = await receive({ kind: 'PETITION', subject: 'Đơn không rõ nội dung', content: 'Đơn không ghi rõ nội dung, không có tên, địa chỉ người gửi.' });
    const filed = (await graph.ok<{ handleLetterOutsideCompetence: Case }>(HANDLE, {
      input: { caseId: b.id, disposition: 'FILED', handledOn: '2026-03-06', legalGround: 'Đơn không rõ nội dung, không ghi tên, địa chỉ (Thông tư 05/2021/TT-TTCP, Điều 6).' },
    }, chair)).handleLetterOutsideCompetence;
    expect(filed).toMatchObject({ status: 'DECLINED', letterHandling: { disposition: 'FILED', addressee: null } });
  });

  it('refuses a forward without its letter, or a field of another disposition, writing nothing', async () => {
    const c = await receive({ kind: 'PETITION', subject: 'Phản ánh ô nhiễm', content: 'Phản ánh ô nhiễm từ cơ sở chăn nuôi.' });
    const before = await counts();
    const noLetter = await graph.query(HANDLE, { input: { caseId: c.id, disposition: 'FORWARDED', handledOn: '2026-03-06', addressee: { name: 'Công an tỉnh Hà Tĩnh', level: 'PROVINCE' }, letterDate: '2026-03-06' } }, chair);
    expect(codeOf(noLetter.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.letterNumber' });
    const mixed = await graph.query(HANDLE, { input: { caseId: c.id, disposition: 'FILED', handledOn: '2026-03-06', legalGround: 'Trùng đơn', letterNumber: '1/UBND' } }, chair);
    expect(codeOf(mixed.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.letterNumber' });
    expect(await counts()).toEqual(before);
  });

  it('links a second-round complaint to the first-round decision, and minutes a dialogue', async () => {
    graph.clock.set('2026-03-02T09:00:00+07:00');
    const first = await receive({ kind: 'COMPLAINT', round: 'FIRST', subject: 'Khiếu nại việc cấp giấy phép xây dựng', content: 'Khiếu nại giấy phép xây dựng cấp cho hộ liền kề.', petitionerName: 'Phan Văn Tài' });
    await graph.ok(ACCEPT, { input: { caseId: first.id, acceptedOn: '2026-03-02' } }, chair);
    graph.clock.set('2026-03-12T09:00:00+07:00');
    const dialogue = (await graph.ok<{ recordComplaintDialogue: Case }>(DIALOGUE, {
      input: { caseId: first.id, heldOn: '2026-03-12', participants: ['Ông Phan Văn Tài (người khiếu nại)', 'Ông Trần Đình Khánh, Chủ tịch UBND phường', 'Hộ ông Lê Văn Bốn (người có liên quan)'], minutes: 'Hai bên trình bày ý kiến; ông Tài giữ nguyên nội dung khiếu nại.' },
    }, chair)).recordComplaintDialogue;
    expect(dialogue.dialogues).toEqual([{ heldOn: '2026-03-12', participants: ['Ông Phan Văn Tài (người khiếu nại)', 'Ông Trần Đình Khánh, Chủ tịch UBND phường', 'Hộ ông Lê Văn Bốn (người có liên quan)'], minutes: 'Hai bên trình bày ý kiến; ông Tài giữ nguyên nội dung khiếu nại.' }]);
    graph.clock.set('2026-03-20T09:00:00+07:00');
    await graph.ok(RESOLVE, { input: { caseId: first.id, resolvedOn: '2026-03-20', decisionNumber: '120/QĐ-UBND', outcome: 'REJECTED', summary: 'Khiếu nại sai.' } }, chair);

    graph.clock.set('2026-03-25T09:00:00+07:00');
    const second = await receive({
      kind: 'COMPLAINT', round: 'SECOND', receivedOn: '2026-03-25', subject: 'Khiếu nại lần hai về giấy phép xây dựng', content: 'Ông Tài không đồng ý với quyết định giải quyết lần đầu.',
      petitionerName: 'Phan Văn Tài', contestedDecision: { caseId: first.id },
    });
    expect(second.contestedDecision).toEqual({ case: { id: first.id, number: first.number }, decisionNumber: '120/QĐ-UBND', decidedOn: '2026-03-20', issuer: null });

    const before = await counts();
    const wrong = await graph.query(RECEIVE, {
      input: { jurisdictionId: WARD, channel: 'MAIL', receivedOn: '2026-03-25', handlingDepartmentId: OFFICE, kind: 'COMPLAINT', round: 'FIRST', subject: 'x', content: 'x', contestedDecision: { decisionNumber: '1/QĐ', decidedOn: '2026-01-05' } },
    }, chair);
    expect(codeOf(wrong.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.contestedDecision' });
    expect(await counts()).toEqual(before);
  });

  it('separates processing a petition (10 working days from receipt) from answering it once accepted', async () => {
    graph.clock.set('2026-03-02T09:00:00+07:00');
    const p = await receive({ kind: 'PETITION', subject: 'Kiến nghị sửa chữa đường tổ dân phố 4', content: 'Đường bê tông tổ dân phố 4 xuống cấp.', petitionerName: 'Đặng Văn Lợi' });
    expect(p).toMatchObject({ dueDate: '2026-03-16' });
    graph.clock.set('2026-03-09T09:00:00+07:00');
    const accepted = await graph.ok<{ acceptCitizenCase: { id: string } }>(`mutation ($input: AcceptCitizenCaseInput!) { acceptCitizenCase(input: $input) { id dueDate dueRule } }`, { input: { caseId: p.id, acceptedOn: '2026-03-09' } }, chair);
    // 30 days from acceptance (the configurable default): Wed 8 April.
    expect(accepted.acceptCitizenCase).toMatchObject({ dueDate: '2026-04-08', dueRule: 'PETITION_ANSWER@1' });
  });
});

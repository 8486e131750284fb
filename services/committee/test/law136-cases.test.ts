import { DEMO } from '@phoihop/core/seed';
import type { TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { codeOf, count, startCommitteeGraph } from './support/fixtures';

const WARD = DEMO.jurisdictions.bacHongLinh.id;
const OFFICE = DEMO.wardDepartments.bacOffice.id;
const chair = userWith('COMMITTEE_LEADER', { jurisdictionId: WARD }, { officialId: DEMO.wardOfficials.bacChair.id });
const economyStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId: DEMO.wardDepartments.bacEconomy.id });
const councilStanding = userWith('COUNCIL_STANDING', { jurisdictionId: WARD });

const FIELDS = `id status dueDate partialWithdrawals { requestedOn requestReference contents authorName } suspensions { reason ground decisionNumber }`;
const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id dueDate } }`;
const ACCEPT = `mutation ($input: AcceptCitizenCaseInput!) { acceptCitizenCase(input: $input) { id dueDate } }`;
const WITHDRAW_PART = `mutation ($input: WithdrawCitizenCaseContentsInput!) { withdrawCitizenCaseContents(input: $input) { ${FIELDS} } }`;
const SUSPEND = `mutation ($input: SuspendCitizenCaseInput!) { suspendCitizenCase(input: $input) { ${FIELDS} } }`;

type Case = { id: string; status: string; dueDate: string | null; partialWithdrawals: unknown[]; suspensions: Array<{ reason: string; ground: string | null }> };

/** Issue #13, item 7: Law 136/2025/QH15 for complaints, effective-dated by the day a case was received. */
describe('Law 136/2025: partial withdrawal and the suspension ground', () => {
  let graph: TestGraph;
  const TABLES = ['citizen_case', 'case_partial_withdrawal', 'case_suspension', 'outbox'];
  const counts = () => Promise.all(TABLES.map((t) => count(graph, t)));
  const complaint = async (receivedOn: string, acceptedOn: string) => {
    const r = await graph.ok<{ receiveCitizenCase: { id: string } }>(RECEIVE, {
      input: {
        jurisdictionId: WARD, kind: 'COMPLAINT', round: 'FIRST', channel: 'RECEPTION', receivedOn, handlingDepartmentId: OFFICE,
        subject: 'Khiếu nại quyết định thu hồi đất và phương án bồi thường',
        content: '1. Khiếu nại quyết định thu hồi 120 m² đất ở; 2. Khiếu nại đơn giá bồi thường cây trồng; 3. Đề nghị bố trí tái định cư.',
        petitionerName: 'Trần Văn Bình',
      },
    }, chair);
    const id = r.receiveCitizenCase.id;
    await graph.ok(ACCEPT, { input: { caseId: id, acceptedOn } }, chair);
    return id;
  };
  const withdrawal = (caseId: string, requestedOn: string) => ({
    caseId, requestedOn, requestReference: `Đơn xin rút một phần khiếu nại ngày ${requestedOn.split('-').reverse().join('/')}`,
    contents: ['Khiếu nại đơn giá bồi thường cây trồng'],
  });

  let after: string;
  let before: string;
  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_law136_cases', '2026-06-22T09:00:00+07:00');
    before = await complaint('2026-06-22', '2026-06-22');
    graph.clock.set('2026-08-03T09:00:00+07:00');
    after = await complaint('2026-07-06', '2026-07-10');
  });
  afterAll(() => graph?.close());

  it('records a partial withdrawal of a complaint received after 1 July 2026: the case goes on, its deadline unchanged', async () => {
    const [cases, , , outbox] = await counts();
    const r = await graph.ok<{ withdrawCitizenCaseContents: Case }>(WITHDRAW_PART, { input: withdrawal(after, '2026-07-27') }, chair);
    expect(r.withdrawCitizenCaseContents).toMatchObject({
      status: 'ACCEPTED',
      partialWithdrawals: [{ requestedOn: '2026-07-27', requestReference: 'Đơn xin rút một phần khiếu nại ngày 27/07/2026', contents: ['Khiếu nại đơn giá bồi thường cây trồng'], authorName: chair.name }],
    });
    const dueBefore = r.withdrawCitizenCaseContents.dueDate;
    expect(dueBefore).not.toBeNull();
    // A second request withdraws more; the list keeps both, oldest first.
    const again = await graph.ok<{ withdrawCitizenCaseContents: Case }>(WITHDRAW_PART, { input: { ...withdrawal(after, '2026-08-03'), contents: ['Đề nghị bố trí tái định cư'] } }, chair);
    expect(again.withdrawCitizenCaseContents.partialWithdrawals).toHaveLength(2);
    expect(again.withdrawCitizenCaseContents).toMatchObject({ status: 'ACCEPTED', dueDate: dueBefore });
    const now = await counts();
    expect(now[0]).toBe(cases);
    expect(now[1]).toBe(2);
    // No deadline moved: nothing published.
    expect(now[3]).toBe(outbox);
  });

  it('refuses a partial withdrawal of a complaint received before 1 July 2026 (transitional rule), writing nothing', async () => {
    const was = await counts();
    const r = await graph.query(WITHDRAW_PART, { input: withdrawal(before, '2026-07-20') }, chair);
    expect(codeOf(r.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
    expect(r.errors?.[0].message).toMatch(/22\/06\/2026.*Luật Khiếu nại 02\/2011\/QH13.*chỉ được rút toàn bộ khiếu nại/);
    expect(await counts()).toEqual(was);
  });

  it('refuses bad input and other readers, writing nothing', async () => {
    const was = await counts();
    const empty = await graph.query(WITHDRAW_PART, { input: { ...withdrawal(after, '2026-07-27'), contents: [] } }, chair);
    expect(codeOf(empty.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.contents' });
    const blank = await graph.query(WITHDRAW_PART, { input: { ...withdrawal(after, '2026-07-27'), contents: ['Rút nội dung 1', '  '] } }, chair);
    expect(codeOf(blank.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.contents.1' });
    const early = await graph.query(WITHDRAW_PART, { input: withdrawal(after, '2026-07-01') }, chair);
    expect(codeOf(early.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.requestedOn' });
    const future = await graph.query(WITHDRAW_PART, { input: withdrawal(after, '2026-08-04') }, chair);
    expect(codeOf(future.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.requestedOn' });
    const noRequest = await graph.query(WITHDRAW_PART, { input: { ...withdrawal(after, '2026-07-27'), requestReference: '' } }, chair);
    expect(codeOf(noRequest.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.requestReference' });
    const petition = await graph.ok<{ receiveCitizenCase: { id: string } }>(RECEIVE, {
      input: { jurisdictionId: WARD, kind: 'PETITION', channel: 'MAIL', receivedOn: '2026-07-15', handlingDepartmentId: OFFICE, subject: 'Phản ánh đèn chiếu sáng hỏng', content: 'Đèn chiếu sáng tổ dân phố 5 hỏng nhiều ngày.', petitionerName: 'Lê Văn Tài' },
    }, chair);
    const afterPetition = await counts();
    const notComplaint = await graph.query(WITHDRAW_PART, { input: withdrawal(petition.receiveCitizenCase.id, '2026-07-27') }, chair);
    expect(codeOf(notComplaint.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
    for (const who of [economyStaff, councilStanding]) {
      const refused = await graph.query(WITHDRAW_PART, { input: withdrawal(after, '2026-07-27') }, who);
      expect(codeOf(refused.errors).code).toBe('FORBIDDEN');
    }
    expect((await counts()).slice(1, 3)).toEqual(was.slice(1, 3));
    expect(await counts()).toEqual(afterPetition);
  });

  it('suspends a case received from 1 July 2026 on a ground from the list; an older one keeps the free-text reason', async () => {
    const was = await counts();
    const noGround = await graph.query(SUSPEND, { input: { caseId: after, decisionNumber: '12/QĐ-UBND', suspendedOn: '2026-07-20', reason: 'Chờ kết quả đo đạc' } }, chair);
    expect(codeOf(noGround.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.ground' });
    const listedForOld = await graph.query(SUSPEND, { input: { caseId: before, decisionNumber: '11/QĐ-UBND', suspendedOn: '2026-07-20', ground: 'AWAITING_ASSESSMENT' } }, chair);
    expect(codeOf(listedForOld.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.ground' });
    const noReason = await graph.query(SUSPEND, { input: { caseId: before, decisionNumber: '11/QĐ-UBND', suspendedOn: '2026-07-20' } }, chair);
    expect(codeOf(noReason.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await counts()).toEqual(was);

    const listed = await graph.ok<{ suspendCitizenCase: Case }>(SUSPEND, {
      input: { caseId: after, decisionNumber: '12/QĐ-UBND', suspendedOn: '2026-07-20', ground: 'AWAITING_OTHER_AUTHORITY', reason: 'Chờ Văn phòng Đăng ký đất đai tỉnh trả lời về nguồn gốc thửa đất' },
    }, chair);
    expect(listed.suspendCitizenCase).toMatchObject({
      status: 'SUSPENDED', dueDate: null,
      suspensions: [{ ground: 'AWAITING_OTHER_AUTHORITY', reason: 'Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác: Chờ Văn phòng Đăng ký đất đai tỉnh trả lời về nguồn gốc thửa đất', decisionNumber: '12/QĐ-UBND' }],
    });
    const old = await graph.ok<{ suspendCitizenCase: Case }>(SUSPEND, { input: { caseId: before, decisionNumber: '11/QĐ-UBND', suspendedOn: '2026-07-20', reason: 'Chờ kết quả giám định chữ ký trên hợp đồng chuyển nhượng' } }, chair);
    expect(old.suspendCitizenCase.suspensions).toEqual([{ ground: null, reason: 'Chờ kết quả giám định chữ ký trên hợp đồng chuyển nhượng', decisionNumber: '11/QĐ-UBND' }]);
  });
});

import { computeDeadline, DEFAULT_DEADLINE_RULES, recordDeadlineChange, ruleRef, WorkingCalendar, type DeadlineInput } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import { CaseComplexityDecision } from '../src/cases/case-complexity-decision.entity';
import { caseDeadlineChange, caseDeadlineInput } from '../src/cases/case-deadline';
import { CaseExtension } from '../src/cases/case-extension.entity';
import { CaseContestedDecision, CaseLetterHandling, ComplaintDialogue } from '../src/cases/case-letter.entities';
import { CitizenCase } from '../src/cases/citizen-case.entity';

const WARD = DEMO.jurisdictions.bacHongLinh.id;
const W = DEMO.wardDepartments;
const WO = DEMO.wardOfficials;
const calendar = WorkingCalendar.official();
const due = (input: DeadlineInput) => computeDeadline(input, DEFAULT_DEADLINE_RULES, calendar);

type CaseFacts = Pick<CitizenCase, 'kind' | 'subject' | 'content' | 'receivedOn' | 'handlingDepartmentId'> & Partial<CitizenCase>;

/** One case row as the lifecycle would have left it, its deadline computed from its own history. */
export async function saveCase(m: EntityManager, number: string, facts: CaseFacts, extensionLengths: number[] = []): Promise<CitizenCase> {
  const c = m.getRepository(CitizenCase).create({
    jurisdictionId: WARD, number, channel: 'MAIL', round: null, complexity: 'NORMAL', remoteArea: false, severalPlaces: false, field: null,
    petitionerName: null, receptionDayId: null, handlingInspectorId: null, status: 'RECEIVED', acceptedOn: null, declinedOn: null, declineReason: null,
    resolvedOn: null, decisionNumber: null, outcome: null, outcomeSummary: null, createdAt: new Date(`${facts.receivedOn}T02:00:00Z`), ...facts,
  });
  const d = due(caseDeadlineInput(c, extensionLengths.length, [], extensionLengths));
  Object.assign(c, { clockStart: d.explanation.start, dueDate: d.due, dueRule: ruleRef(d), dueExplanation: d.explanation });
  return m.getRepository(CitizenCase).save(c);
}

/**
 * Demo records of issue #13 in the ward Bắc Hồng Lĩnh (2026): a letter forwarded to the
 * provincial Department of Natural Resources and Environment, a denunciation extended as
 * especially complex by 20 then 15 days, a complaint raised to complex by decision, and a
 * second-round complaint linked to the first-round decision, with its dialogue.
 *
 * To be called from the committee's `seedDemo` (services/committee/seed/index.ts once the seed
 * has moved there), inside its transaction, after the directory and the other cases.
 */
export async function seedRegulationDemo(m: EntityManager): Promise<void> {
  if (await m.getRepository(CaseLetterHandling).exists()) return;

  const letter = await saveCase(m, 'PA-101/2026', {
    kind: 'PETITION', subject: 'Phản ánh khai thác cát trái phép trên sông La',
    content: 'Người dân tổ dân phố 7 phản ánh tình trạng khai thác cát trái phép kéo dài trên sông La.', petitionerName: 'Nguyễn Văn Hùng',
    receivedOn: '2026-10-05', handlingDepartmentId: W.bacOffice.id, status: 'DECLINED', declinedOn: '2026-10-09',
    declineReason: 'Không thuộc thẩm quyền; chuyển đơn đến Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh (cấp tỉnh) theo văn bản số 245/UBND-VP ngày 09/10/2026.',
  });
  await m.getRepository(CaseLetterHandling).insert({
    caseId: letter.id, disposition: 'FORWARDED', handledOn: '2026-10-09', addresseeName: 'Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh', addresseeLevel: 'PROVINCE',
    letterNumber: '245/UBND-VP', letterDate: '2026-10-09', guidance: null, legalGround: null,
  });
  // Forwarded, so closed for the ward: its deadline is published as cleared.
  await recordDeadlineChange(m, caseDeadlineChange(letter));

  const denunciation = await saveCase(m, 'TC-101/2026', {
    kind: 'DENUNCIATION', channel: 'MAIL', subject: 'Tố cáo sai phạm trong bồi thường giải phóng mặt bằng đường trục chính',
    content: 'Tố cáo việc lập khống hồ sơ bồi thường tại dự án đường trục chính phường.', receivedOn: '2026-09-01',
    handlingDepartmentId: W.bacOffice.id, handlingInspectorId: WO.bacInspectorOffice.id, status: 'ACCEPTED', acceptedOn: '2026-09-08', complexity: 'ESPECIALLY_COMPLEX',
  }, [20, 15]);
  const first = due(caseDeadlineInput({ ...denunciation, complexity: 'NORMAL' } as CitizenCase, 0, []));
  const second = due(caseDeadlineInput(denunciation, 1, [], [20]));
  await m.getRepository(CaseExtension).insert([
    { caseId: denunciation.id, seq: 1, decisionNumber: '15/QĐ-UBND', decidedOn: '2026-10-02', reason: 'Vụ việc đặc biệt phức tạp, liên quan nhiều hộ dân và nhiều năm', previousDue: first.due!, newDue: second.due!, days: 20, complexity: 'ESPECIALLY_COMPLEX' },
    { caseId: denunciation.id, seq: 2, decisionNumber: '22/QĐ-UBND', decidedOn: '2026-10-26', reason: 'Chờ kết quả đo đạc lại của Văn phòng đăng ký đất đai', previousDue: second.due!, newDue: denunciation.dueDate!, days: 15, complexity: null },
  ]);
  await recordDeadlineChange(m, caseDeadlineChange(denunciation));

  const firstRound = await saveCase(m, 'KN-101/2026', {
    kind: 'COMPLAINT', round: 'FIRST', channel: 'RECEPTION', subject: 'Khiếu nại việc cấp giấy phép xây dựng cho hộ liền kề',
    content: 'Ông Phan Văn Tài khiếu nại giấy phép xây dựng cấp cho hộ liền kề lấn sang phần đất của gia đình.', petitionerName: 'Phan Văn Tài',
    receivedOn: '2026-06-01', handlingDepartmentId: W.bacEconomy.id, status: 'RESOLVED', acceptedOn: '2026-06-05', resolvedOn: '2026-07-02',
    decisionNumber: '120/QĐ-UBND', outcome: 'REJECTED', outcomeSummary: 'Khiếu nại sai; giữ nguyên giấy phép xây dựng.',
  });
  await m.getRepository(ComplaintDialogue).insert({
    caseId: firstRound.id, heldOn: '2026-06-20', createdAt: new Date('2026-06-20T03:00:00Z'),
    participants: ['Ông Phan Văn Tài (người khiếu nại)', 'Ông Trần Đình Khánh, Chủ tịch UBND phường', 'Ông Lê Văn Bốn (người có quyền, nghĩa vụ liên quan)'],
    minutes: 'Các bên trình bày ý kiến; ông Tài giữ nguyên nội dung khiếu nại; UBND phường tiếp tục xác minh ranh giới thửa đất.',
  });
  const secondRound = await saveCase(m, 'KN-102/2026', {
    kind: 'COMPLAINT', round: 'SECOND', channel: 'MAIL', subject: 'Khiếu nại lần hai về giấy phép xây dựng',
    content: 'Ông Phan Văn Tài không đồng ý với Quyết định số 120/QĐ-UBND giải quyết khiếu nại lần đầu.', petitionerName: 'Phan Văn Tài',
    receivedOn: '2026-11-02', handlingDepartmentId: W.bacEconomy.id, status: 'ACCEPTED', acceptedOn: '2026-11-09', complexity: 'COMPLEX',
  });
  await m.getRepository(CaseContestedDecision).insert({ caseId: secondRound.id, contestedCaseId: firstRound.id, decisionNumber: '120/QĐ-UBND', decidedOn: '2026-07-02', issuer: null });
  const normal = due(caseDeadlineInput({ ...secondRound, complexity: 'NORMAL' } as CitizenCase, 0, []));
  await m.getRepository(CaseComplexityDecision).insert({
    caseId: secondRound.id, decisionNumber: '131/QĐ-UBND', decidedOn: '2026-11-20', reason: 'Cần đo đạc, xác minh ranh giới tại thực địa và lấy ý kiến nhiều hộ liền kề',
    fromComplexity: 'NORMAL', toComplexity: 'COMPLEX', previousDue: normal.due!, newDue: secondRound.dueDate!, createdAt: new Date('2026-11-20T03:00:00Z'),
  });
  await recordDeadlineChange(m, caseDeadlineChange(secondRound));
}

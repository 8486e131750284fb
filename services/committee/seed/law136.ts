import { addDays, isoDate, recordDeadlineChange, weekday, WorkingCalendar } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import { caseDeadlineChange } from '../src/cases/case-deadline';
import { CasePartialWithdrawal } from '../src/cases/case-partial-withdrawal.entity';
import { CaseSuspension } from '../src/cases/case-suspension.entity';
import { CitizenCase } from '../src/cases/citizen-case.entity';
import { SUSPENSION_GROUND_LABEL } from '../src/cases/suspension-grounds';
import { ReceptionDay, type ReceptionHost } from '../src/reception/reception-day.entity';
import { ReceptionVisit } from '../src/reception/reception-visit.entity';
import { saveCase } from './regulation';

const WARD = DEMO.jurisdictions.bacHongLinh.id;
const W = DEMO.wardDepartments;
const WO = DEMO.wardOfficials;
const STANDING = [DEMO.delegates.councilChair.id, DEMO.delegates.councilVice.id];
const OFFICE = 'Phòng tiếp công dân UBND phường Bắc Hồng Lĩnh';
const calendar = WorkingCalendar.official();

/**
 * The chair's Thursdays of 2026 in the ward, January to November: a Thursday off (Tết, 30 April)
 * moves to the Friday when that is a working day, and is lost otherwise; in August the chair was
 * at the province's conference on 20/8 and a vice-chair received citizens instead.
 */
function chairDays(): Array<{ date: string; hosts: string[]; note: string | null }> {
  const out: Array<{ date: string; hosts: string[]; note: string | null }> = [];
  for (let month = 1; month <= 11; month++) {
    for (let day = isoDate(2026, month, 1); day.slice(5, 7) === String(month).padStart(2, '0'); day = addDays(day, 1)) {
      if (weekday(day) !== 4) continue;
      const held = calendar.isWorkingDay(day) ? day : calendar.isWorkingDay(addDays(day, 1)) ? addDays(day, 1) : null;
      if (!held || held.slice(5, 7) !== day.slice(5, 7)) continue;
      if (held === '2026-08-20') out.push({ date: held, hosts: [WO.bacViceSocial.id], note: 'Chủ tịch UBND phường dự hội nghị của tỉnh; Phó Chủ tịch tiếp công dân thay.' });
      else out.push({ date: held, hosts: [WO.bacChair.id], note: null });
    }
  }
  return out;
}

async function day(m: EntityManager, date: string, hostingBody: ReceptionHost, hostOfficialIds: string[], delegateIds: string[], place = OFFICE, note: string | null = null): Promise<ReceptionDay> {
  return m.getRepository(ReceptionDay).save(m.getRepository(ReceptionDay).create({ jurisdictionId: WARD, date, place, kind: 'REGULAR', hostingBody, hostOfficialIds, delegateIds, note }));
}

/**
 * Demo records of Law 136/2025/QH15 (issue #13, item 7) in the ward Bắc Hồng Lĩnh: the chair's
 * weekly reception days of 2026 (with the months short of the minimum the check finds), a day
 * hosted by the council Standing Committee and a joint one, the reception book, a complaint
 * partly withdrawn and then resolved on the rest, and a complaint suspended on a listed ground.
 * Called from `seedDemo` inside its transaction, after the other cases.
 */
export async function seedLaw136Demo(m: EntityManager): Promise<void> {
  if (await m.getRepository(ReceptionVisit).exists()) return;
  const days = new Map<string, ReceptionDay>();
  for (const d of chairDays()) days.set(d.date, await day(m, d.date, 'COMMITTEE_CHAIR', d.hosts, [], OFFICE, d.note));
  const joint = await day(m, '2026-09-18', 'JOINT', [WO.bacChair.id], [STANDING[0]], 'Hội trường UBND phường Bắc Hồng Lĩnh', 'Tiếp công dân chung về bồi thường dự án đường trục chính.');
  const council = await day(m, '2026-10-22', 'COUNCIL_STANDING', [], STANDING, 'Trụ sở HĐND phường Bắc Hồng Lĩnh', 'Thường trực HĐND phường tiếp công dân định kỳ.');

  // Received at the chair's reception day of 16/7; the complainant withdrew one of its three contents.
  const partly = await saveCase(m, 'KN-103/2026', {
    kind: 'COMPLAINT', round: 'FIRST', channel: 'RECEPTION', subject: 'Khiếu nại quyết định thu hồi đất và phương án bồi thường, hỗ trợ',
    content: '1. Khiếu nại diện tích đất ở bị thu hồi; 2. Khiếu nại đơn giá bồi thường cây trồng; 3. Đề nghị được bố trí đất tái định cư.',
    petitionerName: 'Trần Văn Bình', field: 'LAND', receivedOn: '2026-07-16', receptionDayId: days.get('2026-07-16')!.id, handlingDepartmentId: W.bacEconomy.id,
    status: 'RESOLVED', acceptedOn: '2026-07-23', resolvedOn: '2026-08-20', decisionNumber: '168/QĐ-UBND', outcome: 'PARTLY_UPHELD',
    outcomeSummary: 'Giải quyết hai nội dung còn lại: điều chỉnh diện tích đất ở được bồi thường; bố trí 01 lô đất tái định cư.',
  });
  await m.getRepository(CasePartialWithdrawal).insert({
    caseId: partly.id, requestedOn: '2026-08-05', requestReference: 'Đơn xin rút một phần khiếu nại ngày 05/08/2026 của ông Trần Văn Bình',
    contents: ['Khiếu nại đơn giá bồi thường cây trồng'], recordedAt: new Date('2026-08-05T03:00:00Z'), authorName: 'Trần Văn Sáng',
  });

  // Suspended until the provincial land registry re-measures the plot: the clock pauses.
  const suspended = await saveCase(m, 'KN-104/2026', {
    kind: 'COMPLAINT', round: 'FIRST', channel: 'MAIL', subject: 'Khiếu nại việc từ chối cấp giấy chứng nhận quyền sử dụng đất',
    content: 'Bà Phạm Thị Hạnh khiếu nại văn bản từ chối cấp giấy chứng nhận quyền sử dụng đất cho thửa đất số 112, tờ bản đồ số 9.',
    petitionerName: 'Phạm Thị Hạnh', field: 'LAND', receivedOn: '2026-11-05', handlingDepartmentId: W.bacEconomy.id, status: 'ACCEPTED', acceptedOn: '2026-11-12',
  });
  const suspension = m.getRepository(CaseSuspension).create({
    caseId: suspended.id, decisionNumber: '205/QĐ-UBND', suspendedOn: '2026-11-25', ground: 'AWAITING_ASSESSMENT',
    reason: `${SUSPENSION_GROUND_LABEL.AWAITING_ASSESSMENT}: chờ Văn phòng Đăng ký đất đai tỉnh đo đạc lại thửa đất số 112.`, resumedOn: null, resumeDecisionNumber: null,
  });
  await m.getRepository(CaseSuspension).save(suspension);
  Object.assign(suspended, { status: 'SUSPENDED', dueDate: null });
  await m.getRepository(CitizenCase).save(suspended);
  await recordDeadlineChange(m, caseDeadlineChange(suspended));

  const visit = (v: Partial<ReceptionVisit> & Pick<ReceptionVisit, 'visitedOn' | 'citizenName' | 'subject' | 'outcome'>) =>
    m.getRepository(ReceptionVisit).create({
      jurisdictionId: WARD, receptionDayId: null, citizenAddress: null, visitorCount: 1, caseId: null, guidance: null, refusalGround: null,
      receivedByName: 'Trần Đình Khánh', createdAt: new Date(`${v.visitedOn}T02:30:00Z`), ...v,
    });
  await m.getRepository(ReceptionVisit).save([
    visit({ visitedOn: '2026-07-16', receptionDayId: days.get('2026-07-16')!.id, citizenName: 'Trần Văn Bình', citizenAddress: 'Tổ dân phố 4, phường Bắc Hồng Lĩnh', subject: 'Khiếu nại quyết định thu hồi đất và phương án bồi thường', outcome: 'CASE_OPENED', caseId: partly.id }),
    visit({ visitedOn: '2026-07-16', receptionDayId: days.get('2026-07-16')!.id, citizenName: 'Nguyễn Văn Tư', citizenAddress: 'Tổ dân phố 2, phường Bắc Hồng Lĩnh', subject: 'Hỏi thủ tục tách thửa đất để tặng cho con', outcome: 'GUIDED', guidance: 'Hướng dẫn nộp hồ sơ tại Bộ phận một cửa phường, kèm giấy chứng nhận và bản vẽ tách thửa.' }),
    visit({ visitedOn: '2026-09-18', receptionDayId: joint.id, citizenName: 'Võ Văn Lực (đại diện 14 hộ dân)', citizenAddress: 'Tổ dân phố 7, phường Bắc Hồng Lĩnh', visitorCount: 14, subject: 'Kiến nghị về tiến độ chi trả tiền bồi thường dự án đường trục chính', outcome: 'ANSWERED', guidance: 'Chủ tịch UBND phường trả lời: chi trả dứt điểm trước ngày 30/10/2026; Thường trực HĐND phường giám sát việc thực hiện.' }),
    visit({ visitedOn: '2026-10-22', receptionDayId: council.id, citizenName: 'Lê Văn Hòa', citizenAddress: 'Tổ dân phố 5, phường Bắc Hồng Lĩnh', subject: 'Phản ánh việc chậm sửa chữa đường liên tổ dân phố 5 – 6', outcome: 'ANSWERED', guidance: 'Thường trực HĐND phường trả lời: đã đưa vào kế hoạch sửa chữa quý IV năm 2026.', receivedByName: 'Nguyễn Thăng Long' }),
    visit({ visitedOn: '2026-11-12', citizenName: 'Trần Văn Mạnh', citizenAddress: 'Tổ dân phố 1, phường Bắc Hồng Lĩnh', subject: 'Tiếp tục khiếu nại vụ việc đã có quyết định giải quyết lần hai', outcome: 'REFUSED', refusalGround: 'Vụ việc đã giải quyết đúng chính sách, pháp luật, đã được kiểm tra, rà soát và thông báo bằng văn bản (Luật Tiếp công dân, Điều 9).', receivedByName: 'Trần Văn Sáng' }),
  ]);
}

import { recordDeadlineChange } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import { caseDeadlineChange } from '../src/cases/case-deadline';
import { CitizenCase, type CaseChannel, type CitizenCaseKind } from '../src/cases/citizen-case.entity';
import { storeDenouncer } from '../src/denouncers/denouncers.service';
import { ReceptionDay } from '../src/reception/reception-day.entity';
import { TOWN as HL, TOWN_DEPARTMENTS as D, WARD as BHL, WARD_DEPARTMENTS as W, WARD_OFFICIALS as WO } from './directory';
import { due } from './due';

interface CaseSpec {
  jurisdictionId: string;
  kind: CitizenCaseKind;
  channel: CaseChannel;
  subject: string;
  who: string;
  departmentId: string;
  receivedOn: string;
  acceptedOn: string | null;
  resolvedOn: string | null;
}

const CASES: CaseSpec[] = [
  ...Array.from({ length: 18 }, (_, i): CaseSpec => {
    const kind: CitizenCaseKind = i % 3 === 0 ? 'COMPLAINT' : i % 3 === 1 ? 'PETITION' : 'DENUNCIATION';
    const month = String((i % 11) + 1).padStart(2, '0');
    return {
      jurisdictionId: HL,
      kind,
      channel: (['RECEPTION', 'MAIL', 'COUNCIL', 'FRONT', 'ONLINE'] as const)[i % 5],
      subject: ['Khiếu nại về bồi thường giải phóng mặt bằng', 'Kiến nghị cấp giấy chứng nhận quyền sử dụng đất', 'Tố cáo vi phạm trong quản lý xây dựng'][i % 3],
      who: ['Nguyễn Văn Hòa', 'Trần Thị Lý', 'Lê Văn Sơn', 'Phạm Thị Nga', 'Đặng Văn Tâm', 'Bùi Thị Xuân'][i % 6],
      departmentId: kind === 'DENUNCIATION' ? D.inspectorate.id : i % 2 ? D.natural.id : D.urban.id,
      receivedOn: `2022-${month}-0${(i % 8) + 1}`,
      acceptedOn: `2022-${month}-1${(i % 8) + 1}`,
      resolvedOn: `2022-${month}-2${(i % 8) + 1}`,
    };
  }),
  // 2026 on Bắc Hồng Lĩnh: some resolved, some due soon, some overdue (today is 27 Nov 2026).
  { jurisdictionId: BHL, kind: 'COMPLAINT', channel: 'RECEPTION', subject: 'Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng', who: 'Võ Văn Thắng', departmentId: W.bacEconomy.id, receivedOn: '2026-10-05', acceptedOn: '2026-10-12', resolvedOn: null },
  { jurisdictionId: BHL, kind: 'COMPLAINT', channel: 'MAIL', subject: 'Khiếu nại việc thu hồi đất làm đường vành đai', who: 'Hồ Thị Mến', departmentId: W.bacEconomy.id, receivedOn: '2026-11-02', acceptedOn: '2026-11-09', resolvedOn: null },
  { jurisdictionId: BHL, kind: 'PETITION', channel: 'FRONT', subject: 'Phản ánh ô nhiễm tiếng ồn từ xưởng mộc', who: 'Nguyễn Đình Lộc', departmentId: W.bacEconomy.id, receivedOn: '2026-11-16', acceptedOn: null, resolvedOn: null },
  { jurisdictionId: BHL, kind: 'PETITION', channel: 'COUNCIL', subject: 'Kiến nghị sửa chữa nhà văn hóa tổ dân phố 4', who: 'Phan Thị Hạnh', departmentId: W.bacSocial.id, receivedOn: '2026-10-20', acceptedOn: '2026-10-22', resolvedOn: null },
  { jurisdictionId: BHL, kind: 'DENUNCIATION', channel: 'ONLINE', subject: 'Tố cáo việc thu tiền trái quy định tại trường mầm non', who: 'Người tố cáo (bảo mật)', departmentId: W.bacOffice.id, receivedOn: '2026-11-18', acceptedOn: '2026-11-24', resolvedOn: null },
  { jurisdictionId: BHL, kind: 'COMPLAINT', channel: 'RECEPTION', subject: 'Khiếu nại việc xét hộ nghèo năm 2026', who: 'Lê Thị Vân', departmentId: W.bacSocial.id, receivedOn: '2026-08-03', acceptedOn: '2026-08-10', resolvedOn: '2026-09-04' },
];


/** The citizen cases, numbered in order; a case received on a reception day links to it. */
export async function seedCases(m: EntityManager, days: Map<string, string>, now: Date, today: string): Promise<void> {
  let seq = 0;
  for (const spec of CASES) await seedCase(m, spec, ++seq, days, now, today);
}

async function seedCase(m: EntityManager, s: CaseSpec, seq: number, days: Map<string, string>, now: Date, today: string): Promise<void> {
  const prefix = { COMPLAINT: 'KN', DENUNCIATION: 'TC', PETITION: 'PA' }[s.kind];
  const accepted = s.acceptedOn && s.acceptedOn <= today ? s.acceptedOn : null;
  const resolved = s.resolvedOn && s.resolvedOn <= today ? s.resolvedOn : null;
  const phase = s.kind === 'PETITION' || !accepted
    ? { kind: ({ COMPLAINT: 'COMPLAINT_ACCEPTANCE', DENUNCIATION: 'DENUNCIATION_INITIAL', PETITION: 'PETITION_PROCESSING' } as const)[s.kind], start: s.receivedOn }
    : { kind: s.kind === 'COMPLAINT' ? ('COMPLAINT_RESOLUTION' as const) : ('DENUNCIATION_RESOLUTION' as const), start: accepted };
  const d = due({ ...phase, complexity: 'NORMAL', round: 'FIRST' });
  const dayId = s.channel === 'RECEPTION' ? days.get(`${s.jurisdictionId}:${s.receivedOn.slice(0, 7)}`) ?? null : null;
  const c = await m.getRepository(CitizenCase).save(
    m.getRepository(CitizenCase).create({
      jurisdictionId: s.jurisdictionId, number: `${prefix}-${seq}/${s.receivedOn.slice(0, 4)}`, kind: s.kind, channel: s.channel,
      round: s.kind === 'COMPLAINT' ? 'FIRST' : null, complexity: 'NORMAL', remoteArea: false, severalPlaces: false,
      subject: s.subject, content: `${s.subject}. Đơn đề ngày ${s.receivedOn}.`, field: s.kind === 'DENUNCIATION' ? null : 'LAND',
      petitionerName: s.kind === 'DENUNCIATION' ? null : s.who, receivedOn: s.receivedOn,
      receptionDayId: dayId && (await m.getRepository(ReceptionDay).findOneBy({ id: dayId }))?.date === s.receivedOn ? dayId : null,
      handlingDepartmentId: s.departmentId, handlingInspectorId: s.kind !== 'DENUNCIATION' ? null : s.jurisdictionId === HL ? DEMO.officials.inspector.id : WO.bacInspectorOffice.id,
      status: resolved ? 'RESOLVED' : accepted ? 'ACCEPTED' : 'RECEIVED', acceptedOn: accepted, declinedOn: null, declineReason: null,
      resolvedOn: resolved, decisionNumber: resolved ? `${seq}/QĐ-UBND` : null,
      outcome: resolved ? ({ COMPLAINT: 'REJECTED', DENUNCIATION: 'PARTLY_SUBSTANTIATED', PETITION: 'ANSWERED' } as const)[s.kind] : null,
      outcomeSummary: resolved ? 'Đã giải quyết, trả lời công dân bằng văn bản.' : null,
      clockStart: phase.start, dueDate: d.due, dueRule: `${d.rule.code}@${d.rule.version}`, dueExplanation: d.explanation, createdAt: now,
    }),
  );
  if (s.kind === 'DENUNCIATION') {
    await storeDenouncer(m, c.id, { fullName: 'Nguyễn Văn Kín', address: 'Tổ dân phố 2', phone: '0987000111', idNumber: '042085009999' });
  }
  if (c.status !== 'RESOLVED') await recordDeadlineChange(m, caseDeadlineChange(c));
}

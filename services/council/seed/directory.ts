import { foldDiacritics, stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import { CouncilCommittee, CouncilCommitteeMember, type CommitteeRole } from '../src/delegates/council-committee.entity';
import { Delegate, type DelegatePosition } from '../src/delegates/delegate.entity';
import { CouncilTerm } from '../src/terms/council-term.entity';

const HL = DEMO.jurisdictions.hongLinh.id;
const BHL = DEMO.jurisdictions.bacHongLinh.id;

export const TERMS = {
  hongLinh: stableId('council-term', '436-2021'),
  bacHongLinh: stableId('council-term', '18073-2026'),
};

export const COMMITTEES = {
  hlLegal: stableId('council-committee', '436-2021-phap-che'),
  hlEconomy: stableId('council-committee', '436-2021-ktxh'),
  bhlLegal: stableId('council-committee', '18073-2026-phap-che'),
  bhlEconomy: stableId('council-committee', '18073-2026-ktxh'),
};

type DelegateRow = [id: string, name: string, unit: string, position: DelegatePosition, committee: string | null, role: CommitteeRole | null];

const d = DEMO.delegates;
const HONG_LINH_DELEGATES: DelegateRow[] = [
  [d.councilChair.id, d.councilChair.name, 'Đơn vị bầu cử số 1 (phường Bắc Hồng)', 'CHAIR', null, null],
  [d.councilVice.id, d.councilVice.name, 'Đơn vị bầu cử số 2 (phường Nam Hồng)', 'VICE_CHAIR', null, null],
  [d.legalHead.id, d.legalHead.name, 'Đơn vị bầu cử số 3 (phường Đậu Liêu)', 'COMMITTEE_HEAD', COMMITTEES.hlLegal, 'HEAD'],
  [d.ecoHead.id, d.ecoHead.name, 'Đơn vị bầu cử số 4 (phường Trung Lương)', 'COMMITTEE_HEAD', COMMITTEES.hlEconomy, 'HEAD'],
  [d.delegate1.id, d.delegate1.name, 'Đơn vị bầu cử số 5 (xã Thuận Lộc)', 'COMMITTEE_MEMBER', COMMITTEES.hlLegal, 'MEMBER'],
  [d.delegate2.id, d.delegate2.name, 'Đơn vị bầu cử số 6 (phường Đức Thuận)', 'COMMITTEE_MEMBER', COMMITTEES.hlEconomy, 'MEMBER'],
];

const ward = (key: string) => stableId('delegate', `18073-${key}`);
const BAC_HONG_LINH_DELEGATES: DelegateRow[] = [
  [ward('chair'), 'Trần Đình Phong', 'Đơn vị bầu cử số 1 (tổ dân phố 1–4)', 'CHAIR', null, null],
  [ward('vice'), 'Lê Thị Minh Nguyệt', 'Đơn vị bầu cử số 2 (tổ dân phố 5–8)', 'VICE_CHAIR', null, null],
  [ward('phap-che'), 'Nguyễn Văn Hải', 'Đơn vị bầu cử số 3 (tổ dân phố 9–12)', 'COMMITTEE_HEAD', COMMITTEES.bhlLegal, 'HEAD'],
  [ward('ktxh'), 'Hồ Thị Thu Trang', 'Đơn vị bầu cử số 4 (tổ dân phố 13–16)', 'COMMITTEE_HEAD', COMMITTEES.bhlEconomy, 'HEAD'],
  [ward('d1'), 'Phan Văn Quang', 'Đơn vị bầu cử số 1 (tổ dân phố 1–4)', 'COMMITTEE_MEMBER', COMMITTEES.bhlLegal, 'MEMBER'],
  [ward('d2'), 'Võ Thị Hồng Nhung', 'Đơn vị bầu cử số 2 (tổ dân phố 5–8)', 'DELEGATE', null, null],
];

export async function seedDirectory(m: EntityManager): Promise<void> {
  await m.getRepository(CouncilTerm).insert([
    { id: TERMS.hongLinh, jurisdictionId: HL, name: 'Khóa VIII, nhiệm kỳ 2021–2026', startYear: 2021, endYear: 2026 },
    { id: TERMS.bacHongLinh, jurisdictionId: BHL, name: 'Khóa I, nhiệm kỳ 2026–2031', startYear: 2026, endYear: 2031 },
  ]);
  await m.getRepository(CouncilCommittee).insert([
    { id: COMMITTEES.hlLegal, termId: TERMS.hongLinh, jurisdictionId: HL, name: 'Ban Pháp chế' },
    { id: COMMITTEES.hlEconomy, termId: TERMS.hongLinh, jurisdictionId: HL, name: 'Ban Kinh tế – Xã hội' },
    { id: COMMITTEES.bhlLegal, termId: TERMS.bacHongLinh, jurisdictionId: BHL, name: 'Ban Pháp chế' },
    { id: COMMITTEES.bhlEconomy, termId: TERMS.bacHongLinh, jurisdictionId: BHL, name: 'Ban Kinh tế – Xã hội' },
  ]);
  for (const [termId, jurisdictionId, rows] of [
    [TERMS.hongLinh, HL, HONG_LINH_DELEGATES],
    [TERMS.bacHongLinh, BHL, BAC_HONG_LINH_DELEGATES],
  ] as const) {
    await m.getRepository(Delegate).insert(
      rows.map(([id, fullName, electoralUnit, position]) => ({ id, termId, jurisdictionId, fullName, searchName: foldDiacritics(fullName), electoralUnit, position })),
    );
    await m.getRepository(CouncilCommitteeMember).insert(
      rows.filter((r) => r[4]).map(([delegateId, , , , committeeId, role]) => ({ committeeId: committeeId!, delegateId, role: role! })),
    );
  }
}

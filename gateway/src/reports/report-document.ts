import { administrativeUnit, formatCount as n, formatDateVi, formatDocumentDateVi } from '@phoihop/core';
import type { Body, CoordinationReportDocumentQuery } from '../generated/operations';
import { scorecardAnnex } from './report-annex';

type Answered = CoordinationReportDocumentQuery['coordinationReport'];
/** The three bodies' parts of the report; each is null in an answer when its subgraph could not give it. */
const PARTS = ['council', 'front', 'sections'] as const;
/** The report as printed: every body's part present (the route answers 503 otherwise). */
export type ReportData = Answered & { [K in (typeof PARTS)[number]]: NonNullable<Answered[K]> };

/** Has every body given its part? */
export const isComplete = (r: Answered): r is ReportData => PARTS.every((k) => r[k] != null);
type Plan = NonNullable<ReportData['nextYearPlan']>;

/**
 * The report as a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Appendix I): the
 * frame, the numbered body, the recipients and the signatures. The HTML page and the .docx
 * print this one model, so the two never drift apart.
 */
export interface ReportDocument {
  /** Header, left column: the issuing bodies (bold, upper case) and the document number. */
  issuer: string[];
  number: string;
  /** Header, right column: national title, motto, place and date. */
  nation: string;
  motto: string;
  placeAndDate: string;
  kind: string;
  title: string;
  /** The document's name as a file would carry it: "Báo cáo … năm 2022". */
  name: string;
  blocks: Block[];
  /** Phụ lục after the signatures, on a page of its own; empty for readers of the public parts only. */
  annex: Block[];
  recipients: string[];
  signatures: Signature[];
  provenance: string;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: Column[]; rows: string[][] };

export interface Column {
  title: string;
  /** Share of the text width, in percent. */
  width: number;
  align: 'left' | 'center' | 'right';
}

export interface Signature {
  /** "TM. THƯỜNG TRỰC HĐND", …, "CHỦ TỊCH" — bold, upper case. */
  lines: string[];
  /** Signer's name; null leaves the line for the clerk. */
  name: string | null;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const BODY_NAMES: Record<Body, string> = { COUNCIL: 'Thường trực HĐND', COMMITTEE: 'UBND', FRONT: 'Ban Thường trực Ủy ban MTTQ Việt Nam' };

/** Builds the document; `today` ('YYYY-MM-DD') dates it. The scorecards, when the caller may read them, make its annex. */
export function reportDocument(r: ReportData, today: string): ReportDocument {
  const { unit, place } = administrativeUnit(r.jurisdiction);
  const where = `${unit} ${place}`;
  const title = `Kết quả thực hiện Quy chế phối hợp giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam ${where} năm ${r.year}`;
  const section = (key: string) => r.sections.find((s) => s.key === key);
  const results = r.sections.filter((s) => s.key !== 'SHORTCOMINGS');
  const shortcomings = section('SHORTCOMINGS');
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Thực hiện Quy chế phối hợp giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam ${where}, Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam ${unit} báo cáo kết quả thực hiện năm ${r.year} như sau:` },
  ];
  const part = (text: string) => blocks.push({ kind: 'heading', level: 1, text: `${ROMAN[blocks.filter((b) => b.kind === 'heading' && b.level === 1).length]}. ${text.toUpperCase()}` });
  part('Kết quả thực hiện Quy chế phối hợp');
  results.forEach((s, i) => {
    blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${s.title}` });
    for (const line of s.lines) blocks.push({ kind: 'paragraph', text: line });
  });
  blocks.push({ kind: 'heading', level: 2, text: `${results.length + 1}. Số liệu tổng hợp` }, figuresTable(r));
  part('Tồn tại, hạn chế');
  for (const line of shortcomings?.lines ?? []) blocks.push({ kind: 'paragraph', text: line });
  if (r.overdueByDepartment.length) {
    blocks.push({ kind: 'paragraph', text: 'Việc quá hạn chưa hoàn thành theo cơ quan, đơn vị:' }, overdueTable(r.overdueByDepartment));
  }
  // Not public: a reader without a token gets the figures, not the plan's tasks.
  if (r.nextYearPlan !== undefined) {
    part(`Nhiệm vụ năm ${r.year + 1}`);
    blocks.push(...planBlocks(r.nextYearPlan, r.year + 1, where));
  }
  return {
    issuer: ['THƯỜNG TRỰC HĐND - UBND', 'BAN THƯỜNG TRỰC', 'ỦY BAN MTTQ VIỆT NAM', where.toUpperCase()],
    number: 'Số:        /BC-HĐND-UBND-MTTQ',
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeAndDate: `${place}, ${formatDocumentDateVi(today)}`,
    kind: 'BÁO CÁO',
    title,
    name: `Báo cáo ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    blocks: blocks.map(normalizeBlock),
    annex: r.departmentScorecards && r.delegateScorecards ? scorecardAnnex(r.year, r).map(normalizeBlock) : [],
    recipients: recipients(r.jurisdiction.level, unit),
    signatures: signatures(r.nextYearPlan ?? null),
    provenance: `Số liệu tổng hợp từ hệ thống Phối Hợp ngày ${formatDateVi(today)}.`,
  };
}

type Figures = Pick<ReportData, 'council' | 'front' | 'committee'>;

/** The figures table; with jurisdictions under this one (a province), its own figures beside the total with them. */
function figuresTable(r: ReportData): Block {
  const own = figureCells(r);
  const under = r.withCommunes.jurisdictionIds.length - 1;
  if (!under) return numbered([['Nội dung', 60, 'left'], ['Đơn vị tính', 16, 'center'], ['Số lượng', 16, 'center']], own.map(([what, unit, value]) => [what, unit, value]));
  const { unit } = administrativeUnit(r.jurisdiction);
  const total = figureCells(r.withCommunes);
  return numbered(
    [['Nội dung', 44, 'left'], ['Đơn vị tính', 14, 'center'], [`Cấp ${unit}`, 16, 'center'], [`Toàn ${unit} (gồm ${n(under)} đơn vị trực thuộc)`, 18, 'center']],
    own.map(([what, u, value], i) => [what, u, value, total[i][2]]),
  );
}

function figureCells({ council: c, front: f, committee: m }: Figures): Array<[string, string, string]> {
  const both = (a: number, b: number) => `${n(a)} / ${n(b)}`;
  return [
    ['Kỳ họp HĐND', 'kỳ họp', n(c.sessions)],
    ['Nghị quyết được ban hành', 'nghị quyết', n(c.resolutions)],
    ['Cuộc khảo sát của Thường trực, các ban HĐND', 'cuộc', n(c.surveys)],
    ['Cuộc giám sát của Thường trực, các ban HĐND', 'cuộc', n(c.supervisions)],
    ['Phiên họp liên tịch trước kỳ họp', 'phiên', n(c.preSessionMeetings)],
    ['Kiến nghị sau khảo sát, giám sát / đã giải quyết', 'kiến nghị', both(c.recommendationsIssued, c.recommendationsResolved)],
    ['Phiên chất vấn / phiên giải trình', 'phiên', both(c.questioningSessions, c.explanationSessions)],
    ['Câu hỏi chất vấn, giải trình', 'câu hỏi', n(c.questionsAsked)],
    ['Cam kết khi trả lời chất vấn / đã thực hiện (đúng hạn)', 'cam kết', `${both(c.commitmentsMade, c.commitmentsFulfilled)} (${n(c.commitmentsFulfilledOnTime)})`],
    ['Cam kết quá hạn chưa thực hiện', 'cam kết', n(c.commitmentsOverdue)],
    ['Đợt tiếp xúc cử tri', 'đợt', n(f.voterContactRounds)],
    ['Điểm tiếp xúc cử tri', 'điểm', n(f.meetingPoints)],
    ['Lượt cử tri tham dự', 'lượt', n(f.voters)],
    ['Kiến nghị cử tri tiếp nhận / đã được trả lời', 'kiến nghị', both(f.petitionsCollected, f.petitionsAnswered)],
    ['Cuộc giám sát xã hội của MTTQ', 'cuộc', n(f.socialSupervisions)],
    ['Buổi tiếp công dân / do Thường trực HĐND chủ trì, cùng chủ trì', 'buổi', both(m.receptionDays, m.receptionDaysHostedByCouncil)],
    ['Lượt tiếp công dân', 'lượt', n(m.receptionVisits)],
    ['Tháng Chủ tịch UBND chưa tiếp đủ số ngày tối thiểu', 'tháng', m.receptionMinimumShortfalls.length ? m.receptionMinimumShortfalls.join(', ') : 'không'],
    ['Đơn thư tiếp nhận / đã giải quyết', 'đơn', both(m.casesReceived, m.casesResolved)],
    ['Văn bản chỉ đạo của UBND', 'văn bản', n(m.directivesIssued)],
    ['Nhiệm vụ được giao / đã hoàn thành', 'nhiệm vụ', both(m.assignments, m.assignmentsDone)],
  ];
}

function overdueTable(rows: ReportData['overdueByDepartment']): Block {
  const sum = (pick: (d: ReportData['overdueByDepartment'][number]) => number) => n(rows.reduce((s, d) => s + pick(d), 0));
  return numbered(
    [['Cơ quan, đơn vị', 47, 'left'], ['Nhiệm vụ quá hạn', 15, 'center'], ['Đơn thư quá hạn', 15, 'center'], ['Cộng', 15, 'center']],
    rows.map((d) => [d.departmentName, n(d.assignments), n(d.cases), n(d.assignments + d.cases)]),
    ['Tổng cộng', sum((d) => d.assignments), sum((d) => d.cases), sum((d) => d.assignments + d.cases)],
  );
}

/** A table whose first column numbers the rows (TT), as administrative tables do; a total row goes unnumbered. */
export function numbered(columns: Array<[string, number, Column['align']]>, rows: string[][], total?: string[]): Block {
  return {
    kind: 'table',
    columns: [{ title: 'TT', width: 8, align: 'center' }, ...columns.map(([title, width, align]) => ({ title, width, align }))],
    rows: [...rows.map((row, i) => [String(i + 1), ...row]), ...(total ? [['', ...total]] : [])],
  };
}

/** Next year's tasks: the activities of the plan the three bodies signed, or why there are none. */
function planBlocks(plan: Plan | null, year: number, where: string): Block[] {
  if (!plan) return [{ kind: 'paragraph', text: `Chưa có Kế hoạch phối hợp năm ${year} giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam ${where}.` }];
  if (!plan.fullySigned) return [{ kind: 'paragraph', text: `${plan.title} chưa được ba bên ký; nhiệm vụ năm ${year} sẽ được báo cáo khi kế hoạch được ký ban hành.` }];
  const signedOn = plan.signatures.map((s) => s.signedOn).sort().at(-1)!;
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Thực hiện ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)} đã được ba bên ký ngày ${formatDateVi(signedOn)}, Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam tập trung thực hiện các nhiệm vụ sau:` },
    numbered(
      [['Nội dung', 48, 'left'], ['Chủ trì', 26, 'center'], ['Thời gian', 18, 'center']],
      plan.activities.nodes.map((a) => [a.title, BODY_NAMES[a.ownerBody], `Tháng ${monthYear(a.plannedOn)}`]),
    ),
  ];
  if (plan.activities.totalCount > plan.activities.nodes.length) {
    blocks.push({ kind: 'paragraph', text: `Và ${n(plan.activities.totalCount - plan.activities.nodes.length)} nhiệm vụ khác theo Kế hoạch.` });
  }
  return blocks;
}

const monthYear = (iso: string) => `${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

/** The party committee of the unit as recipients name it: "Thị ủy", "Tỉnh ủy", "Đảng ủy phường". */
function partyCommittee(unit: string): string {
  const own: Record<string, string> = { tỉnh: 'Tỉnh ủy', 'thành phố': 'Thành ủy', 'thị xã': 'Thị ủy', huyện: 'Huyện ủy', quận: 'Quận ủy' };
  return own[unit] ?? `Đảng ủy ${unit}`;
}

function recipients(level: ReportData['jurisdiction']['level'], unit: string): string[] {
  const above =
    level === 'PROVINCE'
      ? ['Ủy ban Thường vụ Quốc hội (để báo cáo);', 'Chính phủ (để báo cáo);', 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (để báo cáo);']
      : ['Thường trực HĐND tỉnh (để báo cáo);', 'UBND tỉnh (để báo cáo);', 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (để báo cáo);'];
  return [...above, `Thường trực ${partyCommittee(unit)} (để báo cáo);`, `Các đại biểu HĐND ${unit};`, `Các cơ quan, đơn vị thuộc UBND ${unit};`, 'Lưu: VT.'].map(
    (r) => `- ${r}`.normalize('NFC'),
  );
}

/** The three bodies sign for themselves; names from next year's signed plan when the caller may read it. */
function signatures(plan: Plan | null): Signature[] {
  const signer = (body: Body) => plan?.signatures.find((s) => s.body === body) ?? null;
  const office = (body: Body) => (/^phó/iu.test(signer(body)?.signerTitle ?? '') ? ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] : ['CHỦ TỊCH']);
  return [
    { lines: ['TM. THƯỜNG TRỰC HĐND', ...office('COUNCIL')], name: signer('COUNCIL')?.signerName ?? null },
    { lines: ['TM. ỦY BAN NHÂN DÂN', ...office('COMMITTEE')], name: signer('COMMITTEE')?.signerName ?? null },
    { lines: ['TM. BAN THƯỜNG TRỰC', 'ỦY BAN MTTQ VIỆT NAM', ...office('FRONT')], name: signer('FRONT')?.signerName ?? null },
  ];
}

function normalizeBlock(b: Block): Block {
  if (b.kind === 'table') return { ...b, rows: b.rows.map((row) => row.map((c) => c.normalize('NFC'))) };
  return { ...b, text: b.text.normalize('NFC') };
}

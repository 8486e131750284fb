import { formatCount as n } from '@phoihop/core';
import type { CoordinationReportDocumentQuery } from '../generated/operations';
import { numbered, type Block, type ReportDocument } from './report-document';

export type Scorecards = Pick<CoordinationReportDocumentQuery['coordinationReport'], 'departmentScorecards' | 'delegateScorecards'>;

const count = (c: number | null | undefined) => (c == null ? '–' : n(c));
const days = (d: number | null | undefined) => (d == null ? '–' : d.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));
const more = (shown: number, total: number, what: string): Block[] => (total > shown ? [{ kind: 'paragraph', text: `Và ${n(total - shown)} ${what} khác.` }] : []);

/**
 * Phụ lục — the scorecards behind section II: each department's work (most behind first) and
 * each delegate's year. Only for readers of the report's non-public parts.
 */
export function scorecardAnnex(year: number, s: Scorecards): Block[] {
  const departments = s.departmentScorecards?.nodes ?? [];
  const delegates = s.delegateScorecards?.nodes ?? [];
  return [
    { kind: 'heading', level: 2, text: `Biểu 1. Kết quả thực hiện nhiệm vụ, giải quyết đơn thư của các cơ quan, đơn vị năm ${year}` },
    departments.length
      ? numbered(
          [['Cơ quan, đơn vị', 26, 'left'], ['Tiếp nhận', 9, 'center'], ['Hoàn thành', 9, 'center'], ['Đúng hạn', 9, 'center'], ['Đang quá hạn', 9, 'center'], ['Số ngày trễ bình quân', 12, 'center'], ['Chuyển cấp (mức 1/2/3/4)', 14, 'center']],
          departments.map((d) => [d.department.name, n(d.total.received), n(d.total.done), n(d.total.doneOnTime), n(d.total.overdueNow), days(d.total.averageDaysLate), d.escalations?.map((e) => n(e.items)).join('/') || '–']),
        )
      : { kind: 'paragraph', text: 'Chưa có số liệu.' },
    ...more(departments.length, s.departmentScorecards?.totalCount ?? 0, 'cơ quan, đơn vị'),
    { kind: 'heading', level: 2, text: `Biểu 2. Kết quả hoạt động của đại biểu HĐND năm ${year}` },
    delegates.length
      ? numbered(
          [['Đại biểu', 28, 'left'], ['Hội nghị TXCT đã dự', 12, 'center'], ['Kiến nghị thu thập', 12, 'center'], ['Đã được trả lời', 12, 'center'], ['Đã báo cáo lại cử tri', 12, 'center'], ['Giám sát đã tham gia', 12, 'center']],
          delegates.map((d) => [d.delegate.fullName, count(d.meetingsAttended), count(d.petitionsCollected), count(d.petitionsAnswered), count(d.petitionsReportedBack), n(d.supervisions)]),
        )
      : { kind: 'paragraph', text: 'Chưa có số liệu.' },
    ...more(delegates.length, s.delegateScorecards?.totalCount ?? 0, 'đại biểu'),
  ];
}

export const ANNEX_TITLE = 'PHỤ LỤC';
export const annexSubtitle = (doc: Pick<ReportDocument, 'name'>): string => `(Kèm theo ${doc.name.charAt(0).toLowerCase()}${doc.name.slice(1)})`;

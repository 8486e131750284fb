import { DEMO, stableId } from '@phoihop/core';
import type { FieldOfResponsibility, VoterContactRoundKind } from './generated/graphql';

/** Wards and the commune of the former town of Hồng Lĩnh, with a meeting hall in each residential group. */
export const HONG_LINH_LOCALITIES = ['Phường Bắc Hồng', 'Phường Nam Hồng', 'Phường Đức Thuận', 'Phường Trung Lương', 'Phường Đậu Liêu', 'Xã Thuận Lộc'];

export interface DemoRound {
  key: string;
  jurisdictionId: string;
  kind: VoterContactRoundKind;
  sessionId: string;
  delegationLevel: 'DISTRICT_COUNCIL' | 'COMMUNE_COUNCIL';
  title: string;
  startsOn: string;
  meetings: number;
  votersEach: number;
}

const session2022 = (n: number) => stableId('session', `436-2021-${n}`);
export const session2026 = (n: number) => stableId('session', `18073-2026-${n}`);

/** 2022 on Hồng Lĩnh: five rounds, before and after the regular sessions, 46 points, ~3,950 voters. */
export const ROUNDS_2022: DemoRound[] = [
  { key: '2022-1', kind: 'AFTER_SESSION', sessionId: session2022(3), title: 'TXCT sau kỳ họp thứ 3 HĐND thị xã khóa VIII', startsOn: '2022-01-10', meetings: 9, votersEach: 84 },
  { key: '2022-2', kind: 'BEFORE_SESSION', sessionId: session2022(5), title: 'TXCT trước kỳ họp thứ 5 HĐND thị xã khóa VIII', startsOn: '2022-06-20', meetings: 9, votersEach: 88 },
  { key: '2022-3', kind: 'AFTER_SESSION', sessionId: session2022(5), title: 'TXCT sau kỳ họp thứ 5 HĐND thị xã khóa VIII', startsOn: '2022-08-01', meetings: 10, votersEach: 82 },
  { key: '2022-4', kind: 'BEFORE_SESSION', sessionId: session2022(8), title: 'TXCT trước kỳ họp thứ 8 HĐND thị xã khóa VIII', startsOn: '2022-11-21', meetings: 9, votersEach: 90 },
  { key: '2022-5', kind: 'AFTER_SESSION', sessionId: session2022(8), title: 'TXCT sau kỳ họp thứ 8 HĐND thị xã khóa VIII', startsOn: '2022-12-26', meetings: 9, votersEach: 85 },
].map((r) => ({ ...r, jurisdictionId: DEMO.jurisdictions.hongLinh.id, delegationLevel: 'DISTRICT_COUNCIL' as const })) as DemoRound[];

/** 2026 on the new ward Bắc Hồng Lĩnh: after the mid-year session and before the year-end one. */
export const ROUNDS_2026: DemoRound[] = [
  { key: '2026-1', kind: 'AFTER_SESSION', sessionId: session2026(2), title: 'TXCT sau kỳ họp thứ 2 HĐND phường Bắc Hồng Lĩnh', startsOn: '2026-07-27', meetings: 4, votersEach: 76 },
  { key: '2026-2', kind: 'BEFORE_SESSION', sessionId: session2026(4), title: 'TXCT trước kỳ họp thứ 4 HĐND phường Bắc Hồng Lĩnh', startsOn: '2026-10-05', meetings: 4, votersEach: 92 },
].map((r) => ({ ...r, jurisdictionId: DEMO.jurisdictions.bacHongLinh.id, delegationLevel: 'COMMUNE_COUNCIL' as const })) as DemoRound[];

export const BAC_HONG_LINH_PLACES = ['Nhà văn hóa tổ dân phố 1', 'Nhà văn hóa tổ dân phố Thuận Hồng', 'Nhà văn hóa tổ dân phố Trung Lương 4', 'Hội trường UBND phường'];

/** What voters of Hồng Lĩnh raise, and which department answers. */
export const PETITION_TOPICS: Array<{ field: FieldOfResponsibility; department: keyof typeof DEMO.departments; content: string }> = [
  { field: 'LAND', department: 'natural', content: 'Đề nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân có đất ở trước năm 1993.' },
  { field: 'TRANSPORT', department: 'urban', content: 'Đường liên tổ dân phố xuống cấp, mùa mưa ngập úng; đề nghị đầu tư nâng cấp, cứng hóa.' },
  { field: 'SOCIAL_POLICY', department: 'labour', content: 'Đề nghị xem xét chế độ cho người hoạt động kháng chiến bị nhiễm chất độc hóa học còn tồn đọng hồ sơ.' },
  { field: 'ENVIRONMENT', department: 'natural', content: 'Bãi tập kết rác gần khu dân cư gây ô nhiễm; đề nghị di dời và tăng tần suất thu gom.' },
  { field: 'URBAN', department: 'urban', content: 'Hệ thống điện chiếu sáng đường ngõ hư hỏng nhiều tháng chưa được sửa chữa.' },
  { field: 'EDUCATION', department: 'education', content: 'Trường mầm non thiếu phòng học, đề nghị bố trí kinh phí xây dựng thêm phòng học.' },
  { field: 'LAND', department: 'natural', content: 'Đề nghị công khai quy hoạch, kế hoạch sử dụng đất và tiến độ giải phóng mặt bằng dự án khu đô thị.' },
  { field: 'FINANCE', department: 'finance', content: 'Đề nghị sớm chi trả tiền bồi thường, hỗ trợ giải phóng mặt bằng dự án đường tránh Quốc lộ 1A.' },
];

import { stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import type { AnswererKind, FieldOfResponsibility, QuestioningKind, QuestioningVenue } from '../src/generated/graphql';
import { Question, QuestioningSession } from '../src/questioning/questioning-session.entity';
import { DemoWriter } from './writer';

const HL = DEMO.jurisdictions.hongLinh.id;
const BHL = DEMO.jurisdictions.bacHongLinh.id;

interface DemoQuestion {
  askedById: string;
  subject: string;
  content: string;
  field: FieldOfResponsibility;
  answerer: [AnswererKind, string, string | null];
  answer: string;
  commitments: Array<{ content: string; dueDate: string; fulfilledOn?: string; report?: string }>;
}

interface DemoQuestioning {
  key: string;
  jurisdictionId: string;
  kind: QuestioningKind;
  venue: QuestioningVenue;
  sessionId: string | null;
  meetingTitle: string | null;
  heldOn: string;
  subject: string;
  chairedBy: string;
  questions: DemoQuestion[];
}

const d = DEMO.delegates;
const natural: [AnswererKind, string, string] = ['DEPARTMENT', 'Trưởng phòng Tài nguyên và Môi trường Phan Đình Hùng', DEMO.departments.natural.id];

/**
 * The town's year-end session of 2022 held its questioning on land, the environment and site
 * clearance: one commitment kept on time, two kept late. The ward's Standing Committee heard an
 * explanation on waste collection in October 2026: one commitment done, one overdue today
 * (27/11/2026), climbing the ladder in the demo's ledger.
 */
const SESSIONS: DemoQuestioning[] = [
  {
    key: '436-2022-10', jurisdictionId: HL, kind: 'QUESTIONING', venue: 'SESSION', sessionId: stableId('session', '436-2021-10'), meetingTitle: null,
    heldOn: '2022-12-21', subject: 'Quản lý đất đai, bảo vệ môi trường và giải phóng mặt bằng các dự án trọng điểm', chairedBy: `Chủ tịch HĐND thị xã ${d.councilChair.name}`,
    questions: [
      {
        askedById: d.delegate1.id, field: 'LAND', answerer: natural,
        subject: 'Tồn đọng hồ sơ cấp giấy chứng nhận quyền sử dụng đất',
        content: 'Đề nghị Trưởng phòng Tài nguyên và Môi trường cho biết nguyên nhân còn 86 hồ sơ cấp giấy chứng nhận quyền sử dụng đất tại phường Đậu Liêu tồn đọng quá hạn; giải pháp và thời gian hoàn thành?',
        answer: 'Phần lớn hồ sơ vướng nguồn gốc đất giao trái thẩm quyền trước năm 1993; Phòng đã phối hợp UBND phường Đậu Liêu xác minh từng trường hợp.',
        commitments: [{ content: 'Hoàn thành cấp giấy chứng nhận cho 86 hồ sơ tồn đọng tại phường Đậu Liêu.', dueDate: '2023-06-30', fulfilledOn: '2023-06-20', report: 'Đã cấp 86/86 giấy chứng nhận; Báo cáo số 112/BC-TNMT ngày 20/6/2023.' }],
      },
      {
        askedById: d.delegate2.id, field: 'ENVIRONMENT', answerer: natural,
        subject: 'Ô nhiễm tại điểm tập kết rác tạm phường Trung Lương',
        content: 'Cử tri phường Trung Lương phản ánh điểm tập kết rác tạm gần khu dân cư gây mùi hôi, nước rỉ rác chảy ra kênh tiêu. Trách nhiệm của Phòng và khi nào di dời?',
        answer: 'Điểm tập kết tạm được bố trí khi nhà máy xử lý rác dừng hoạt động; thị xã đã bố trí vốn xây điểm trung chuyển mới.',
        commitments: [{ content: 'Di dời điểm tập kết rác tạm khỏi khu dân cư phường Trung Lương, xử lý nước rỉ rác.', dueDate: '2023-03-31', fulfilledOn: '2023-04-25', report: 'Đã di dời ngày 25/4/2023 sau khi hoàn thành điểm trung chuyển mới; chậm 25 ngày do thời tiết.' }],
      },
      {
        askedById: d.ecoHead.id, field: 'LAND', answerer: ['CHAIR', `Chủ tịch UBND thị xã ${DEMO.officials.chair.name}`, null],
        subject: 'Chậm giải phóng mặt bằng dự án đường Lê Duẩn kéo dài',
        content: 'Dự án đường Lê Duẩn kéo dài còn 17 hộ chưa bàn giao mặt bằng, chậm hơn một năm so với kế hoạch. Đề nghị Chủ tịch UBND thị xã làm rõ trách nhiệm và cam kết thời hạn hoàn thành.',
        answer: 'Vướng mắc chủ yếu về đơn giá bồi thường đất ở; UBND thị xã đã đề nghị tỉnh điều chỉnh hệ số giá đất.',
        commitments: [{ content: 'Hoàn thành bồi thường, giải phóng mặt bằng 17 hộ còn lại, bàn giao mặt bằng dự án đường Lê Duẩn kéo dài.', dueDate: '2023-09-30', fulfilledOn: '2023-11-15', report: 'Đã bàn giao toàn bộ mặt bằng ngày 15/11/2023 sau khi tỉnh phê duyệt hệ số điều chỉnh giá đất.' }],
      },
    ],
  },
  {
    key: '18073-2026-tt-10', jurisdictionId: BHL, kind: 'EXPLANATION', venue: 'STANDING_COMMITTEE_MEETING', sessionId: null,
    meetingTitle: 'Phiên họp thường kỳ tháng 10/2026 của Thường trực HĐND phường', heldOn: '2026-10-15',
    subject: 'Giải trình về công tác thu gom, xử lý rác thải tại các tổ dân phố ven núi Hồng Lĩnh', chairedBy: 'Chủ tịch HĐND phường Trần Đình Phong',
    questions: [
      {
        askedById: stableId('delegate', '18073-vice'), field: 'ENVIRONMENT',
        answerer: ['DEPARTMENT', 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị Phạm Văn Cường', DEMO.wardDepartments.bacEconomy.id],
        subject: 'Rác thải tồn đọng tại tổ dân phố 14, 15',
        content: 'Vì sao rác thải sinh hoạt tại tổ dân phố 14, 15 chỉ được thu gom hai lần mỗi tuần, nhiều điểm tồn đọng ven đường lên núi? Giải pháp khắc phục?',
        answer: 'Hợp đồng thu gom hiện hành chưa bao gồm các tuyến ven núi; Phòng đã trình UBND phường bổ sung tuyến và tần suất.',
        commitments: [
          { content: 'Ký phụ lục hợp đồng bổ sung tuyến thu gom rác hằng ngày tại tổ dân phố 14, 15.', dueDate: '2026-10-30', fulfilledOn: '2026-10-28', report: 'Đã ký Phụ lục số 02 ngày 28/10/2026, thu gom hằng ngày từ 01/11/2026.' },
          { content: 'Xóa bỏ 5 điểm tập kết rác tự phát ven đường lên núi Hồng Lĩnh, lắp biển cấm đổ rác.', dueDate: '2026-11-20' },
        ],
      },
    ],
  },
];

/** Questioning and explanation sessions of the demo, their questions and commitments (deadlines for the open ones). */
export async function seedQuestioning(m: EntityManager): Promise<void> {
  const w = new DemoWriter(m);
  for (const s of SESSIONS) {
    const id = stableId('questioning-session', s.key);
    await m.getRepository(QuestioningSession).insert({ id, jurisdictionId: s.jurisdictionId, kind: s.kind, venue: s.venue, sessionId: s.sessionId, meetingTitle: s.meetingTitle, heldOn: s.heldOn, subject: s.subject, chairedBy: s.chairedBy });
    for (const [i, q] of s.questions.entries()) {
      const [answererKind, answererName, answeringDepartmentId] = q.answerer;
      const question = m.getRepository(Question).create({
        id: stableId('question', id, String(i + 1)), questioningSessionId: id, jurisdictionId: s.jurisdictionId, askedById: q.askedById, position: i + 1,
        subject: q.subject, content: q.content, field: q.field, answererKind, answererName, answeringDepartmentId, answeringOfficialId: null, answerSummary: q.answer, status: 'ANSWERED',
      });
      await m.getRepository(Question).insert(question);
      for (const [n, c] of q.commitments.entries()) await w.commitment(question, { n: n + 1, madeOn: s.heldOn, ...c });
    }
  }
}

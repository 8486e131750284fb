import { stableId } from '@phoihop/core';
import type { DataSource } from 'typeorm';
import type { TestGraph } from '../../../../test/support/graph';
import { userWith } from '../../../../test/support/users';

export const HONG_LINH = stableId('jurisdiction', 'test-436');
export const OTHER = stableId('jurisdiction', 'test-other');
export const TERM = stableId('term', 'test');
export const SESSION = stableId('session', 'test-5');
/** A regular session that opens on Monday 20 April 2026. */
export const APRIL_SESSION = stableId('session', 'test-4');
export const NATURAL = stableId('department', 'test-tnmt');
export const URBAN = stableId('department', 'test-qldt');
export const DELEGATES = [1, 2, 3].map((n) => stableId('delegate', `test-${n}`));
export const OFFICIAL = stableId('official', 'test-head-tnmt');

/** A term, three delegates and one session in the council's own tables (its data, seeded as it would be). */
export async function seedCouncil(council: DataSource): Promise<void> {
  await council.query(
    `INSERT INTO council.council_term (id, jurisdiction_id, name, start_year, end_year) VALUES ($1, $2, 'Khóa XI, nhiệm kỳ 2021–2026', 2021, 2026)`,
    [TERM, HONG_LINH],
  );
  const names = ['Đinh Xuân Thành', 'Nguyễn Thị Lan', 'Lê Quang Vinh'];
  for (const [i, id] of DELEGATES.entries()) {
    await council.query(
      `INSERT INTO council.delegate (id, term_id, jurisdiction_id, full_name, search_name, electoral_unit, position)
       VALUES ($1, $2, $3, $4, $5, 'Đơn vị bầu cử số 1', 'DELEGATE')`,
      [id, TERM, HONG_LINH, names[i], names[i].toLowerCase()],
    );
  }
  await council.query(
    `INSERT INTO council.session (id, term_id, jurisdiction_id, number, kind, title, status, planned_start_date, planned_end_date,
       documents_due_on, documents_rule)
     VALUES ($1, $2, $3, 5, 'REGULAR', 'Kỳ họp thứ năm', 'PLANNED', '2026-07-10', '2026-07-12', '2026-07-03', 'SESSION_DOCUMENTS@1'),
            ($4, $2, $3, 4, 'REGULAR', 'Kỳ họp thứ tư', 'PLANNED', '2026-04-20', '2026-04-21', '2026-04-13', 'SESSION_DOCUMENTS@1')`,
    [SESSION, TERM, HONG_LINH, APRIL_SESSION],
  );
}

/**
 * A petition voters raised at a thematic meeting of March 2026 (recorded by the Front's staff),
 * still awaiting forwarding: the start of the voter-petition cycle (issue #13, item 3).
 */
export async function recordMarchPetition(graph: TestGraph): Promise<string> {
  const board = userWith('FRONT_STANDING', { jurisdictionId: HONG_LINH });
  const staff = userWith('FRONT_STAFF', { jurisdictionId: HONG_LINH });
  const round = await graph.ok<{ createVoterContactRound: { id: string } }>(`mutation($input: CreateVoterContactRoundInput!) { createVoterContactRound(input: $input) { id } }`, {
    input: { jurisdictionId: HONG_LINH, kind: 'THEMATIC', delegationLevel: 'COMMUNE_COUNCIL', title: 'Tiếp xúc cử tri chuyên đề về đất đai', topic: 'Quản lý đất đai, môi trường', startsOn: '2026-03-01', endsOn: '2026-03-31' },
  }, board);
  const meeting = await graph.ok<{ recordVoterContactMeeting: { id: string } }>(`mutation($input: RecordVoterContactMeetingInput!) { recordVoterContactMeeting(input: $input) { id } }`, {
    input: { roundId: round.createVoterContactRound.id, heldOn: '2026-03-12', place: 'Nhà văn hóa tổ dân phố 2', localityName: 'Phường Bắc Hồng Lĩnh', delegateIds: [DELEGATES[0]], officialIds: [OFFICIAL], voterCount: 70 },
  }, staff);
  const recorded = await graph.ok<{ recordVoterPetition: { id: string } }>(`mutation($input: RecordVoterPetitionInput!) { recordVoterPetition(input: $input) { id } }`, {
    input: { meetingId: meeting.recordVoterContactMeeting.id, content: 'Đề nghị nạo vét kênh tiêu úng khu dân cư tổ dân phố 2 trước mùa mưa.', field: 'ENVIRONMENT', competentLevel: 'COMMUNE' },
  }, staff);
  return recorded.recordVoterPetition.id;
}

import { addDays, stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import type { VoterContactRoundKind } from '../src/generated/graphql';
import { meetingPointKey, replaceAttendees } from '../src/meetings/meetings.service';
import { VoterContactMeeting } from '../src/meetings/voter-contact-meeting.entity';
import { VoterContactRound } from '../src/rounds/voter-contact-round.entity';

/** Wards and the commune of the former town of Hồng Lĩnh, with a meeting hall in each residential group. */
const HONG_LINH_LOCALITIES = ['Phường Bắc Hồng', 'Phường Nam Hồng', 'Phường Đức Thuận', 'Phường Trung Lương', 'Phường Đậu Liêu', 'Xã Thuận Lộc'];
const BAC_HONG_LINH_PLACES = ['Nhà văn hóa tổ dân phố 1', 'Nhà văn hóa tổ dân phố Thuận Hồng', 'Nhà văn hóa tổ dân phố Trung Lương 4', 'Hội trường UBND phường'];

interface DemoRound {
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
const ROUNDS_2022: DemoRound[] = [
  { key: '2022-1', kind: 'AFTER_SESSION', sessionId: session2022(3), title: 'TXCT sau kỳ họp thứ 3 HĐND thị xã khóa VIII', startsOn: '2022-01-10', meetings: 9, votersEach: 84 },
  { key: '2022-2', kind: 'BEFORE_SESSION', sessionId: session2022(5), title: 'TXCT trước kỳ họp thứ 5 HĐND thị xã khóa VIII', startsOn: '2022-06-20', meetings: 9, votersEach: 88 },
  { key: '2022-3', kind: 'AFTER_SESSION', sessionId: session2022(5), title: 'TXCT sau kỳ họp thứ 5 HĐND thị xã khóa VIII', startsOn: '2022-08-01', meetings: 10, votersEach: 82 },
  { key: '2022-4', kind: 'BEFORE_SESSION', sessionId: session2022(8), title: 'TXCT trước kỳ họp thứ 8 HĐND thị xã khóa VIII', startsOn: '2022-11-21', meetings: 9, votersEach: 90 },
  { key: '2022-5', kind: 'AFTER_SESSION', sessionId: session2022(8), title: 'TXCT sau kỳ họp thứ 8 HĐND thị xã khóa VIII', startsOn: '2022-12-26', meetings: 9, votersEach: 85 },
].map((r) => ({ ...r, jurisdictionId: DEMO.jurisdictions.hongLinh.id, delegationLevel: 'DISTRICT_COUNCIL' as const })) as DemoRound[];

/** 2026 on the new ward Bắc Hồng Lĩnh: after the mid-year session and before the year-end one. */
const ROUNDS_2026: DemoRound[] = [
  { key: '2026-1', kind: 'AFTER_SESSION', sessionId: session2026(2), title: 'TXCT sau kỳ họp thứ 2 HĐND phường Bắc Hồng Lĩnh', startsOn: '2026-07-27', meetings: 4, votersEach: 76 },
  { key: '2026-2', kind: 'BEFORE_SESSION', sessionId: session2026(4), title: 'TXCT trước kỳ họp thứ 4 HĐND phường Bắc Hồng Lĩnh', startsOn: '2026-10-05', meetings: 4, votersEach: 92 },
].map((r) => ({ ...r, jurisdictionId: DEMO.jurisdictions.bacHongLinh.id, delegationLevel: 'COMMUNE_COUNCIL' as const })) as DemoRound[];

const delegates = Object.values(DEMO.delegates).map((d) => d.id);

async function seedRounds(m: EntityManager, rounds: DemoRound[], now: Date, point: (i: number) => { localityName: string; place: string }) {
  const meetings: VoterContactMeeting[] = [];
  for (const r of rounds) {
    const round = await m.getRepository(VoterContactRound).save({
      id: stableId('voter-contact-round', r.key),
      jurisdictionId: r.jurisdictionId,
      kind: r.kind,
      sessionId: r.sessionId,
      delegationLevel: r.delegationLevel,
      title: r.title,
      topic: null,
      startsOn: r.startsOn,
      endsOn: addDays(r.startsOn, 14),
      createdAt: now,
    });
    for (let i = 0; i < r.meetings; i++) {
      const { localityName, place } = point(i);
      const meeting = await m.getRepository(VoterContactMeeting).save({
        id: stableId('voter-contact-meeting', r.key, String(i + 1)),
        roundId: round.id,
        jurisdictionId: r.jurisdictionId,
        heldOn: addDays(r.startsOn, Math.floor(i / 2)),
        place,
        localityName,
        localityId: null,
        pointKey: meetingPointKey(localityName, place),
        voterCount: r.votersEach + ((i * 7) % 11) - 5,
        createdAt: now,
      });
      meetings.push(meeting);
      const official = i % 2 ? DEMO.officials.viceChairEconomy.id : DEMO.officials.viceChairSocial.id;
      await replaceAttendees(m, meeting.id, [delegates[i % delegates.length], delegates[(i + 3) % delegates.length]], [official]);
    }
  }
  return meetings;
}

/** The 2022 rounds of Hồng Lĩnh, a meeting hall in each residential group. */
export const seedRounds2022 = (m: EntityManager, now: Date) =>
  seedRounds(m, ROUNDS_2022, now, (i) => ({
    localityName: HONG_LINH_LOCALITIES[i % HONG_LINH_LOCALITIES.length],
    place: `Nhà văn hóa tổ dân phố ${Math.floor(i / HONG_LINH_LOCALITIES.length) + 1}`,
  }));

/** The 2026 rounds of Bắc Hồng Lĩnh. */
export const seedRounds2026 = (m: EntityManager, now: Date) =>
  seedRounds(m, ROUNDS_2026, now, (i) => ({ localityName: 'Phường Bắc Hồng Lĩnh', place: BAC_HONG_LINH_PLACES[i % BAC_HONG_LINH_PLACES.length] }));

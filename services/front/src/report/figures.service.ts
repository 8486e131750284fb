import { intBetween, overdueSql, type GraphContext } from '@phoihop/core';
import type { FrontFigures, VoterContactRoundKind } from '../generated/graphql';
import { VoterContactMeeting } from '../meetings/voter-contact-meeting.entity';
import { VoterPetition } from '../petitions/voter-petition.entity';
import { FrontRecommendation } from '../recommendations/front-recommendation.entity';
import { VoterContactRound } from '../rounds/voter-contact-round.entity';
import { SocialSupervision } from '../supervisions/social-supervision.entity';
import type { ReportKey } from './report-key';

const KINDS: VoterContactRoundKind[] = ['BEFORE_SESSION', 'AFTER_SESSION', 'THEMATIC'];

// The figures count what is still unanswered past its due date, as the lists' overdue filter does.
const PETITION_OVERDUE = overdueSql({ open: 'x.forwarded_on IS NOT NULL AND x.answered_on IS NULL', due: 'x.answer_due' }, '$3::date');
const RECOMMENDATION_OVERDUE = overdueSql({ open: 'x.answered_on IS NULL', due: 'x.due_date' }, '$3::date');

interface Row {
  jurisdiction_id: string;
  year: number;
  by_kind: Partial<Record<VoterContactRoundKind, number>> | null;
  [figure: string]: unknown;
}

/**
 * The Front's yearly figures: aggregate and public, computed in one statement per batch of
 * reports. Years are date ranges, which the (jurisdiction, date) indexes serve and the planner
 * estimates (an `extract(year …)` join was estimated at 49 rows of 100,000 and sorted them).
 */
export class FiguresService {
  constructor(private readonly ctx: GraphContext) {}

  figures(key: ReportKey): Promise<FrontFigures> {
    intBetween('year', key.year, 1990, 2100);
    return this.ctx.loaders
      .get<string, FrontFigures>('CoordinationReport.front', (keys) =>
        this.compute(keys.map((k) => ({ jurisdictionId: k.slice(0, 36), year: Number(k.slice(37)) }))),
      )
      .load(`${key.jurisdictionId}:${key.year}`) as Promise<FrontFigures>;
  }

  private async compute(keys: ReportKey[]): Promise<FrontFigures[]> {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    const t = (entity: Function) => this.ctx.db.getMetadata(entity).tablePath;
    const rows: Row[] = await this.ctx.db.query(
      `WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(jurisdiction_id, year)),
       r AS (SELECT k.jurisdiction_id, k.year, x.kind, count(*)::int AS n FROM k
             JOIN ${t(VoterContactRound)} x ON x.jurisdiction_id = k.jurisdiction_id AND x.starts_on >= make_date(k.year, 1, 1) AND x.starts_on < make_date(k.year + 1, 1, 1)
             GROUP BY 1, 2, 3),
       m AS (SELECT k.jurisdiction_id, k.year, count(*)::int AS meetings,
                    count(DISTINCT (x.round_id, x.point_key))::int AS meeting_points,
                    count(DISTINCT x.point_key)::int AS distinct_meeting_points,
                    coalesce(sum(x.voter_count), 0)::int AS voters FROM k
             JOIN ${t(VoterContactMeeting)} x ON x.jurisdiction_id = k.jurisdiction_id AND x.held_on >= make_date(k.year, 1, 1) AND x.held_on < make_date(k.year + 1, 1, 1)
             GROUP BY 1, 2),
       p AS (SELECT k.jurisdiction_id, k.year, count(*)::int AS petitions_collected,
                    count(*) FILTER (WHERE x.forwarded_on IS NOT NULL)::int AS petitions_forwarded,
                    count(*) FILTER (WHERE x.answered_on IS NOT NULL)::int AS petitions_answered,
                    count(*) FILTER (WHERE x.answered_on <= x.answer_due)::int AS petitions_answered_on_time,
                    count(*) FILTER (WHERE x.status = 'REPORTED_BACK')::int AS petitions_reported_back,
                    count(*) FILTER (WHERE x.repeat_of_id IS NOT NULL)::int AS petition_repeats,
                    count(*) FILTER (WHERE ${PETITION_OVERDUE})::int AS petitions_overdue FROM k
             JOIN ${t(VoterPetition)} x ON x.jurisdiction_id = k.jurisdiction_id AND x.raised_on >= make_date(k.year, 1, 1) AND x.raised_on < make_date(k.year + 1, 1, 1)
             GROUP BY 1, 2),
       s AS (SELECT k.jurisdiction_id, k.year, count(*)::int AS social_supervisions FROM k
             JOIN ${t(SocialSupervision)} x ON x.jurisdiction_id = k.jurisdiction_id AND x.starts_on >= make_date(k.year, 1, 1) AND x.starts_on < make_date(k.year + 1, 1, 1)
             GROUP BY 1, 2),
       f AS (SELECT k.jurisdiction_id, k.year, count(*)::int AS front_recommendations,
                    count(*) FILTER (WHERE x.answered_on IS NOT NULL)::int AS front_recommendations_answered,
                    count(*) FILTER (WHERE ${RECOMMENDATION_OVERDUE})::int AS front_recommendations_overdue FROM k
             JOIN ${t(FrontRecommendation)} x ON x.jurisdiction_id = k.jurisdiction_id AND x.sent_on >= make_date(k.year, 1, 1) AND x.sent_on < make_date(k.year + 1, 1, 1)
             GROUP BY 1, 2)
       SELECT k.jurisdiction_id::text AS jurisdiction_id, k.year,
              (SELECT json_object_agg(r.kind, r.n) FROM r WHERE r.jurisdiction_id = k.jurisdiction_id AND r.year = k.year) AS by_kind,
              m.meetings, m.meeting_points, m.distinct_meeting_points, m.voters,
              p.petitions_collected, p.petitions_forwarded, p.petitions_answered, p.petitions_answered_on_time,
              p.petitions_reported_back, p.petition_repeats, p.petitions_overdue,
              s.social_supervisions, f.front_recommendations, f.front_recommendations_answered, f.front_recommendations_overdue
       FROM k
       LEFT JOIN m USING (jurisdiction_id, year) LEFT JOIN p USING (jurisdiction_id, year)
       LEFT JOIN s USING (jurisdiction_id, year) LEFT JOIN f USING (jurisdiction_id, year)`,
      [keys.map((k) => k.jurisdictionId), keys.map((k) => k.year), this.ctx.today()],
    );
    const index = new Map(rows.map((row) => [`${row.jurisdiction_id}:${row.year}`, row]));
    return keys.map((k) => toFigures(index.get(`${k.jurisdictionId}:${k.year}`)));
  }
}

function toFigures(row: Row | undefined): FrontFigures {
  const n = (name: string) => Number(row?.[name] ?? 0);
  const byKind = KINDS.map((kind) => ({ kind, count: row?.by_kind?.[kind] ?? 0 }));
  return {
    voterContactRounds: byKind.reduce((sum, k) => sum + k.count, 0),
    roundsByKind: byKind,
    meetings: n('meetings'),
    meetingPoints: n('meeting_points'),
    distinctMeetingPoints: n('distinct_meeting_points'),
    voters: n('voters'),
    petitionsCollected: n('petitions_collected'),
    petitionsForwarded: n('petitions_forwarded'),
    petitionsAnswered: n('petitions_answered'),
    petitionsAnsweredOnTime: n('petitions_answered_on_time'),
    petitionsReportedBack: n('petitions_reported_back'),
    petitionRepeats: n('petition_repeats'),
    petitionsOverdue: n('petitions_overdue'),
    socialSupervisions: n('social_supervisions'),
    frontRecommendations: n('front_recommendations'),
    frontRecommendationsAnswered: n('front_recommendations_answered'),
    frontRecommendationsOverdue: n('front_recommendations_overdue'),
  };
}

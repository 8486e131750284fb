import { SCORECARD_READERS, forbidden, type GraphContext } from '@phoihop/core';

export interface DelegateCardKey {
  delegateId: string;
  year: number;
}

export interface VoterContactFigures {
  meetingsAttended: number;
  petitionsCollected: number;
  petitionsAnswered: number;
  petitionsReportedBack: number;
}

const NONE: VoterContactFigures = { meetingsAttended: 0, petitionsCollected: 0, petitionsAnswered: 0, petitionsReportedBack: 0 };

/** Every delegate card of the request in one statement over the Front's meetings and petitions. */
export function voterContactOf(ctx: GraphContext, key: DelegateCardKey): Promise<VoterContactFigures> {
  return ctx.loaders
    .get<string, VoterContactFigures>('DelegateScorecard.voterContact', async (keys) => {
      const parsed = keys.map((k) => JSON.parse(k) as [string, number]);
      const rows: Array<VoterContactFigures & { delegate: string; year: number; jurisdiction: string }> = await ctx.db.query(
        `WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(delegate, year))
         SELECT k.delegate::text AS delegate, k.year, m.jurisdiction_id::text AS jurisdiction,
                count(DISTINCT m.id)::int AS "meetingsAttended",
                count(p.id)::int AS "petitionsCollected",
                count(p.id) FILTER (WHERE p.answered_on IS NOT NULL)::int AS "petitionsAnswered",
                count(p.id) FILTER (WHERE p.status = 'REPORTED_BACK')::int AS "petitionsReportedBack"
           FROM k JOIN "front"."meeting_delegate" md ON md.delegate_id = k.delegate
           JOIN "front"."voter_contact_meeting" m ON m.id = md.meeting_id AND extract(year FROM m.held_on) = k.year
           LEFT JOIN "front"."voter_petition" p ON p.meeting_id = m.id
          GROUP BY k.delegate, k.year, m.jurisdiction_id`,
        [parsed.map((k) => k[0]), parsed.map((k) => k[1])],
      );
      for (const r of rows) if (!ctx.access.has(SCORECARD_READERS, { jurisdictionId: r.jurisdiction })) throw forbidden();
      return parsed.map(([delegate, year]) => {
        const found = rows.filter((r) => r.delegate === delegate && r.year === year);
        return found.reduce(
          (sum, r) => ({
            meetingsAttended: sum.meetingsAttended + r.meetingsAttended,
            petitionsCollected: sum.petitionsCollected + r.petitionsCollected,
            petitionsAnswered: sum.petitionsAnswered + r.petitionsAnswered,
            petitionsReportedBack: sum.petitionsReportedBack + r.petitionsReportedBack,
          }),
          NONE,
        );
      });
    })
    .load(JSON.stringify([key.delegateId, key.year])) as Promise<VoterContactFigures>;
}

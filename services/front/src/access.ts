import { VISIBILITY, type EntityRule, type Role } from '@phoihop/core';
import type { ObjectLiteral } from 'typeorm';
import { VoterContactMeeting } from './meetings/voter-contact-meeting.entity';
import { VoterPetition } from './petitions/voter-petition.entity';
import { FrontRecommendation } from './recommendations/front-recommendation.entity';
import { VoterContactRound } from './rounds/voter-contact-round.entity';
import { SocialSupervision } from './supervisions/social-supervision.entity';

/** Who may read the Front's records in their jurisdiction (ADMIN and SERVICE always may). */
export const FRONT_READERS: readonly Role[] = ['FRONT_STANDING', 'FRONT_STAFF', 'DELEGATE', 'COUNCIL_STANDING', 'COMMITTEE_LEADER'];
/** The Standing Board plans rounds, forwards petitions, runs supervisions and sends recommendations. */
export const FRONT_BOARD: readonly Role[] = ['FRONT_STANDING'];
/** Front staff record meetings and the petitions raised at them. */
export const FRONT_RECORDERS: readonly Role[] = ['FRONT_STANDING', 'FRONT_STAFF'];
/** The three bodies, and department staff for what was sent to their department. */
const ADDRESSED_READERS: readonly Role[] = [...FRONT_READERS, 'DEPARTMENT_STAFF'];

/** A Front item's rule, with what a list query needs to apply it as SQL. */
export interface FrontRule<E extends ObjectLiteral, S = E> extends EntityRule<E, S> {
  /** The column naming the department an item was sent to, for department-scoped readers. */
  departmentColumn?: string;
}

interface InJurisdiction {
  jurisdictionId: string;
}

interface Addressed extends InJurisdiction {
  recipientDepartmentId: string | null;
}

const inJurisdiction = (item: InJurisdiction) => ({ jurisdictionId: item.jurisdictionId });
const addressed = (item: Addressed) => ({ jurisdictionId: item.jurisdictionId, departmentId: item.recipientDepartmentId });

/** Rounds are public civic events: department staff see them too, for context. Planned by the Board. */
export const ROUND: FrontRule<VoterContactRound, InJurisdiction> = { entity: VoterContactRound, readers: [...ADDRESSED_READERS], writers: FRONT_BOARD, scope: inJurisdiction };

/** Meetings, likewise; recorded and corrected by Front staff. */
export const MEETING: FrontRule<VoterContactMeeting, InJurisdiction> = { ...ROUND, entity: VoterContactMeeting, writers: FRONT_RECORDERS };

/** Supervisions and social critiques: read by the three bodies, run by the Board. */
export const SUPERVISION: FrontRule<SocialSupervision, InJurisdiction> = { entity: SocialSupervision, readers: FRONT_READERS, writers: FRONT_BOARD, scope: inJurisdiction };

/**
 * Voter petitions: read by the three bodies and by the department they were forwarded to;
 * recorded, corrected and reported back by Front staff. Forwarding and merging are the
 * Board's (FRONT_BOARD), answering the recipient's (`answerers`), on the same scope.
 */
export const PETITION: FrontRule<VoterPetition, Addressed> = {
  entity: VoterPetition,
  // Core's visibility rule of the kind, which the deadline ledger applies too.
  readers: VISIBILITY.VOTER_PETITION.readers,
  writers: FRONT_RECORDERS,
  scope: addressed,
  departmentColumn: 'recipient_department_id',
};

/** Front recommendations: read like petitions, sent by the Board, answered by the recipient (`answerers`). */
export const RECOMMENDATION: FrontRule<FrontRecommendation, Addressed> = { ...PETITION, entity: FrontRecommendation, readers: VISIBILITY.FRONT_RECOMMENDATION.readers, writers: FRONT_BOARD };

import type { FollowUpSourceType } from './directive.entity';

/** A reference to another subgraph's entity that the committee follows up. */
export interface SourceRef {
  __typename: 'Recommendation' | 'VoterPetition' | 'FrontRecommendation';
  id: string;
}

export const SOURCE_TYPENAME: Record<Exclude<FollowUpSourceType, 'CITIZEN_CASE'>, SourceRef['__typename']> = {
  RECOMMENDATION: 'Recommendation',
  VOTER_PETITION: 'VoterPetition',
  FRONT_RECOMMENDATION: 'FrontRecommendation',
};


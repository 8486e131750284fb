import type { SearchSource } from '@phoihop/core';
import { PetitionsService } from '../petitions/petitions.service';
import { RecommendationsService } from '../recommendations/recommendations.service';

/** What the Front indexes; the documents match the indexes of migration FrontSearchIndexes1765200000000. */
export const FRONT_SEARCH: SearchSource[] = [
  {
    kind: 'VOTER_PETITION',
    table: '"front"."voter_petition"',
    title: 't.content',
    body: 't.recipient_name',
    at: 't.raised_on',
    reader: (ctx) => new PetitionsService(ctx),
  },
  {
    kind: 'FRONT_RECOMMENDATION',
    table: '"front"."front_recommendation"',
    title: `t.document_number || ' — ' || t.content`,
    body: 't.recipient_name',
    at: 't.sent_on',
    reader: (ctx) => new RecommendationsService(ctx),
  },
];

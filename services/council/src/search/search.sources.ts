import type { SearchSource } from '@phoihop/core';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { ResolutionsService } from '../resolutions/resolutions.service';

/** What the council indexes; the documents match the indexes of migration SearchIndexes1765100000000. */
export const COUNCIL_SEARCH: SearchSource[] = [
  {
    kind: 'RESOLUTION',
    table: '"council"."resolution"',
    title: `t.number || ' — ' || t.title`,
    at: 't.adopted_on',
    reader: (ctx) => new ResolutionsService(ctx),
  },
  {
    kind: 'RECOMMENDATION',
    table: '"council"."recommendation"',
    title: 't.content',
    body: 't.closing_note',
    at: 't.issued_on',
    reader: (ctx) => new RecommendationsService(ctx),
  },
];

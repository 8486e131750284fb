import { readableThrough, type SearchSource } from '@phoihop/core';
import { CitizenCasesService } from '../cases/citizen-cases.service';
import { AssignmentsService } from '../directives/assignments.service';
import { DirectivesService } from '../directives/directives.service';

/** What the committee indexes; the documents match the indexes of migration CommitteeSearchIndexes1765200000000. */
export const COMMITTEE_SEARCH: SearchSource[] = [
  {
    kind: 'CITIZEN_CASE',
    table: '"committee"."citizen_case"',
    title: `t.number || ' — ' || t.subject`,
    body: 't.content',
    at: 't.received_on',
    jurisdiction: 't.jurisdiction_id',
    readable: (ctx, ids) => { const s = new CitizenCasesService(ctx); return readableThrough(ids, (id) => s.byId(id)); },
  },
  {
    kind: 'DIRECTIVE',
    table: '"committee"."directive"',
    title: `t.number || ' — ' || t.subject`,
    at: 't.issued_on',
    jurisdiction: 't.jurisdiction_id',
    readable: (ctx, ids) => { const s = new DirectivesService(ctx); return readableThrough(ids, (id) => s.byId(id)); },
  },
  {
    kind: 'ASSIGNMENT',
    table: '"committee"."assignment"',
    title: 't.task',
    body: 't.completion_report',
    at: 't.created_at',
    jurisdiction: 't.jurisdiction_id',
    readable: (ctx, ids) => { const s = new AssignmentsService(ctx); return readableThrough(ids, (id) => s.byId(id)); },
  },
];

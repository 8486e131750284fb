import type { SearchSource } from '@phoihop/core';
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
    reader: (ctx) => new CitizenCasesService(ctx),
  },
  {
    kind: 'DIRECTIVE',
    table: '"committee"."directive"',
    title: `t.number || ' — ' || t.subject`,
    at: 't.issued_on',
    reader: (ctx) => new DirectivesService(ctx),
  },
  {
    kind: 'ASSIGNMENT',
    table: '"committee"."assignment"',
    title: 't.task',
    body: 't.completion_report',
    at: 't.created_at',
    reader: (ctx) => new AssignmentsService(ctx),
  },
];

import { findMatches, mergeMatches, requestOfKey, searchKey, searchRequest, type Connection, type GraphContext, type SearchMatch, type SearchMatches, type SearchResultsKey } from '@phoihop/core';
import { CitizenCasesService } from '../cases/citizen-cases.service';
import { AssignmentsService } from '../directives/assignments.service';
import { DirectivesService } from '../directives/directives.service';
import type { QuerySearchArgs } from '../generated/graphql';
import { COMMITTEE_SEARCH } from './search.sources';

/** A search as the merge receives it: the key and the council's and the Front's parts. */
export interface SearchResultsRef extends SearchResultsKey {
  councilMatches?: SearchMatches;
  frontMatches?: SearchMatches;
}

const TYPENAME = {
  VOTER_PETITION: 'VoterPetition',
  RECOMMENDATION: 'Recommendation',
  FRONT_RECOMMENDATION: 'FrontRecommendation',
  RESOLUTION: 'Resolution',
} as const;

const pages = new WeakMap<SearchResultsRef, Promise<Connection<SearchMatch>>>();

export class SearchService {
  constructor(private readonly ctx: GraphContext) {}

  /** The root field: checks the arguments and the caller, and names the search for every part. */
  start(args: QuerySearchArgs): SearchResultsRef {
    this.ctx.access.requireSignedIn();
    return { request: searchKey(searchRequest(args)) };
  }

  /** The merged page, once per entity however many of its fields are asked for. */
  page(ref: SearchResultsRef): Promise<Connection<SearchMatch>> {
    let page = pages.get(ref);
    if (!page) {
      const request = requestOfKey(ref.request);
      page = findMatches(this.ctx, COMMITTEE_SEARCH, request).then((own) =>
        mergeMatches(request, [own, ref.councilMatches ?? EMPTY, ref.frontMatches ?? EMPTY]),
      );
      pages.set(ref, page);
    }
    return page;
  }

  /** The record itself: the committee's own loaded (the loaders hold it from the read check), the others' as references. */
  entity(hit: SearchMatch): Promise<object | null> | object {
    switch (hit.kind) {
      case 'CITIZEN_CASE':
        return new CitizenCasesService(this.ctx).byId(hit.id);
      case 'DIRECTIVE':
        return new DirectivesService(this.ctx).byId(hit.id);
      case 'ASSIGNMENT':
        return new AssignmentsService(this.ctx).byId(hit.id);
      default:
        return { __typename: TYPENAME[hit.kind], id: hit.id };
    }
  }
}

const EMPTY: SearchMatches = { total: 0, matches: [] };

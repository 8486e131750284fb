import type { ApolloClient } from '@apollo/client';
import { errorCode } from './client';
import { CasesDocument, CaseDetailDocument, FindJurisdictionDocument, InboxDocument, StaffDashboardDocument, YearReportDocument } from './generated/graphql';

/**
 * The main screens of a frontend, one typed operation each (operations/*.graphql). Ids come
 * from lists: a jurisdiction from `jurisdictions(search)`, a case from `citizenCases`, a
 * notification from the inbox; never typed in by hand.
 */
export async function loadScreens(client: ApolloClient, o: { jurisdictionSearch: string; year: number }) {
  const dashboard = (await client.query({ query: StaffDashboardDocument })).data!;
  const inbox = (await client.query({ query: InboxDocument, variables: { first: 5 } })).data!;
  const cases = (await client.query({ query: CasesDocument, variables: { first: 5 } })).data!;
  const firstCase = cases.citizenCases.nodes[0];
  const detail = firstCase ? (await client.query({ query: CaseDetailDocument, variables: { id: firstCase.id } })).data!.citizenCase : null;
  const jurisdiction = (await client.query({ query: FindJurisdictionDocument, variables: { search: o.jurisdictionSearch } })).data!.jurisdictions.nodes[0];
  const report = (await client.query({ query: YearReportDocument, variables: { jurisdictionId: jurisdiction.id, year: o.year } })).data!.coordinationReport;
  // An error is a value to switch on, by its code: a malformed id is BAD_USER_INPUT.
  const refused = await client.query({ query: CaseDetailDocument, variables: { id: 'not-an-id' }, fetchPolicy: 'network-only' }).then(
    () => undefined,
    (error: unknown) => errorCode(error),
  );
  return { dashboard, inbox, cases, detail, report, refused };
}

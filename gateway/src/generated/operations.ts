/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Cơ quan — one of the three bodies bound by the coordination regulation. */
export type Body =
  /** Ủy ban nhân dân */
  | 'COMMITTEE'
  /** Hội đồng nhân dân và Thường trực HĐND */
  | 'COUNCIL'
  /** Ban Thường trực Ủy ban MTTQ Việt Nam */
  | 'FRONT';

/** Cấp hành chính — administrative level of a jurisdiction. */
export type JurisdictionLevel =
  /** Xã, phường, đặc khu */
  | 'COMMUNE'
  /** Cấp huyện (thị xã, thành phố thuộc tỉnh) — ceased operating on 1 July 2025; records remain */
  | 'DISTRICT'
  /** Tỉnh, thành phố trực thuộc trung ương */
  | 'PROVINCE';

/** Mục báo cáo — which part of the report a section is. */
export type ReportSectionKey =
  /** Tiếp công dân, giải quyết khiếu nại, tố cáo */
  | 'CITIZEN_RECEPTION_AND_CASES'
  /** Chỉ đạo, giao nhiệm vụ */
  | 'DIRECTIVES_AND_ASSIGNMENTS'
  /** Kỳ họp và nghị quyết */
  | 'SESSIONS_AND_RESOLUTIONS'
  /** Tồn tại, hạn chế — what is still overdue */
  | 'SHORTCOMINGS'
  /** Khảo sát, giám sát và kiến nghị */
  | 'SUPERVISIONS_AND_RECOMMENDATIONS'
  /** Tiếp xúc cử tri và kiến nghị cử tri */
  | 'VOTER_CONTACT';

export type CoordinationReportDocumentQueryVariables = Exact<{
  jurisdictionId: string | number;
  year: number;
  signedIn: boolean;
}>;


export type CoordinationReportDocumentQuery = { coordinationReport: { year: number, jurisdiction: { name: string, level: JurisdictionLevel }, council: { sessions: number, resolutions: number, surveys: number, supervisions: number, preSessionMeetings: number, recommendationsIssued: number, recommendationsResolved: number }, front: { voterContactRounds: number, meetingPoints: number, voters: number, petitionsCollected: number, petitionsAnswered: number, socialSupervisions: number }, committee: { receptionDays: number, casesReceived: number, casesResolved: number, directivesIssued: number, assignments: number, assignmentsDone: number }, sections: Array<{ key: ReportSectionKey, title: string, lines: Array<string> }>, overdueByDepartment: Array<{ departmentName: string, assignments: number, cases: number }>, nextYearPlan?: { year: number, title: string, fullySigned: boolean, signatures: Array<{ body: Body, signerName: string, signerTitle: string, signedOn: string }>, activities: { totalCount: number, nodes: Array<{ title: string, ownerBody: Body, plannedOn: string }> } } | null } };


export const CoordinationReportDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationReportDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signedIn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"surveys"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"}},{"kind":"Field","name":{"kind":"Name","value":"preSessionMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationsResolved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"front"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voterContactRounds"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"voters"}},{"kind":"Field","name":{"kind":"Name","value":"petitionsCollected"}},{"kind":"Field","name":{"kind":"Name","value":"petitionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"socialSupervisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionDays"}},{"kind":"Field","name":{"kind":"Name","value":"casesReceived"}},{"kind":"Field","name":{"kind":"Name","value":"casesResolved"}},{"kind":"Field","name":{"kind":"Name","value":"directivesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueByDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextYearPlan"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signedIn"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fullySigned"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoordinationReportDocumentQuery, CoordinationReportDocumentQueryVariables>;
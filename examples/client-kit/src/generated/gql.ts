/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CaseDetail($id: ID!) {\n  citizenCase(id: $id) {\n    id\n    number\n    kind\n    status\n    subject\n    receivedOn\n    dueDate\n    dueExplanation\n    handlingDepartment {\n      id\n      name\n    }\n    deadline {\n      state\n      dueDate\n      escalationLevel\n      history(first: 10) {\n        nodes {\n          detail\n        }\n      }\n    }\n  }\n}\n\nquery Cases($first: Int = 10) {\n  citizenCases(first: $first) {\n    totalCount\n    nodes {\n      id\n      number\n      subject\n      status\n    }\n  }\n}": typeof types.CaseDetailDocument,
    "query Inbox($first: Int = 20, $after: String) {\n  me {\n    unreadCount\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        subject\n        body\n        readAt\n        createdAt\n        itemKind\n        itemId\n      }\n    }\n  }\n}\n\nmutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    readAt\n  }\n}": typeof types.InboxDocument,
    "query YearReport($jurisdictionId: ID!, $year: Int!) {\n  coordinationReport(jurisdictionId: $jurisdictionId, year: $year) {\n    jurisdiction {\n      name\n    }\n    summary\n    council {\n      sessions\n      resolutions\n    }\n    front {\n      voterContactRounds\n      voters\n    }\n  }\n}\n\nquery FindJurisdiction($search: String!) {\n  jurisdictions(search: $search, first: 5) {\n    nodes {\n      id\n      name\n      level\n      active\n    }\n  }\n}": typeof types.YearReportDocument,
    "query StaffDashboard($overdueFirst: Int = 10) {\n  me {\n    unreadCount\n    notifications(unreadOnly: true, first: 5) {\n      nodes {\n        id\n        subject\n        createdAt\n        itemKind\n        itemId\n      }\n    }\n  }\n  deadlines(filter: {overdue: true}, first: $overdueFirst) {\n    totalCount\n    nodes {\n      id\n      itemKind\n      itemId\n      title\n      dueDate\n      state\n    }\n  }\n}": typeof types.StaffDashboardDocument,
};
const documents: Documents = {
    "query CaseDetail($id: ID!) {\n  citizenCase(id: $id) {\n    id\n    number\n    kind\n    status\n    subject\n    receivedOn\n    dueDate\n    dueExplanation\n    handlingDepartment {\n      id\n      name\n    }\n    deadline {\n      state\n      dueDate\n      escalationLevel\n      history(first: 10) {\n        nodes {\n          detail\n        }\n      }\n    }\n  }\n}\n\nquery Cases($first: Int = 10) {\n  citizenCases(first: $first) {\n    totalCount\n    nodes {\n      id\n      number\n      subject\n      status\n    }\n  }\n}": types.CaseDetailDocument,
    "query Inbox($first: Int = 20, $after: String) {\n  me {\n    unreadCount\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        subject\n        body\n        readAt\n        createdAt\n        itemKind\n        itemId\n      }\n    }\n  }\n}\n\nmutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    readAt\n  }\n}": types.InboxDocument,
    "query YearReport($jurisdictionId: ID!, $year: Int!) {\n  coordinationReport(jurisdictionId: $jurisdictionId, year: $year) {\n    jurisdiction {\n      name\n    }\n    summary\n    council {\n      sessions\n      resolutions\n    }\n    front {\n      voterContactRounds\n      voters\n    }\n  }\n}\n\nquery FindJurisdiction($search: String!) {\n  jurisdictions(search: $search, first: 5) {\n    nodes {\n      id\n      name\n      level\n      active\n    }\n  }\n}": types.YearReportDocument,
    "query StaffDashboard($overdueFirst: Int = 10) {\n  me {\n    unreadCount\n    notifications(unreadOnly: true, first: 5) {\n      nodes {\n        id\n        subject\n        createdAt\n        itemKind\n        itemId\n      }\n    }\n  }\n  deadlines(filter: {overdue: true}, first: $overdueFirst) {\n    totalCount\n    nodes {\n      id\n      itemKind\n      itemId\n      title\n      dueDate\n      state\n    }\n  }\n}": types.StaffDashboardDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseDetail($id: ID!) {\n  citizenCase(id: $id) {\n    id\n    number\n    kind\n    status\n    subject\n    receivedOn\n    dueDate\n    dueExplanation\n    handlingDepartment {\n      id\n      name\n    }\n    deadline {\n      state\n      dueDate\n      escalationLevel\n      history(first: 10) {\n        nodes {\n          detail\n        }\n      }\n    }\n  }\n}\n\nquery Cases($first: Int = 10) {\n  citizenCases(first: $first) {\n    totalCount\n    nodes {\n      id\n      number\n      subject\n      status\n    }\n  }\n}"): (typeof documents)["query CaseDetail($id: ID!) {\n  citizenCase(id: $id) {\n    id\n    number\n    kind\n    status\n    subject\n    receivedOn\n    dueDate\n    dueExplanation\n    handlingDepartment {\n      id\n      name\n    }\n    deadline {\n      state\n      dueDate\n      escalationLevel\n      history(first: 10) {\n        nodes {\n          detail\n        }\n      }\n    }\n  }\n}\n\nquery Cases($first: Int = 10) {\n  citizenCases(first: $first) {\n    totalCount\n    nodes {\n      id\n      number\n      subject\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Inbox($first: Int = 20, $after: String) {\n  me {\n    unreadCount\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        subject\n        body\n        readAt\n        createdAt\n        itemKind\n        itemId\n      }\n    }\n  }\n}\n\nmutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    readAt\n  }\n}"): (typeof documents)["query Inbox($first: Int = 20, $after: String) {\n  me {\n    unreadCount\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        subject\n        body\n        readAt\n        createdAt\n        itemKind\n        itemId\n      }\n    }\n  }\n}\n\nmutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    readAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearReport($jurisdictionId: ID!, $year: Int!) {\n  coordinationReport(jurisdictionId: $jurisdictionId, year: $year) {\n    jurisdiction {\n      name\n    }\n    summary\n    council {\n      sessions\n      resolutions\n    }\n    front {\n      voterContactRounds\n      voters\n    }\n  }\n}\n\nquery FindJurisdiction($search: String!) {\n  jurisdictions(search: $search, first: 5) {\n    nodes {\n      id\n      name\n      level\n      active\n    }\n  }\n}"): (typeof documents)["query YearReport($jurisdictionId: ID!, $year: Int!) {\n  coordinationReport(jurisdictionId: $jurisdictionId, year: $year) {\n    jurisdiction {\n      name\n    }\n    summary\n    council {\n      sessions\n      resolutions\n    }\n    front {\n      voterContactRounds\n      voters\n    }\n  }\n}\n\nquery FindJurisdiction($search: String!) {\n  jurisdictions(search: $search, first: 5) {\n    nodes {\n      id\n      name\n      level\n      active\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffDashboard($overdueFirst: Int = 10) {\n  me {\n    unreadCount\n    notifications(unreadOnly: true, first: 5) {\n      nodes {\n        id\n        subject\n        createdAt\n        itemKind\n        itemId\n      }\n    }\n  }\n  deadlines(filter: {overdue: true}, first: $overdueFirst) {\n    totalCount\n    nodes {\n      id\n      itemKind\n      itemId\n      title\n      dueDate\n      state\n    }\n  }\n}"): (typeof documents)["query StaffDashboard($overdueFirst: Int = 10) {\n  me {\n    unreadCount\n    notifications(unreadOnly: true, first: 5) {\n      nodes {\n        id\n        subject\n        createdAt\n        itemKind\n        itemId\n      }\n    }\n  }\n  deadlines(filter: {overdue: true}, first: $overdueFirst) {\n    totalCount\n    nodes {\n      id\n      itemKind\n      itemId\n      title\n      dueDate\n      state\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
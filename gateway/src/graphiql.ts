import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

let page: string | undefined;

/**
 * GraphiQL with its whole bundle inlined from the npm package: government intranets are
 * often offline, so nothing is fetched from a CDN.
 */
export function graphiqlPage(): string {
  page ??= renderGraphiQL({
    endpoint: '/graphql',
    title: 'Phối Hợp — GraphQL',
    defaultQuery: `# Phối Hợp — GraphQL. Đăng nhập: mở tab Headers bên dưới và dán
#   {"Authorization": "Bearer <token>"}
# (token của người dùng thử: npm run token -- admin | staff | chair | council | front).
# Báo cáo năm không cần đăng nhập: coordinationReport(jurisdictionId, year) { summary }.
query Jurisdictions {
  jurisdictions(search: "hong linh") {
    nodes { id name level active }
  }
}
`,
  } as Parameters<typeof renderGraphiQL>[0]);
  return page;
}

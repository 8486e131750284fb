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
    defaultQuery: `# Dán token vào tab Headers: {"Authorization": "Bearer <token>"}
query Jurisdictions {
  jurisdictions(search: "hong linh") {
    nodes { id name level active }
  }
}
`,
    headers: JSON.stringify({ Authorization: 'Bearer ' }),
  } as Parameters<typeof renderGraphiQL>[0]);
  return page;
}

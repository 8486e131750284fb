import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import express from 'express';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Served at /graphiql/fonts by graphiqlFonts(); the page's @font-face rules point there. */
const FONT_URL = '/graphiql/fonts/';
const FONT_FAMILY = 'Phoi Hop Mono';
const FONT_PACKAGE = dirname(require.resolve('@fontsource/jetbrains-mono/400.css'));

/**
 * GraphiQL's own monospace font (Fira Code) has no Vietnamese glyphs, so "Bắc" was drawn
 * from combining marks beside the letter ("Băć"). The editors use JetBrains Mono instead,
 * whose Vietnamese subset has every precomposed letter (U+1EA0–1EF9, ơ, ư, đ …), served
 * from the npm package (@fontsource/jetbrains-mono), never from a CDN. The @font-face rules
 * are fontsource's own, renamed and pointed at our route, so its unicode ranges stay right.
 */
function monospaceFontFaces(): string {
  return ['400', '700']
    .map((weight) => readFileSync(join(FONT_PACKAGE, `${weight}.css`), 'utf8'))
    .join('\n')
    .replaceAll("'JetBrains Mono'", `'${FONT_FAMILY}'`)
    .replaceAll('url(./files/', `url(${FONT_URL}`);
}

/** The font files: immutable, named by subset and weight. */
export function graphiqlFonts() {
  return express.static(join(FONT_PACKAGE, 'files'), { immutable: true, maxAge: '365d', index: false });
}

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
  } as Parameters<typeof renderGraphiQL>[0])
    .replace('<html lang="en">', '<html lang="vi">')
    // Both the CSS variable and the Monaco editor option name the family in these quotes.
    .replaceAll('"Fira Code"', `"${FONT_FAMILY}"`)
    .replace('</head>', `<style>${monospaceFontFaces()}</style></head>`);
  return page;
}

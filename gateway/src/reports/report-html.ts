/** The printable coordination report: one self-contained page, no scripts, no CDN. */
import { escapeHtml } from '@phoihop/core';
import { ANNEX_TITLE, annexSubtitle } from './report-annex';
import type { Block, ReportDocument, Signature } from './report-document';

// The frame and type of Decree 30/2020/NĐ-CP, as the .docx sets them: Times New Roman, 14pt text,
// 12–13pt header, A4 with margins 20 (top, bottom), 30 (left) and 15 mm (right).
const STYLE = `
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
  body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 14pt; line-height: 1.3; color: #000;
         max-width: 165mm; margin: 2rem auto; padding: 0 1rem; }
  p { margin: 0; }
  .frame { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 13pt; }
  .frame .issuer p, .frame .nation { font-weight: bold; font-size: 12.5pt; }
  .frame .motto { font-weight: bold; font-size: 13pt; }
  .rule { width: 35%; margin: 5pt auto 6pt; border-top: 1px solid #000; }
  .frame .motto + .rule { width: 62%; }
  .frame .issuer p.number { font-weight: normal; font-size: 13pt; white-space: pre; }
  .frame .date { font-style: italic; font-size: 14pt; }
  .kind { text-align: center; font-weight: bold; margin-top: 18pt; }
  .title { text-align: center; font-weight: bold; }
  .title + .rule { width: 25%; margin: 5pt auto 12pt; }
  h2, h3 { font-size: 14pt; margin: 8pt 0 4pt; text-indent: 1cm; }
  main > p { text-align: justify; text-indent: 1cm; margin: 6pt 0 0; }
  table.data { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 13pt; }
  table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
  table.data th { font-weight: bold; text-align: center; }
  table.signatures { width: 100%; table-layout: fixed; border-collapse: collapse; margin-top: 18pt; text-align: center; }
  table.signatures td { vertical-align: bottom; font-weight: bold; font-size: 13pt; padding: 0; }
  table.signatures td.name { font-size: 14pt; padding-top: 72pt; }
  .recipients { margin-top: 18pt; font-size: 11pt; }
  .recipients p:first-child { font-weight: bold; font-style: italic; font-size: 12pt; }
  footer { margin-top: 18pt; font-style: italic; font-size: 11pt; }
  .annex { break-before: page; margin-top: 36pt; }
  @media print { body { margin: 0; max-width: none; padding: 0; } h2, h3 { break-after: avoid; } tr, table.signatures { break-inside: avoid; } }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`.normalize('NFC');
}

const align = (a: string) => (a === 'left' ? '' : ` style="text-align:${a}"`);

function block(b: Block): string {
  if (b.kind === 'heading') return b.level === 1 ? `<h2>${escapeHtml(b.text)}</h2>` : `<h3>${escapeHtml(b.text)}</h3>`;
  if (b.kind === 'paragraph') return `<p>${escapeHtml(b.text)}</p>`;
  const head = b.columns.map((c) => `<th style="width:${c.width}%">${escapeHtml(c.title)}</th>`).join('');
  const rows = b.rows.map((row) => `<tr>${row.map((cell, i) => `<td${align(b.columns[i].align)}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="data"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Two signatures to a row, the third centred below, titles on the row's bottom so the names line up (as in the .docx). */
function signatures(all: Signature[]): string {
  const rows: string[] = [];
  for (let i = 0; i < all.length; i += 2) {
    const pair = all.slice(i, i + 2);
    const cols = pair.length === 2 ? '' : '<col style="width:25%"><col style="width:50%"><col style="width:25%">';
    const pad = pair.length === 2 ? '' : '<td></td>';
    const titles = pair.map((s) => `<td>${s.lines.map(escapeHtml).join('<br>')}</td>`).join('');
    const names = pair.map((s) => `<td class="name">${escapeHtml(s.name ?? '')}</td>`).join('');
    rows.push(`<table class="signatures">${cols}<tr>${pad}${titles}${pad}</tr><tr>${pad}${names}${pad}</tr></table>`);
  }
  return rows.join('\n');
}

/** The report in the frame of Decree 30, as the .docx prints it. */
export function reportPage(doc: ReportDocument): string {
  const lines = (xs: string[]) => xs.map((x) => `<p>${escapeHtml(x)}</p>`).join('');
  return page(
    doc.name,
    `<header class="frame">
<div class="issuer">${lines(doc.issuer)}<div class="rule"></div><p class="number">${escapeHtml(doc.number)}</p></div>
<div><p class="nation">${escapeHtml(doc.nation)}</p><p class="motto">${escapeHtml(doc.motto)}</p><div class="rule"></div><p class="date">${escapeHtml(doc.placeAndDate)}</p></div>
</header>
<p class="kind">${escapeHtml(doc.kind)}</p>
<p class="title">${escapeHtml(doc.title)}</p>
<div class="rule"></div>
<main>
${doc.blocks.map(block).join('\n')}
</main>
${signatures(doc.signatures)}
<section class="recipients">${lines(['Nơi nhận:', ...doc.recipients])}</section>
<footer>${escapeHtml(doc.provenance)}</footer>${annex(doc)}`,
  );
}

/** Phụ lục, on a page of its own when printed. */
function annex(doc: ReportDocument): string {
  if (!doc.annex.length) return '';
  return `\n<section class="annex"><p class="kind">${escapeHtml(ANNEX_TITLE)}</p><p class="title">${escapeHtml(annexSubtitle(doc))}</p>\n${doc.annex.map(block).join('\n')}\n</section>`;
}

/** A short Vietnamese page for a report that cannot be shown (unknown jurisdiction, bad year). */
export function errorPage(message: string): string {
  return page('Không thể lập báo cáo', `<h1>Không thể lập báo cáo</h1>\n<p>${escapeHtml(message)}</p>`);
}

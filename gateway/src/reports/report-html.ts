/** The printable coordination report: one self-contained page, no scripts, no CDN. */

export interface PrintableReport {
  year: number;
  jurisdiction: { name: string };
  summary: string;
  sections: Array<{ key: string; title: string; lines: string[] }>;
}

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// Vietnamese administrative documents are set in Times New Roman 13–14pt on A4 (Decree 30/2020/NĐ-CP).
const STYLE = `
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
  body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.5; color: #000;
         max-width: 165mm; margin: 2rem auto; padding: 0 1rem; }
  .motto { text-align: center; font-weight: bold; margin: 0; }
  .motto + .motto { text-decoration: underline; margin-bottom: 1.5rem; }
  h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 1rem 0 0; }
  .subtitle { text-align: center; font-weight: bold; margin: 0 0 1.5rem; }
  h2 { font-size: 14pt; margin: 1.2rem 0 .4rem; }
  p, li { text-align: justify; margin: .3rem 0; }
  p.summary { text-indent: 1cm; }
  ol.sections { padding-left: 0; list-style: none; counter-reset: section; }
  ol.sections > li { counter-increment: section; }
  ol.sections > li > h2::before { content: counter(section, upper-roman) ". "; }
  ul { padding-left: 1cm; }
  footer { margin-top: 2rem; font-style: italic; font-size: 12pt; }
  @media print { body { margin: 0; max-width: none; padding: 0; } h2 { break-after: avoid; } li { break-inside: avoid; } }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`.normalize('NFC');
}

/** The report as the review conference's document: heading, summary, sections, provenance. */
export function reportPage(report: PrintableReport, generatedOn: string): string {
  const { year, jurisdiction } = report;
  const title = `Báo cáo kết quả thực hiện Quy chế phối hợp năm ${year} — ${jurisdiction.name}`;
  const summary = report.summary
    .split(/\n{2,}/)
    .map((p) => `<p class="summary">${escape(p)}</p>`)
    .join('\n');
  const sections = report.sections
    .map((s) => `<li id="${escape(s.key.toLowerCase())}"><h2>${escape(s.title)}</h2>\n<ul>${s.lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul></li>`)
    .join('\n');
  return page(
    title,
    `<header>
<p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p class="motto">Độc lập - Tự do - Hạnh phúc</p>
<h1>Báo cáo</h1>
<p class="subtitle">Kết quả thực hiện Quy chế phối hợp giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam — ${escape(jurisdiction.name)}, năm ${year}</p>
</header>
<main>
<section aria-label="Tóm tắt">
${summary}
</section>
<ol class="sections">
${sections}
</ol>
</main>
<footer>Số liệu tổng hợp từ hệ thống Phối Hợp ngày ${escape(generatedOn)}.</footer>`,
  );
}

/** A short Vietnamese page for a report that cannot be shown (unknown jurisdiction, bad year). */
export function errorPage(message: string): string {
  return page('Không thể lập báo cáo', `<h1>Không thể lập báo cáo</h1>\n<p>${escape(message)}</p>`);
}

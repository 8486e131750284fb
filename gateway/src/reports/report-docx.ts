import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import { ANNEX_TITLE, annexSubtitle } from './report-annex';
import type { Block, Column, ReportDocument, Signature } from './report-document';

// Decree 30/2020/NĐ-CP, Appendix I: A4; margins top and bottom 20–25 mm, left 30–35 mm,
// right 15–20 mm; Times New Roman; text 13–14 pt, header 12–13 pt, recipients 11–12 pt.
const mm = (x: number) => Math.round((x * 1440) / 25.4); // twips
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const TEXT_WIDTH = mm(210 - 30 - 15);
const pt = (size: number) => size * 2; // docx sizes are half-points
const FONT = 'Times New Roman';

type Run = Omit<IRunOptions, 'text'> & { size?: number };
const run = (text: string, o: Run = {}) => new TextRun({ text, font: FONT, ...o, size: pt(o.size ?? 14) });
const centered = (text: string, o: Run = {}, after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: after * 20 }, children: [run(text, o)] });
/** The short line under the issuer, the motto and the title: a bottom border on an empty, narrow paragraph. */
const rule = (widthMm: number, after = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: mm(widthMm), right: mm(widthMm) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 0, after: after * 20, line: 120 },
    children: [],
  });

const cell = (children: Paragraph[], widthTwip: number, o: { borders?: boolean; vertical?: 'top' | 'bottom' } = {}) =>
  new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    borders: o.borders === false ? TableBorders.NONE : undefined,
    verticalAlign: o.vertical === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    margins: { left: mm(o.borders === false ? 0.5 : 1.5), right: mm(o.borders === false ? 0.5 : 1.5) },
    children,
  });

/** An invisible table that holds blocks side by side (the header, the signatures), one row per array of cells. */
function layout(widths: number[], rows: Array<Array<{ children: Paragraph[]; vertical?: 'top' | 'bottom' }>>): Table {
  const twips = widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ children: cells.map((c, i) => cell(c.children, twips[i], { borders: false, vertical: c.vertical })) })),
  });
}

function frame(doc: ReportDocument): Table {
  return layout(
    [43, 57],
    [
      [
        { children: [...doc.issuer.map((line) => centered(line, { bold: true, size: 12 })), rule(22, 4), centered(doc.number, { size: 13 })] },
        { children: [centered(doc.nation, { bold: true, size: 12 }), centered(doc.motto, { bold: true, size: 13 }), rule(18, 4), centered(doc.placeAndDate, { italics: true, size: 14 })] },
      ],
    ],
  );
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function dataTable(columns: Column[], rows: string[][]): Table {
  const widths = columns.map((c) => Math.round((TEXT_WIDTH * c.width) / 100));
  const line = (text: string, align: Column['align'], bold = false) =>
    new Paragraph({ alignment: ALIGN[align], spacing: { before: 40, after: 40 }, children: [run(text, { size: 13, bold })] });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell([line(c.title, 'center', true)], widths[i], { vertical: 'bottom' })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell([line(text, columns[i].align)], widths[i])) })),
    ],
  });
}

function body(b: Block): Paragraph | Table {
  if (b.kind === 'table') return dataTable(b.columns, b.rows);
  return new Paragraph({
    alignment: b.kind === 'heading' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    keepNext: b.kind === 'heading',
    spacing: { before: b.kind === 'heading' ? 160 : 120, after: 0, line: 276 },
    children: [run(b.text, { bold: b.kind === 'heading' })],
  });
}

/**
 * The three bodies' signatures, two to a row (council and committee, then the Front centred
 * below): three side by side would break "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM" at 13 pt.
 * Titles sit on the bottom of their row, so the names below line up.
 */
function signatures(doc: ReportDocument): Table[] {
  const title = (s: Signature) => ({ vertical: 'bottom' as const, children: s.lines.map((line) => centered(line, { bold: true, size: 13 })) });
  const name = (s: Signature) => ({ children: [new Paragraph({ spacing: { before: 1500 }, children: [] }), centered(s.name ?? '', { bold: true }, 12)] });
  const tables: Table[] = [];
  for (let i = 0; i < doc.signatures.length; i += 2) {
    const pair = doc.signatures.slice(i, i + 2);
    if (pair.length === 2) tables.push(layout([50, 50], [pair.map(title), pair.map(name)]));
    else {
      const blank = { children: [new Paragraph({ children: [] })] };
      tables.push(layout([25, 50, 25], [[blank, title(pair[0]), blank], [blank, name(pair[0]), blank]]));
    }
  }
  return tables;
}

function closing(doc: ReportDocument): Array<Paragraph | Table> {
  return [
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    ...signatures(doc),
    new Paragraph({ spacing: { before: 240 }, children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }),
    ...doc.recipients.map((r) => new Paragraph({ children: [run(r, { size: 11 })] })),
    new Paragraph({ spacing: { before: 240 }, children: [run(doc.provenance, { italics: true, size: 11 })] }),
  ];
}

/** Phụ lục: after the signatures, from a new page. */
function annex(doc: ReportDocument): Array<Paragraph | Table> {
  if (!doc.annex.length) return [];
  return [
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, children: [run(ANNEX_TITLE, { bold: true })] }),
    centered(annexSubtitle(doc), { italics: true }),
    ...doc.annex.map(body),
  ];
}

/** The report as a .docx a Vietnamese office files as it is. */
export function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'Phối Hợp',
    title: doc.name,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        // The decree numbers pages from the second, centred in the top margin.
        properties: { titlePage: true, page: { size: A4, margin: { ...MARGIN, header: mm(10) } } },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] })] }),
          first: new Header({ children: [] }),
        },
        children: [
          frame(doc),
          new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [run(doc.kind, { bold: true })] }),
          centered(doc.title, { bold: true }),
          rule(55, 12),
          ...doc.blocks.map(body),
          ...closing(doc),
          ...annex(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

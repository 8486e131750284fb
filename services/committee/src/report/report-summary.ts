import { formatDateVi, nfc } from '@phoihop/core';
import type { ReportSection, ReportSectionKey } from '../generated/graphql';
import { hasRecords, overdueItems, reportSections } from './report-sections';
import type { ReportFacts } from './report-facts';

/**
 * The report in a few paragraphs, in the order of the review conference: the council's
 * sessions, supervisions and the committee's follow-up; voter contact with the Front; citizen
 * reception and complaints; what is still overdue; and, honestly, the topics without records.
 */
export function reportSummary(facts: ReportFacts, sections: ReportSection[] = reportSections(facts)): string {
  const { year, jurisdiction } = facts;
  if (!hasRecords(facts)) {
    return nfc(`Chưa có số liệu về công tác phối hợp năm ${year} của ${jurisdiction.name} trong hệ thống.`);
  }
  const recorded = (key: ReportSectionKey) => {
    const section = sections.find((s) => s.key === key)!;
    return section.lines[0]?.startsWith('Chưa có số liệu') ? [] : section.lines;
  };
  const paragraphs: string[] = [];
  const lead = (sentences: string[], opening: string) => {
    if (!sentences.length) return;
    paragraphs.push(`${opening}${lowerFirst(sentences.join(' '))}`);
  };
  lead(
    [...recorded('SESSIONS_AND_RESOLUTIONS'), ...recorded('SUPERVISIONS_AND_RECOMMENDATIONS'), ...recorded('DIRECTIVES_AND_ASSIGNMENTS')],
    `Năm ${year}, `,
  );
  lead(recorded('VOTER_CONTACT'), paragraphs.length ? `Cũng trong năm ${year}, ` : `Năm ${year}, `);
  lead(recorded('CITIZEN_RECEPTION_AND_CASES'), 'Về công tác tiếp công dân, giải quyết khiếu nại, tố cáo: ');
  const overdue = overdueItems(facts);
  if (overdue.length) paragraphs.push(`Tính đến ngày ${formatDateVi(facts.asOf)}, còn ${overdue.join('; ')}.`);
  const missing = sections.filter((s) => s.key !== 'SHORTCOMINGS' && !recorded(s.key).length).map((s) => s.title.toLowerCase());
  if (missing.length) paragraphs.push(`Chưa có số liệu về ${missing.join('; ')}.`);
  return nfc(paragraphs.join('\n\n'));
}

/**
 * After an opening ("Năm 2022, ") a sentence continues in lower case, except where it starts
 * with a name or an abbreviation ("HĐND", "Thường trực HĐND", "UBND", "Ủy ban MTTQ").
 */
function lowerFirst(s: string): string {
  const firstWord = s.split(' ')[0];
  const isName = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  const isTitle = /^(Thường trực|Ủy ban|Ban Thường trực|Các ban)\b/u.test(s);
  return isName || isTitle ? s : `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
}

import type { IsoDate } from '../calendar/dates';

/** The day Law 136/2025/QH15 (amending the laws on citizen reception, complaints, denunciations) comes into force. */
export const LAW_136_IN_FORCE: IsoDate = '2026-07-01';

/**
 * A procedural rule that is not a period: one version per span of dates, each naming its legal
 * basis. Like the deadline rules, a record follows the version in force on the day its clock
 * started (a case: the day it was received; a month of reception: its first day).
 */
export interface ProcedureRule<V> {
  /** Vietnamese, e.g. "Luật Khiếu nại 02/2011/QH13, Điều 10". */
  legalBasis: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  value: V;
  /** A default the law leaves open or that this deployment could not check against the text. */
  configurable: boolean;
}

export type ProcedureRuleCode = 'PARTIAL_COMPLAINT_WITHDRAWAL' | 'SUSPENSION_GROUND_LISTED' | 'COMMUNE_CHAIR_RECEPTION_DAYS';

const BEFORE_136: IsoDate = '2026-06-30';

/** The rule catalogue of Law 136/2025's procedural changes (issue #13, item 7). */
export const PROCEDURE_RULES: { [C in ProcedureRuleCode]: ReadonlyArray<ProcedureRule<C extends 'COMMUNE_CHAIR_RECEPTION_DAYS' ? number : boolean>> } = {
  /** Rút một phần khiếu nại: before the amendment a complainant withdrew the whole complaint or nothing. */
  PARTIAL_COMPLAINT_WITHDRAWAL: [
    { legalBasis: 'Luật Khiếu nại 02/2011/QH13, Điều 10 (rút khiếu nại)', effectiveFrom: '2012-07-01', effectiveTo: BEFORE_136, value: false, configurable: false },
    { legalBasis: 'Luật Khiếu nại 02/2011/QH13, Điều 10, sửa đổi bởi Luật 136/2025/QH15', effectiveFrom: LAW_136_IN_FORCE, effectiveTo: null, value: true, configurable: false },
  ],
  /** Căn cứ tạm đình chỉ: a ground from the closed list instead of a free-text reason. */
  SUSPENSION_GROUND_LISTED: [
    { legalBasis: 'Luật Khiếu nại 02/2011/QH13; Luật Tố cáo 25/2018/QH14, Điều 31 (lý do ghi trong quyết định)', effectiveFrom: '2012-07-01', effectiveTo: BEFORE_136, value: false, configurable: false },
    { legalBasis: 'Luật Khiếu nại, Luật Tố cáo sửa đổi bởi Luật 136/2025/QH15 (căn cứ tạm đình chỉ)', effectiveFrom: LAW_136_IN_FORCE, effectiveTo: null, value: true, configurable: false },
  ],
  /**
   * Days a month the commune committee chair receives citizens in person. The 2013 law says
   * "at least one day a week" (Art. 15.2.d), counted here as four days a month; the amended
   * figure is a default to check against the text of Law 136/2025 (and may be passed per query).
   */
  COMMUNE_CHAIR_RECEPTION_DAYS: [
    { legalBasis: 'Luật Tiếp công dân 42/2013/QH13, Điều 15 khoản 2 điểm d (ít nhất 01 ngày trong 01 tuần)', effectiveFrom: '2014-07-01', effectiveTo: BEFORE_136, value: 4, configurable: true },
    { legalBasis: 'Luật Tiếp công dân 42/2013/QH13, Điều 15, sửa đổi bởi Luật 136/2025/QH15', effectiveFrom: LAW_136_IN_FORCE, effectiveTo: null, value: 4, configurable: true },
  ],
};

/** The version of a procedural rule in force on a day (the catalogue covers every day from its first). */
export function procedureRuleOn<C extends ProcedureRuleCode>(code: C, day: IsoDate): (typeof PROCEDURE_RULES)[C][number] {
  const versions = PROCEDURE_RULES[code];
  const found = versions.find((v) => v.effectiveFrom <= day && (v.effectiveTo === null || day <= v.effectiveTo));
  return found ?? versions[0];
}

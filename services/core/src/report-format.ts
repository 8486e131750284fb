/**
 * Numbers and dates as Vietnamese reports write them: "3.936" (dot between thousands),
 * "92,5%" (comma before decimals), "27/11/2026". Hand-rolled rather than Intl so the output
 * does not depend on the ICU data the Node build ships with.
 */
import { formatVi } from './calendar/dates';

/** 3936 → "3.936", 1000000 → "1.000.000". */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** part/whole as a percentage with at most one decimal: (37, 40) → "92,5%"; empty whole → null. */
export function formatPercent(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const tenths = Math.round((part * 1000) / whole);
  const text = tenths % 10 === 0 ? String(tenths / 10) : `${Math.trunc(tenths / 10)},${tenths % 10}`;
  return `${text}%`;
}

/** 'YYYY-MM-DD' → "27/11/2026" (the calendar's formatVi). */
export const formatDateVi = formatVi;

/** How close a round figure must be to stand for the exact one ("gần 4.000" for 3.936). */
const ROUNDING_TOLERANCE = 0.05;

/**
 * A count the way a speaker reads it out, but honest: "gần 4.000" only when 4.000 is above
 * the exact figure and within 5% of it, "hơn 3.900" when the round figure is below; small or
 * already-round figures are given exactly.
 */
export function approximateCount(n: number): string {
  if (n < 1000) return formatCount(n);
  const unit = 10 ** (String(Math.trunc(n)).length - 2) * (n < 10_000 ? 10 : 1);
  const round = Math.round(n / unit) * unit;
  if (round === n || Math.abs(round - n) / n > ROUNDING_TOLERANCE) return formatCount(n);
  return `${round > n ? 'gần' : 'hơn'} ${formatCount(round)}`;
}

/**
 * 'YYYY-MM-DD' → "ngày 04 tháng 12 năm 2026", as Decree 30/2020/NĐ-CP writes a document's
 * date: a leading zero for days below 10 and for months 1 and 2.
 */
export function formatDocumentDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const two = (x: number) => String(x).padStart(2, '0');
  return `ngày ${two(d)} tháng ${m <= 2 ? two(m) : m} năm ${y}`;
}

// Longest first: "Thành phố" before a hypothetical "Thành".
const UNITS = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Huyện', 'Quận', 'Phường', 'Tỉnh', 'Xã'];
const UNIT_BY_LEVEL: Record<'PROVINCE' | 'DISTRICT' | 'COMMUNE', string> = { PROVINCE: 'tỉnh', DISTRICT: 'huyện', COMMUNE: 'xã' };

/**
 * A jurisdiction's administrative unit and proper name as documents write them: "Thị xã
 * Hồng Lĩnh" → { unit: 'thị xã', place: 'Hồng Lĩnh' }, so "HĐND thị xã", and "Hồng Lĩnh,
 * ngày …" in the place and date line. A name without a known unit takes the level's.
 */
export function administrativeUnit(j: { name: string; level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE' }): { unit: string; place: string } {
  const name = j.name.normalize('NFC');
  const unit = UNITS.find((u) => name.startsWith(`${u} `));
  return unit ? { unit: unit.toLowerCase(), place: name.slice(unit.length + 1) } : { unit: UNIT_BY_LEVEL[j.level], place: name };
}

/**
 * Numbers and dates as Vietnamese reports write them: "3.936" (dot between thousands),
 * "92,5%" (comma before decimals), "27/11/2026". Hand-rolled rather than Intl so the output
 * does not depend on the ICU data the Node build ships with.
 */

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

/** 'YYYY-MM-DD' → "27/11/2026". */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

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

import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import { ReceptionDay } from '../src/reception/reception-day.entity';
import { TOWN as HL, WARD as BHL, WARD_OFFICIALS as WO } from './directory';

/** Monthly reception days of 2022 in Hồng Lĩnh and two of 2026 in Bắc Hồng Lĩnh; the map is `jurisdiction:YYYY-MM` → day id. */
export async function seedReceptionDays(m: EntityManager): Promise<Map<string, string>> {
  const days = new Map<string, string>();
  const rows: Array<[string, string, string, string[]]> = [
    ...Array.from({ length: 11 }, (_, i): [string, string, string, string[]] => [HL, `2022-${String(i + 1).padStart(2, '0')}-15`, 'Trụ sở Ban Tiếp công dân thị xã Hồng Lĩnh', [DEMO.officials.chair.id]]),
    [BHL, '2026-10-05', 'Trụ sở UBND phường Bắc Hồng Lĩnh', [WO.bacChair.id]],
    [BHL, '2026-11-16', 'Trụ sở UBND phường Bắc Hồng Lĩnh', [WO.bacChair.id, WO.bacViceEconomy.id]],
  ];
  for (const [jurisdictionId, date, place, hosts] of rows) {
    const r = await m.getRepository(ReceptionDay).save(
      m.getRepository(ReceptionDay).create({ jurisdictionId, date, place, kind: 'REGULAR', hostingBody: 'COMMITTEE_CHAIR', hostOfficialIds: hosts, delegateIds: [DEMO.delegates.delegate1.id], note: null }),
    );
    days.set(`${jurisdictionId}:${date.slice(0, 7)}`, r.id);
  }
  return days;
}

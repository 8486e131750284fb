import type { Clock } from '@phoihop/core';
import type { DataSource } from 'typeorm';
import { seedBacHongLinh2026 } from './bac-hong-linh-2026';
import { seedDirectory } from './directory';
import { seedHongLinh2022 } from './hong-linh-2022';
import { seedQuestioning } from './questioning';

export { COMMITTEES as DEMO_COUNCIL_COMMITTEES, TERMS as DEMO_COUNCIL_TERMS } from './directory';

/**
 * Demo data of the council: the Hồng Lĩnh 2021–2026 term and its 2022 figures (the real
 * review of 3 March 2023), and current 2026 work in the ward Bắc Hồng Lĩnh. Idempotent:
 * does nothing once the council holds sessions. Written in one transaction, outbox included,
 * so the workers build the deadline ledger from it like from any other change.
 */
export async function seedDemo(db: DataSource, _clock?: Clock): Promise<void> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM "council"."session"`);
  if (n > 0) return;
  await db.transaction(async (m) => {
    await seedDirectory(m);
    await seedHongLinh2022(m);
    await seedBacHongLinh2026(m);
    await seedQuestioning(m);
  });
}

import { localDate, type Clock } from '@phoihop/core';
import type { DataSource } from 'typeorm';
import { Directive } from '../src/directives/directive.entity';
import { seedCases } from './cases';
import { seedCorrections } from './corrections';
import { seedDirectives } from './directives';
import { seedDirectory } from './directory';
import { seedLaw136Demo } from './law136';
import { seedReceptionDays } from './reception';
import { seedRegulationDemo } from './regulation';
import { seedScorecardDemo } from './scorecards';

export { seedDirectory } from './directory';

/**
 * Demo data: the directory, the 2022 work of Hồng Lĩnh (answers to the 40 voters' petitions,
 * citizen cases, monthly reception days) and 2026 work on Bắc Hồng Lĩnh (directives answering
 * the council's recommendations 1..12, open cases, and corrections: a rescheduled and a cancelled
 * assignment, a transferred denunciation). Open deadlines go to the outbox so the
 * workers' ledger, reminders and escalations show. Idempotent: skips when directives exist.
 */
export async function seedDemo(db: DataSource, clock: Clock): Promise<void> {
  await seedDirectory(db);
  if (await db.getRepository(Directive).exists()) return;
  const now = clock.now();
  const today = localDate(now);
  await db.transaction(async (m) => {
    await seedDirectives(m, now, today);
    const days = await seedReceptionDays(m);
    await seedCases(m, days, now, today);
    await seedCorrections(m, today);
    // Letters outside competence, extensions as decided, a second round with its dialogue.
    await seedRegulationDemo(m);
    // Law 136/2025: the council's reception days, the reception book, a partial withdrawal, a listed suspension ground.
    await seedLaw136Demo(m);
  });
  // A department that is behind, for the scorecards.
  await seedScorecardDemo(db, clock);
}

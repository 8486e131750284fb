import { deadlineCalculator, type Clock } from '@phoihop/core';
import type { DataSource } from 'typeorm';
import { VoterContactRound } from '../src/rounds/voter-contact-round.entity';
import { seedCorrections, seedPetitions2022, seedPetitions2026 } from './petitions';
import { seedRounds2022, seedRounds2026 } from './rounds';
import { seedSupervisions } from './supervisions';

/**
 * Demo data: the 2022 voter-contact work of Hồng Lĩnh (5 rounds, 46 points, ~3,950 voters,
 * 40 petitions with ids `stableId('voter-petition', n)`) and 2026 work on Bắc Hồng Lĩnh with
 * answers due soon or overdue. Idempotent: does nothing when rounds exist.
 */
export async function seedDemo(db: DataSource, clock: Clock): Promise<void> {
  if (await db.getRepository(VoterContactRound).exists()) return;
  const now = clock.now();
  const calculate = await deadlineCalculator(db);
  await db.transaction(async (m) => {
    const meetings2022 = await seedRounds2022(m, now);
    const meetings2026 = await seedRounds2026(m, now);
    await seedPetitions2022(m, meetings2022, now, calculate);
    await seedPetitions2026(m, meetings2026, now, calculate);
    await seedCorrections(m, meetings2026, now);
    await seedSupervisions(m, now, calculate);
  });
}

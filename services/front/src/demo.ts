import type { Clock } from '@phoihop/core';
import type { DataSource } from 'typeorm';

export async function seedDemo(_db: DataSource, _clock: Clock): Promise<void> {}

import { type Clock } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { DataSource } from 'typeorm';
import { NotificationPreference } from '@phoihop/workflow';

const W = DEMO.wardDepartments;
const O = DEMO.wardOfficials;

/**
 * Demo notification preferences of the ward Bắc Hồng Lĩnh: its departments read email, the
 * chair prefers one digest in the morning. The inbox itself fills from real deadlines: the
 * workers relay the other services' outbox rows as soon as `npm start` runs them.
 * Idempotent: skips when preferences exist.
 */
export async function seedDemo(db: DataSource, clock: Clock): Promise<void> {
  const repo = db.getRepository(NotificationPreference);
  if ((await repo.count()) > 0) return;
  const base = { webhookUrl: null, dailyDigest: false, digestHour: 7, quietHoursStart: null, quietHoursEnd: null, updatedAt: clock.now(), updatedBy: 'demo' };
  await repo.insert([
    { ...base, recipientType: 'DEPARTMENT', recipientId: W.bacEconomy.id, channels: ['IN_APP', 'EMAIL'], email: 'phongkinhte.bachonglinh@hatinh.gov.vn' },
    { ...base, recipientType: 'DEPARTMENT', recipientId: W.bacSocial.id, channels: ['IN_APP', 'EMAIL'], email: 'phongvhxh.bachonglinh@hatinh.gov.vn' },
    { ...base, recipientType: 'DEPARTMENT', recipientId: W.bacOffice.id, channels: ['IN_APP', 'EMAIL'], email: 'vanphong.bachonglinh@hatinh.gov.vn' },
    {
      ...base,
      recipientType: 'OFFICIAL',
      recipientId: O.bacChair.id,
      channels: ['IN_APP', 'EMAIL'],
      email: 'chutich.bachonglinh@hatinh.gov.vn',
      dailyDigest: true,
      quietHoursStart: '21:00',
      quietHoursEnd: '06:30',
    },
    { ...base, recipientType: 'OFFICIAL', recipientId: O.bacHeadEconomy.id, channels: ['IN_APP', 'EMAIL'], email: 'cuong.pv@hatinh.gov.vn' },
  ]);
}

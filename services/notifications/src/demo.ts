import { DEMO, stableId, type Clock } from '@phoihop/core';
import type { DataSource } from 'typeorm';
import { Notification, notificationKey } from './inbox/notification.entity';

const WARD = DEMO.jurisdictions.bacHongLinh.id;

/**
 * Demo inbox entries. The escalation policies ship with the migration and the demo deadlines
 * arrive through the relay from the other services' outbox rows once the workers run; these
 * rows only make the inbox non-empty on a first look. Idempotent: skips a non-empty inbox.
 */
export async function seedDemo(db: DataSource, clock: Clock): Promise<void> {
  const repo = db.getRepository(Notification);
  if ((await repo.count()) > 0) return;
  const now = clock.now();
  const item = stableId('demo', 'assignment', 'bac-hong-linh', 'tnmt-1');
  const rows: Array<Omit<Notification, 'id' | 'key' | 'readAt'>> = [
    {
      recipientType: 'DEPARTMENT',
      recipientId: DEMO.departments.natural.id,
      jurisdictionId: WARD,
      itemKind: 'ASSIGNMENT',
      itemId: item,
      deadlineVersion: 1,
      stage: 'R2',
      level: 0,
      subject: 'Nhắc hạn: Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất tổ dân phố 3',
      body:
        'Nhiệm vụ "Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất tổ dân phố 3" theo Văn bản 125/UBND-TNMT ' +
        'do UBND phường giao, hạn hoàn thành ngày 01/12/2026; còn 2 ngày làm việc.',
      createdAt: now,
    },
    {
      recipientType: 'OFFICIAL',
      recipientId: DEMO.officials.headNatural.id,
      jurisdictionId: WARD,
      itemKind: 'ASSIGNMENT',
      itemId: stableId('demo', 'assignment', 'bac-hong-linh', 'tnmt-2'),
      deadlineVersion: 1,
      stage: 'L1',
      level: 1,
      subject: 'Cảnh báo quá hạn (cấp 1): Báo cáo kết quả giải quyết kiến nghị cử tri về ô nhiễm môi trường',
      body:
        'Nhiệm vụ "Báo cáo kết quả giải quyết kiến nghị cử tri về ô nhiễm môi trường" do UBND phường giao, ' +
        'hạn ngày 24/11/2026, đã quá hạn 3 ngày làm việc. Đề nghị Trưởng phòng chỉ đạo hoàn thành.',
      createdAt: now,
    },
  ];
  await repo.insert(rows.map((r) => ({ ...r, key: notificationKey(r), body: r.body.normalize('NFC'), subject: r.subject.normalize('NFC') })));
}

import { DEMO } from '@phoihop/core/seed';
import type { Attendee } from '../src/joint-meetings/joint-meeting.entity';

/** The three bodies at a joint meeting of the former town of Hồng Lĩnh. */
export const HONG_LINH_ATTENDEES: Attendee[] = [
  { body: 'COUNCIL', name: DEMO.delegates.councilChair.name, title: 'Chủ tịch HĐND thị xã' },
  { body: 'COUNCIL', name: DEMO.delegates.councilVice.name, title: 'Phó Chủ tịch HĐND thị xã' },
  { body: 'COMMITTEE', name: DEMO.officials.chair.name, title: 'Chủ tịch UBND thị xã' },
  { body: 'COMMITTEE', name: DEMO.officials.viceChairEconomy.name, title: 'Phó Chủ tịch UBND thị xã' },
  { body: 'FRONT', name: DEMO.front.chair.name, title: 'Chủ tịch Ủy ban MTTQ Việt Nam thị xã' },
];

export const BAC_HONG_LINH_ATTENDEES: Attendee[] = [
  { body: 'COUNCIL', name: 'Trần Đình Phong', title: 'Chủ tịch HĐND phường' },
  { body: 'COMMITTEE', name: 'Nguyễn Hoàng Nguyên', title: 'Chủ tịch UBND phường' },
  { body: 'FRONT', name: 'Nguyễn Văn Định', title: 'Chủ tịch Ủy ban MTTQ Việt Nam phường' },
];

/**
 * The client kit's example: `GATEWAY_URL=http://localhost:4000/graphql TOKEN=$(npm run -s token -- staff) npx tsx examples/client-kit/src/main.ts`
 * prints what the staff dashboard, the inbox, a case and the year's report show.
 */
import { createPhoiHopClient } from './client';
import { loadScreens } from './screens';

async function main() {
  // An example reads its two settings straight from the shell; services use core's config.
  const client = createPhoiHopClient({ url: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql', token: process.env.TOKEN });
  const s = await loadScreens(client, { jurisdictionSearch: 'thi xa hong linh', year: 2022 });
  console.log(`Chưa đọc: ${s.dashboard.me.unreadCount}; quá hạn: ${s.dashboard.deadlines.totalCount}`);
  for (const n of s.inbox.me.notifications.nodes) console.log(`  ✉ ${n.subject}`);
  if (s.detail) console.log(`Vụ việc ${s.detail.number}: ${s.detail.subject} (${s.detail.status}, hạn ${s.detail.dueDate ?? '—'})`);
  console.log(`${s.report.jurisdiction.name}, ${s.report.council?.sessions ?? '—'} kỳ họp, ${s.report.council?.resolutions ?? '—'} nghị quyết`);
  console.log(`Mã lỗi của một id sai: ${s.refused}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

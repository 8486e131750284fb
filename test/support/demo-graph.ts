import { committee } from '@phoihop/committee';
import { seedDemo as seedCommittee } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { seedDemo as seedCouncil } from '@phoihop/council/seed';
import { front } from '@phoihop/front';
import { seedDemo as seedFront } from '@phoihop/front/seed';
import { notifications } from '@phoihop/notifications';
import { seedDemo as seedNotifications } from '@phoihop/notifications/seed';
import { startTestGraph, type TestGraph } from './graph';

/** The whole graph (four subgraphs and the gateway) over a fresh database with the demo data `npm start` loads. */
export async function startDemoGraph(label: string): Promise<TestGraph> {
  const graph = await startTestGraph(label, [council, committee, front, notifications]);
  await seedCommittee(graph.db.committee, graph.clock);
  await seedCouncil(graph.db.council, graph.clock);
  await seedFront(graph.db.front, graph.clock);
  await seedNotifications(graph.db.notifications, graph.clock);
  return graph;
}

import { council } from '@phoihop/council';
import type { Deadline } from '@phoihop/workflow';
import { recipientsFor } from '../../../workers/src/escalation/recipients';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { NOW, outboxOf, seedTerm, standing, TERM, WARD } from './support/fixtures';

/** Issue #13, item 4: session documents are owed by whoever presents the item. */
describe('session documents owed by the presenting body', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph('council_documents_owner', [council], { now: NOW });
    await seedTerm(graph.db.council);
  });
  afterAll(() => graph?.close());

  it('assigns the deadline to the Front for its agenda item, then to the committee once the Front has delivered', async () => {
    const { scheduleSession: s } = await graph.ok<{ scheduleSession: { id: string; agendaItems: Array<{ id: string }> } }>(
      `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id agendaItems { id } } }`,
      {
        input: {
          termId: TERM, number: 6, kind: 'THEMATIC', title: 'Kỳ họp chuyên đề về công tác xây dựng chính quyền',
          location: 'Hội trường UBND phường', plannedStartDate: '2027-01-08', plannedEndDate: '2027-01-08',
          agendaItems: [
            { title: 'Thông báo của Ủy ban MTTQ về ý kiến, kiến nghị của cử tri', presentingBody: 'FRONT', presenter: 'Chủ tịch Ủy ban MTTQ phường' },
            { title: 'Báo cáo giải quyết kiến nghị cử tri', presentingBody: 'COMMITTEE' },
          ],
        },
      },
      standing(),
    );
    const [opened] = await outboxOf(graph.db.council, s.id);
    expect(opened).toMatchObject({ itemKind: 'SESSION_DOCUMENTS', state: 'OPEN', dueDate: '2026-12-31', assignee: { body: 'FRONT' }, raisedBy: 'COUNCIL' });

    await graph.ok(`mutation($id: ID!, $on: Date!) { recordAgendaDocuments(agendaItemId: $id, receivedOn: $on) { id } }`, { id: s.agendaItems[0]!.id, on: NOW.slice(0, 10) }, standing());
    const events = await outboxOf(graph.db.council, s.id);
    expect(events.map((e) => [e.state, (e.assignee as { body: string }).body])).toEqual([
      ['OPEN', 'FRONT'],
      ['OPEN', 'COMMITTEE'],
    ]);
  });

  it("escalates the Front's overdue documents within the Front, then to the council", async () => {
    const d = { itemKind: 'SESSION_DOCUMENTS', jurisdictionId: WARD, raisedBy: 'COUNCIL', assigneeBody: 'FRONT', assigneeDepartmentId: null, assigneeOfficialId: null, field: null } as unknown as Deadline;
    const nobody = {} as Parameters<typeof recipientsFor>[2];
    for (const recipient of ['ASSIGNEE', 'DEPARTMENT_HEAD', 'VICE_CHAIR_IN_CHARGE', 'CHAIR'] as const) {
      expect(await recipientsFor({ kind: 'ESCALATION', offsetWorkingDays: 1, level: 1, recipient }, d, nobody)).toEqual([{ type: 'BODY', id: `FRONT_STANDING:${WARD}` }]);
    }
    expect(await recipientsFor({ kind: 'ESCALATION', offsetWorkingDays: 10, level: 4, recipient: 'RAISING_BODY' }, d, nobody)).toEqual([{ type: 'BODY', id: `COUNCIL_STANDING:${WARD}` }]);
  });
});

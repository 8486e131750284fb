import { loadConfig, signedPost, stableId, type UserContext } from '@phoihop/core';
import type { TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { D, HL, O, startCommitteeGraph, users } from './support/fixtures';

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Assignment { id task department { name } progressReports { note } }
  ... on CitizenCase { id subject petitionerName handlingDepartment { name } }
  ... on Directive { id number }
} }`;

interface EntitiesResponse {
  data?: { _entities: Array<Record<string, unknown> | null> } | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }>;
}

/**
 * The committee subgraph called the way the gateway calls it, `_entities` and a signed user
 * context: references go through the same checks as the root fields, one by one.
 */
describe('entity references of the committee subgraph', () => {
  let graph: TestGraph;
  let assignmentId: string;
  let caseId: string;
  let directiveId: string;
  const key = loadConfig({ NODE_ENV: 'test' }).contextSigningKey!;

  async function entities(user: UserContext | null): Promise<EntitiesResponse> {
    const representations = [
      { __typename: 'Assignment', id: assignmentId },
      { __typename: 'CitizenCase', id: caseId },
      { __typename: 'Directive', id: directiveId },
    ];
    const url = graph.subgraphUrls.committee;
    const res = await fetch(url, signedPost(url, { query: ENTITIES, variables: { representations } }, user, key, graph.clock.now()));
    return (await res.json()) as EntitiesResponse;
  }

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_references', '2025-03-03T09:00:00+07:00');
    const issued = await graph.ok<{ issueDirective: { id: string; assignments: { nodes: Array<{ id: string }> } } }>(
      `mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { id assignments { nodes { id } } } }`,
      {
        input: {
          jurisdictionId: HL, number: '130/UBND-TNMT', issuedOn: '2025-03-03', signerId: O.viceChairEconomy.id, subject: 'Xử lý kiến nghị về đất đai',
          source: { type: 'RECOMMENDATION', id: stableId('recommendation', 'references') },
          assignments: [{ departmentId: D.natural.id, task: 'Rà soát hồ sơ đất đai tổ dân phố 3', dueDate: '2025-04-30' }],
        },
      },
      users.leader,
    );
    directiveId = issued.issueDirective.id;
    assignmentId = issued.issueDirective.assignments.nodes[0].id;
    caseId = (
      await graph.ok<{ receiveCitizenCase: { id: string } }>(
        `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id } }`,
        {
          input: {
            jurisdictionId: HL, kind: 'PETITION', channel: 'RECEPTION', receivedOn: '2025-03-03', subject: 'Kiến nghị cấp giấy chứng nhận',
            content: 'Ông Lê Văn Sáu kiến nghị cấp giấy chứng nhận quyền sử dụng đất.', petitionerName: 'Lê Văn Sáu', handlingDepartmentId: D.natural.id,
          },
        },
        users.leader,
      )
    ).receiveCitizenCase.id;
  });
  afterAll(() => graph?.close());

  it('gives the department its own assignment and case', async () => {
    const res = await entities(users.staffNatural);
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      { id: assignmentId, task: 'Rà soát hồ sơ đất đai tổ dân phố 3', department: { name: 'Phòng Tài nguyên và Môi trường' }, progressReports: [] },
      { id: caseId, subject: 'Kiến nghị cấp giấy chứng nhận', petitionerName: 'Lê Văn Sáu', handlingDepartment: { name: 'Phòng Tài nguyên và Môi trường' } },
      { id: directiveId, number: '130/UBND-TNMT' },
    ]);
  });

  it('gives staff of another department nothing of this department’s assignment or case, reference by reference', async () => {
    const res = await entities(users.staffUrban);
    // The directive is read by every follow-up reader of the jurisdiction; the rest is refused one by one.
    expect(res.data!._entities).toEqual([null, null, { id: directiveId, number: '130/UBND-TNMT' }]);
    // Errors come in the order the references settle, not the order they were asked for.
    expect(res.errors!.map((e) => [e.path, e.extensions?.code]).sort()).toEqual([
      [['_entities', 0], 'FORBIDDEN'],
      [['_entities', 1], 'FORBIDDEN'],
    ]);
    expect(JSON.stringify(res)).not.toContain('Lê Văn Sáu');
  });

  it('gives roles without access, and anonymous readers, nothing at all', async () => {
    for (const user of [userWith('DELEGATE', { jurisdictionId: HL }), null]) {
      const res = await entities(user);
      expect(res.data!._entities).toEqual([null, null, null]);
      expect(res.errors!.length).toBe(3);
      expect(JSON.stringify(res)).not.toMatch(/Lê Văn Sáu|Rà soát|130\/UBND/);
    }
  });
});

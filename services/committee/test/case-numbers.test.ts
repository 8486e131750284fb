import { DEMO } from '@phoihop/core/seed';
import type { TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { D, HL, count, startCommitteeGraph, users } from './support/fixtures';

const BHL = DEMO.jurisdictions.bacHongLinh.id;

const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id number } }`;

/**
 * Số vào sổ: a new case takes the number after the highest one in its book (jurisdiction, kind,
 * year), never the count of the book plus one, so imported records with gaps never jam receipt.
 */
describe('case numbers', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_case_numbers', '2025-03-10T09:00:00+07:00');
  });
  afterAll(() => graph?.close());

  const receive = async (input: Record<string, unknown> = {}, as = users.leader) =>
    graph.query<{ receiveCitizenCase: { id: string; number: string } }>(
      RECEIVE,
      {
        input: {
          jurisdictionId: HL, kind: 'PETITION', channel: 'RECEPTION', receivedOn: '2025-03-10', subject: 'Phản ánh đèn chiếu sáng hỏng',
          content: 'Cử tri phản ánh hệ thống đèn đường hỏng.', petitionerName: 'Trần Văn Cảnh', handlingDepartmentId: D.urban.id, ...input,
        },
      },
      as,
    );
  const number = async (input: Record<string, unknown> = {}, as = users.leader) => {
    const res = await receive(input, as);
    expect(res.errors).toBeUndefined();
    return res.data!.receiveCitizenCase.number;
  };

  it('gives 22 after a book holding 1, 2 and 21, and 30 receipts in a row all succeed', async () => {
    expect([await number(), await number()]).toEqual(['PA-1/2025', 'PA-2/2025']);
    // Number 21 came in with imported records: the book has a gap from 3 to 20.
    const third = (await receive()).data!.receiveCitizenCase;
    await graph.db.committee.query(`UPDATE committee.citizen_case SET number = 'PA-21/2025' WHERE id = $1`, [third.id]);

    expect(await number()).toBe('PA-22/2025');
    const next: string[] = [];
    for (let i = 0; i < 30; i++) next.push(await number());
    expect(next).toEqual(Array.from({ length: 30 }, (_, i) => `PA-${23 + i}/2025`));
    expect(await count(graph, 'citizen_case', `kind = 'PETITION'`)).toBe(34);
  });

  it('keeps each book apart: another kind, another year and another jurisdiction start at 1', async () => {
    expect(await number({ kind: 'COMPLAINT', round: 'FIRST' })).toBe('KN-1/2025');
    expect(await number({ receivedOn: '2024-12-30' })).toBe('PA-1/2024');
    const wardLeader = userWith('COMMITTEE_LEADER', { jurisdictionId: BHL });
    expect(await number({ jurisdictionId: BHL, handlingDepartmentId: DEMO.wardDepartments.bacEconomy.id }, wardLeader)).toBe('PA-1/2025');
    // A number of another book that merely looks alike does not count ("PA-99/20250" is not of 2025).
    const odd = (await receive({ receivedOn: '2024-12-31' })).data!.receiveCitizenCase;
    await graph.db.committee.query(`UPDATE committee.citizen_case SET number = 'PA-99/20250' WHERE id = $1`, [odd.id]);
    expect(await number()).toBe('PA-53/2025');
  });

  it('numbers concurrent receipts of one book one after another, none refused', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => receive()));
    expect(results.map((r) => r.errors)).toEqual(Array(8).fill(undefined));
    expect(results.map((r) => r.data!.receiveCitizenCase.number).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `PA-${54 + i}/2025`).sort());
  });
});

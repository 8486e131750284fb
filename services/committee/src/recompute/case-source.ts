import { recomputeWhere, recordDeadlineChange, ruleRef, type DeadlineResult, type RecomputeScope, type RecomputeSource } from '@phoihop/core';
import { In, type EntityManager } from 'typeorm';
import { caseDeadlineChange, caseDeadlineInput } from '../cases/case-deadline';
import { CaseExtension } from '../cases/case-extension.entity';
import { CaseSuspension } from '../cases/case-suspension.entity';
import { CitizenCase } from '../cases/citizen-case.entity';

/** A case with what its deadline depends on besides its own columns. */
interface CaseWithHistory {
  c: CitizenCase;
  extensions: number;
  suspensions: CaseSuspension[];
}

const OPEN = ['RECEIVED', 'ACCEPTED', 'SUSPENDED'] as const;

async function withHistory(m: EntityManager, cases: CitizenCase[]): Promise<CaseWithHistory[]> {
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  const [extensions, suspensions] = await Promise.all([
    m.getRepository(CaseExtension).find({ where: { caseId: In(ids) }, select: { caseId: true } }),
    m.getRepository(CaseSuspension).find({ where: { caseId: In(ids) }, order: { suspendedOn: 'ASC' } }),
  ]);
  return cases.map((c) => ({
    c,
    extensions: extensions.filter((e) => e.caseId === c.id).length,
    suspensions: suspensions.filter((s) => s.caseId === c.id),
  }));
}

/** Open citizen cases: their phase's rule, extensions and suspensions, as their lifecycle computes them. */
export const caseSource: RecomputeSource<CaseWithHistory> = {
  name: 'CitizenCase',
  async candidates(m: EntityManager, scope: RecomputeScope) {
    const w = recomputeWhere(scope, 'c.clock_start', 'c.due_date');
    const cases = await m
      .getRepository(CitizenCase)
      .createQueryBuilder('c')
      .where('c.status IN (:...open)', { open: OPEN })
      .andWhere(w.where, w.params)
      .orderBy('c.id')
      .getMany();
    return withHistory(m, cases);
  },
  async lock(m, { c }) {
    const fresh = await m.getRepository(CitizenCase).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id: c.id }).getOne();
    if (!fresh || !(OPEN as readonly string[]).includes(fresh.status)) return null;
    return (await withHistory(m, [fresh]))[0];
  },
  input: (_m, { c, extensions, suspensions }) => caseDeadlineInput(c, extensions, suspensions),
  storedDue: ({ c }) => c.dueDate,
  async apply(m, { c }, result: DeadlineResult) {
    Object.assign(c, { dueDate: result.due, dueRule: ruleRef(result), dueExplanation: result.explanation });
    await m.getRepository(CitizenCase).save(c);
    await recordDeadlineChange(m, caseDeadlineChange(c));
  },
};

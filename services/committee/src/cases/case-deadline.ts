import {
  addDays,
  publishDeadline,
  openRows,
  ruleRef,
  type DeadlineChange,
  type DeadlineInput,
  type DeadlineItemKind,
  type EntityRule,
  type TrackedItem,
} from '@phoihop/core';
import { In, type EntityManager } from 'typeorm';
import { CaseExtension } from './case-extension.entity';
import { CaseSuspension } from './case-suspension.entity';
import { CitizenCase } from './citizen-case.entity';

const KIND_VI = { COMPLAINT: 'Khiếu nại', DENUNCIATION: 'Tố cáo', PETITION: 'Kiến nghị, phản ánh' } as const;

/** Which rule runs the case's clock in its current phase. */
function phaseRule(c: CitizenCase): { kind: DeadlineItemKind; start: string } {
  const resolving = c.acceptedOn !== null;
  switch (c.kind) {
    case 'COMPLAINT':
      return resolving ? { kind: 'COMPLAINT_RESOLUTION', start: c.acceptedOn! } : { kind: 'COMPLAINT_ACCEPTANCE', start: c.receivedOn };
    case 'DENUNCIATION':
      return resolving ? { kind: 'DENUNCIATION_RESOLUTION', start: c.acceptedOn! } : { kind: 'DENUNCIATION_INITIAL', start: c.receivedOn };
    case 'PETITION':
      // Processing the letter runs from receipt; once accepted, answering it is a period of its own.
      return resolving ? { kind: 'PETITION_ANSWER', start: c.acceptedOn! } : { kind: 'PETITION_PROCESSING', start: c.receivedOn };
  }
}

/**
 * The deadline input of a case as it stands: its phase's rule, its facts, the extensions
 * granted and the suspensions of the phase (a resumed suspension's last day is the day before
 * it resumed).
 */
export function caseDeadlineInput(c: CitizenCase, extensions: number, suspensions: readonly CaseSuspension[], extensionLengths?: readonly number[]): DeadlineInput {
  const { kind, start } = phaseRule(c);
  const lengths = kind === 'DENUNCIATION_RESOLUTION' && extensionLengths ? { extensionLengths } : {};
  return {
    kind,
    start,
    complexity: c.complexity,
    remoteArea: c.remoteArea,
    round: c.round ?? 'FIRST',
    severalPlaces: c.severalPlaces,
    extensions: kind === 'DENUNCIATION_RESOLUTION' ? extensions : 0,
    ...lengths,
    suspensions: suspensions
      .filter((s) => s.suspendedOn >= start)
      .map((s) => ({ from: s.suspendedOn, to: s.resumedOn ? addDays(s.resumedOn, -1) : null })),
  };
}

/** The outbox record of the case's deadline after a change. */
export function caseDeadlineChange(c: CitizenCase): DeadlineChange {
  const closed = c.status === 'RESOLVED' || c.status === 'DECLINED';
  return {
    itemKind: c.kind,
    itemId: c.id,
    jurisdictionId: c.jurisdictionId,
    state: closed ? 'CLEARED' : c.status === 'SUSPENDED' ? 'PAUSED' : 'OPEN',
    dueDate: closed ? null : c.dueDate,
    startDate: c.clockStart,
    rule: c.dueRule,
    explanation: c.dueExplanation,
    // Never the denouncer's name: notifications and logs must not carry it.
    title: `${KIND_VI[c.kind]} số ${c.number}: ${c.subject}`,
    assignee: { body: 'COMMITTEE', departmentId: c.handlingDepartmentId, officialId: c.handlingInspectorId },
    raisedBy: c.channel === 'COUNCIL' ? 'COUNCIL' : c.channel === 'FRONT' ? 'FRONT' : 'CITIZEN',
    field: c.field,
  };
}

/** A case with what its deadline depends on besides its own columns. */
export interface CaseWithHistory {
  c: CitizenCase;
  extensions: number;
  suspensions: CaseSuspension[];
  /** The days each extension decision granted, in order; absent: each took the rule's full period. */
  extensionLengths?: number[];
}

/** Cases whose clock runs or is paused. */
const OPEN = ['RECEIVED', 'ACCEPTED', 'SUSPENDED'];
const openCases = openRows(CitizenCase, { alias: 'c', open: 'c.status IN (:...open)', params: { open: OPEN }, start: 'c.clock_start', due: 'c.due_date' });

/** Reads the extensions and suspensions of the cases, in two statements. */
export async function withHistory(m: EntityManager, cases: CitizenCase[]): Promise<CaseWithHistory[]> {
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  const [extensions, suspensions] = await Promise.all([
    m.getRepository(CaseExtension).find({ where: { caseId: In(ids) }, select: { caseId: true, seq: true, days: true }, order: { seq: 'ASC' } }),
    m.getRepository(CaseSuspension).find({ where: { caseId: In(ids) }, order: { suspendedOn: 'ASC' } }),
  ]);
  return cases.map((c) => ({
    c,
    extensions: extensions.filter((e) => e.caseId === c.id).length,
    extensionLengths: extensions.filter((e) => e.caseId === c.id).map((e) => e.days),
    suspensions: suspensions.filter((s) => s.caseId === c.id),
  }));
}

/** The citizen case as a tracked item: its lifecycle and the recompute both go through it. */
export const trackedCase: TrackedItem<CaseWithHistory> = {
  name: 'CitizenCase',
  input: (_m, { c, extensions, suspensions, extensionLengths }) => caseDeadlineInput(c, extensions, suspensions, extensionLengths),
  storedDue: ({ c }) => c.dueDate,
  setDue({ c }, result) {
    Object.assign(c, { clockStart: result.explanation.start, dueDate: result.due, dueRule: ruleRef(result), dueExplanation: result.explanation });
  },
  change: (_m, { c }) => caseDeadlineChange(c),
  save: (m, { c }) => m.getRepository(CitizenCase).save(c),
  candidates: async (m, scope) => withHistory(m, await openCases.candidates(m, scope)),
  async lock(m, { c }) {
    const fresh = await openCases.lock(m, c);
    return fresh ? (await withHistory(m, [fresh]))[0] : null;
  },
};

/**
 * The command path's common part for a change to one case (core's changeRow): the case named
 * by `input.caseId`, the writer checked on the locked row, the deadline published after the save.
 */
export function caseCommand(operation: string, caseId: string, rule: EntityRule<CitizenCase>) {
  return {
    operation,
    rule,
    id: caseId,
    field: 'input.caseId',
    publish: (m: EntityManager, saved: CitizenCase) => publishDeadline(m, trackedCase, { c: saved, extensions: 0, suspensions: [] }),
  };
}

export const CASE_NUMBER_PREFIX = { COMPLAINT: 'KN', DENUNCIATION: 'TC', PETITION: 'PA' } as const;

/** Outcomes that fit each kind of case. */
export const OUTCOMES_BY_KIND = {
  COMPLAINT: ['UPHELD', 'PARTLY_UPHELD', 'REJECTED', 'WITHDRAWN'],
  DENUNCIATION: ['SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED', 'WITHDRAWN'],
  PETITION: ['ANSWERED', 'WITHDRAWN'],
} as const;

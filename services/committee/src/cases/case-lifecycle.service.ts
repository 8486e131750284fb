import {
  badInput,
  conflict,
  deadlineCalculator,
  isIsoDate,
  isUniqueViolation,
  nfc,
  notFound,
  recordDeadlineChange,
  ruleRef,
  type DeadlineCalculator,
  type DeadlineFieldMap,
  type GraphContext,
  type Role,
} from '@phoihop/core';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { storeDenouncer } from '../denouncers/denouncers.service';
import { Department } from '../directory/department.entity';
import type {
  AcceptCitizenCaseInput,
  DeclineCitizenCaseInput,
  ExtendCitizenCaseInput,
  ReceiveCitizenCaseInput,
  ResolveCitizenCaseInput,
  ResumeCitizenCaseInput,
  SuspendCitizenCaseInput,
} from '../generated/graphql';
import { CaseExtension } from './case-extension.entity';
import { checkHandlingInspector, checkReceiveReferences, nextCaseNumber } from './case-references';
import { CaseSuspension } from './case-suspension.entity';
import { OUTCOMES_BY_KIND, caseDeadlineChange, caseDeadlineInput } from './case-deadline';
import { CitizenCase } from './citizen-case.entity';

/** Who moves a case: leaders of the jurisdiction; inspectors and staff of the handling department. */
const HANDLERS: Role[] = ['COMMITTEE_LEADER', 'INSPECTOR', 'DEPARTMENT_STAFF'];

const text = (value: string | null | undefined, field: string, what: string): string => {
  const v = nfc((value ?? '').trim());
  if (!v) throw badInput(field, `Cần nhập ${what}.`);
  return v;
};

/**
 * The case state machine: received → accepted (or declined) → resolved, with suspensions
 * (the clock pauses) and, for denunciations, extensions by decision. Every step that moves the
 * deadline writes the outbox in the same transaction; bad input writes nothing.
 */
export class CaseLifecycleService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.require(HANDLERS);
  }

  /** Rules and calendar, read before the transaction opens (see deadlineCalculator). */
  private calculate!: DeadlineCalculator;

  private get today(): string {
    return this.ctx.today();
  }

  private notAfterToday(date: string, field: string): void {
    if (!isIsoDate(date) || date > this.today) throw badInput(field, 'Ngày không được sau hôm nay.');
  }

  async receive(input: ReceiveCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(HANDLERS, { jurisdictionId: input.jurisdictionId, departmentId: input.handlingDepartmentId });
    const subject = text(input.subject, 'input.subject', 'trích yếu nội dung đơn');
    const content = text(input.content, 'input.content', 'nội dung đơn');
    this.notAfterToday(input.receivedOn, 'input.receivedOn');
    if (input.kind === 'COMPLAINT' && !input.round) throw badInput('input.round', 'Khiếu nại phải ghi lần giải quyết (lần đầu, lần hai).');
    if (input.kind !== 'COMPLAINT' && input.round) throw badInput('input.round', 'Chỉ khiếu nại mới có lần giải quyết.');
    if (input.kind === 'DENUNCIATION') {
      if (input.petitionerName) throw badInput('input.petitionerName', 'Thông tin người tố cáo ghi ở mục người tố cáo (được bảo mật).');
      if (!input.denouncer) throw badInput('input.denouncer', 'Cần ghi thông tin người tố cáo.');
      text(input.denouncer.fullName, 'input.denouncer.fullName', 'họ tên người tố cáo');
    } else if (input.denouncer) {
      throw badInput('input.denouncer', 'Chỉ đơn tố cáo mới có người tố cáo.');
    }

    this.calculate = await deadlineCalculator(this.ctx.db, { 'input.start': 'input.receivedOn' });
    const saved = await this.ctx.db.transaction(async (m) => {
      await checkReceiveReferences(m, input);
      const c = m.getRepository(CitizenCase).create({
        jurisdictionId: input.jurisdictionId,
        number: await nextCaseNumber(m, input.jurisdictionId, input.kind, input.receivedOn),
        kind: input.kind,
        channel: input.channel,
        round: input.round ?? null,
        complexity: input.complexity ?? 'NORMAL',
        remoteArea: input.remoteArea ?? false,
        severalPlaces: input.severalPlaces ?? false,
        subject,
        content,
        field: input.field ?? null,
        petitionerName: input.petitionerName ? nfc(input.petitionerName.trim()) : null,
        receivedOn: input.receivedOn,
        receptionDayId: input.receptionDayId ?? null,
        handlingDepartmentId: input.handlingDepartmentId,
        handlingInspectorId: input.handlingInspectorId ?? null,
        status: 'RECEIVED',
        acceptedOn: null,
        declinedOn: null,
        declineReason: null,
        resolvedOn: null,
        decisionNumber: null,
        outcome: null,
        outcomeSummary: null,
        createdAt: this.ctx.clock.now(),
      });
      this.recompute(c, 0, []);
      const saved = await m.getRepository(CitizenCase).save(c);
      if (input.denouncer) await storeDenouncer(m, saved.id, input.denouncer);
      await recordDeadlineChange(m, caseDeadlineChange(saved));
      return saved;
    }).catch((error: unknown) => {
      // The book's lock makes this unreachable in practice; a clash is still the caller's to retry, not a server fault.
      if (isUniqueViolation(error)) throw conflict('Số vào sổ vừa được dùng; vui lòng thử lại.', 'input.receivedOn');
      throw error;
    });
    return saved;
  }

  accept(input: AcceptCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.acceptedOn, 'input.acceptedOn');
    return this.step(input.caseId, { 'input.start': 'input.acceptedOn' }, async (m, c) => {
      if (c.status !== 'RECEIVED') throw conflict('Chỉ thụ lý được đơn đang chờ thụ lý.', 'input.caseId');
      if (input.acceptedOn < c.receivedOn) throw badInput('input.acceptedOn', 'Ngày thụ lý không được trước ngày nhận đơn.');
      const inspectorId = await this.inspectorOnAcceptance(m, c, input.handlingInspectorId ?? null);
      Object.assign(c, { status: 'ACCEPTED', acceptedOn: input.acceptedOn, complexity: input.complexity ?? c.complexity, handlingInspectorId: inspectorId });
      this.recompute(c, 0, []);
    });
  }

  decline(input: DeclineCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.declinedOn, 'input.declinedOn');
    const reason = text(input.reason, 'input.reason', 'lý do không thụ lý');
    return this.step(input.caseId, {}, async (_m, c) => {
      if (c.status !== 'RECEIVED') throw conflict('Chỉ từ chối thụ lý được đơn đang chờ thụ lý.', 'input.caseId');
      if (input.declinedOn < c.receivedOn) throw badInput('input.declinedOn', 'Ngày không thụ lý không được trước ngày nhận đơn.');
      Object.assign(c, { status: 'DECLINED', declinedOn: input.declinedOn, declineReason: reason });
    });
  }

  extend(input: ExtendCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.decidedOn, 'input.decidedOn');
    const decisionNumber = text(input.decisionNumber, 'input.decisionNumber', 'số quyết định gia hạn');
    const reason = text(input.reason, 'input.reason', 'lý do gia hạn');
    return this.step(input.caseId, {}, async (m, c) => {
      if (c.kind !== 'DENUNCIATION') throw conflict('Chỉ gia hạn được thời hạn giải quyết tố cáo.', 'input.caseId');
      if (c.status !== 'ACCEPTED') throw conflict('Chỉ gia hạn được vụ việc đang giải quyết.', 'input.caseId');
      if (input.decidedOn < c.acceptedOn!) throw badInput('input.decidedOn', 'Ngày quyết định gia hạn không được trước ngày thụ lý.');
      // An extension is decided while the period runs; once it has lapsed the case is overdue, not extendable.
      if (c.dueDate && input.decidedOn > c.dueDate) throw badInput('input.decidedOn', `Thời hạn giải quyết đã hết ngày ${c.dueDate}; không thể gia hạn sau hạn.`);
      const [extensions, suspensions] = await this.history(m, c.id);
      if (extensions.length >= 2) throw conflict('Thời hạn giải quyết tố cáo chỉ được gia hạn tối đa hai lần.', 'input.caseId');
      const previousDue = c.dueDate!;
      this.recompute(c, extensions.length + 1, suspensions);
      await m.getRepository(CaseExtension).insert({
        caseId: c.id,
        seq: extensions.length + 1,
        decisionNumber,
        decidedOn: input.decidedOn,
        reason,
        previousDue,
        newDue: c.dueDate!,
      });
    });
  }

  suspend(input: SuspendCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.suspendedOn, 'input.suspendedOn');
    const decisionNumber = text(input.decisionNumber, 'input.decisionNumber', 'số quyết định tạm đình chỉ');
    const reason = text(input.reason, 'input.reason', 'lý do tạm đình chỉ');
    return this.step(input.caseId, { 'input.suspensions': 'input.suspendedOn', 'input.start': 'input.suspendedOn' }, async (m, c) => {
      if (c.status !== 'ACCEPTED') throw conflict('Chỉ tạm đình chỉ được vụ việc đang giải quyết.', 'input.caseId');
      if (input.suspendedOn < c.acceptedOn!) throw badInput('input.suspendedOn', 'Ngày tạm đình chỉ không được trước ngày thụ lý.');
      // Suspending after the due date would hide an overdue case and stop its escalation.
      if (c.dueDate && input.suspendedOn > c.dueDate) throw badInput('input.suspendedOn', `Thời hạn giải quyết đã hết ngày ${c.dueDate}; không thể tạm đình chỉ sau hạn.`);
      const [extensions, suspensions] = await this.history(m, c.id);
      if (suspensions.some((s) => s.resumedOn && s.resumedOn > input.suspendedOn)) {
        throw badInput('input.suspendedOn', 'Ngày tạm đình chỉ phải sau lần tạm đình chỉ trước.');
      }
      const suspension = m.getRepository(CaseSuspension).create({
        caseId: c.id,
        decisionNumber,
        suspendedOn: input.suspendedOn,
        reason,
        resumedOn: null,
        resumeDecisionNumber: null,
      });
      await m.getRepository(CaseSuspension).save(suspension);
      c.status = 'SUSPENDED';
      this.recompute(c, extensions.length, [...suspensions, suspension]);
    });
  }

  resume(input: ResumeCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.resumedOn, 'input.resumedOn');
    const decisionNumber = text(input.decisionNumber, 'input.decisionNumber', 'số quyết định tiếp tục giải quyết');
    return this.step(input.caseId, { 'input.suspensions': 'input.resumedOn', 'input.start': 'input.resumedOn' }, async (m, c) => {
      if (c.status !== 'SUSPENDED') throw conflict('Vụ việc không ở trạng thái tạm đình chỉ.', 'input.caseId');
      const [extensions, suspensions] = await this.history(m, c.id);
      const open = suspensions.find((s) => s.resumedOn === null)!;
      if (input.resumedOn <= open.suspendedOn) throw badInput('input.resumedOn', 'Ngày tiếp tục phải sau ngày tạm đình chỉ.');
      Object.assign(open, { resumedOn: input.resumedOn, resumeDecisionNumber: decisionNumber });
      await m.getRepository(CaseSuspension).save(open);
      c.status = 'ACCEPTED';
      this.recompute(c, extensions.length, suspensions);
    });
  }

  resolve(input: ResolveCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.resolvedOn, 'input.resolvedOn');
    const decisionNumber = text(input.decisionNumber, 'input.decisionNumber', 'số quyết định/văn bản giải quyết');
    const summary = text(input.summary, 'input.summary', 'tóm tắt kết quả giải quyết');
    if (input.outcome === 'WITHDRAWN') throw badInput('input.outcome', 'Rút đơn được ghi nhận qua withdrawCitizenCase.');
    return this.step(input.caseId, {}, async (_m, c) => {
      if (c.status === 'RECEIVED') throw conflict('Đơn chưa được thụ lý, chưa thể giải quyết.', 'input.caseId');
      if (c.status === 'SUSPENDED') throw conflict('Vụ việc đang tạm đình chỉ; cần tiếp tục giải quyết trước.', 'input.caseId');
      if (c.status !== 'ACCEPTED') throw conflict('Vụ việc đã kết thúc.', 'input.caseId');
      if (input.resolvedOn < c.acceptedOn!) throw badInput('input.resolvedOn', 'Ngày giải quyết không được trước ngày thụ lý.');
      if (!(OUTCOMES_BY_KIND[c.kind] as readonly string[]).includes(input.outcome)) {
        throw badInput('input.outcome', `Kết quả ${input.outcome} không phù hợp với loại đơn.`);
      }
      Object.assign(c, { status: 'RESOLVED', resolvedOn: input.resolvedOn, decisionNumber, outcome: input.outcome, outcomeSummary: summary });
    });
  }

  /**
   * Reads the deadline rules first (no connection held meanwhile), then locks the case, checks
   * the handler's scope, applies the change, saves, writes the outbox.
   */
  private async step(caseId: string, fields: DeadlineFieldMap, change: (m: EntityManager, c: CitizenCase) => Promise<void>): Promise<CitizenCase> {
    this.calculate = await deadlineCalculator(this.ctx.db, fields);
    return this.ctx.db.transaction(async (m) => {
      const c = await m.getRepository(CitizenCase).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id: caseId }).getOne();
      if (!c) throw notFound('CitizenCase', caseId, 'input.caseId');
      this.ctx.access.require(HANDLERS, { jurisdictionId: c.jurisdictionId, departmentId: c.handlingDepartmentId });
      await change(m, c);
      const saved = await m.getRepository(CitizenCase).save(c);
      await recordDeadlineChange(m, caseDeadlineChange(saved));
      return saved;
    });
  }

  private async history(m: EntityManager, caseId: string): Promise<[CaseExtension[], CaseSuspension[]]> {
    return Promise.all([
      m.getRepository(CaseExtension).find({ where: { caseId }, order: { seq: 'ASC' } }),
      m.getRepository(CaseSuspension).find({ where: { caseId }, order: { suspendedOn: 'ASC' } }),
    ]);
  }

  /** Sets the case's due date, rule and explanation from the rules in force at its clock start. */
  private recompute(c: CitizenCase, extensions: number, suspensions: CaseSuspension[]): void {
    const input = caseDeadlineInput(c, extensions, suspensions);
    let result;
    try {
      result = this.calculate(input);
    } catch (error) {
      // The rules refuse an extension the case's complexity does not allow.
      if (error instanceof GraphQLError && error.extensions.field === 'input.extensions') throw conflict(error.message, 'input.caseId');
      throw error;
    }
    c.clockStart = input.start;
    c.dueDate = result.due;
    c.dueRule = ruleRef(result);
    c.dueExplanation = result.explanation;
  }

  /**
   * Thụ lý sets the inspector only when none is set, and a denunciation needs one from then on:
   * the denouncer's identity is read by that inspector alone. Changing it is a transfer.
   */
  private async inspectorOnAcceptance(m: EntityManager, c: CitizenCase, requested: string | null): Promise<string | null> {
    if (requested && c.handlingInspectorId && requested !== c.handlingInspectorId) {
      throw conflict('Vụ việc đã có người trực tiếp giải quyết; việc thay đổi thực hiện bằng chuyển đơn (transferCitizenCase).', 'input.handlingInspectorId');
    }
    if (requested && !c.handlingInspectorId) {
      const department = await m.getRepository(Department).findOneByOrFail({ id: c.handlingDepartmentId });
      await checkHandlingInspector(m, requested, department);
    }
    const inspectorId = c.handlingInspectorId ?? requested;
    if (c.kind === 'DENUNCIATION' && !inspectorId) {
      throw badInput('input.handlingInspectorId', 'Đơn tố cáo phải giao cho một thanh tra viên trực tiếp giải quyết khi thụ lý.');
    }
    return inspectorId;
  }
}

import {
  TEXT_LIMIT,
  badInput,
  changeRow,
  computeDue,
  conflict,
  createRow,
  deadlineCalculator,
  intBetween,
  nfc,
  notAfter,
  optionalText,
  publishDeadline,
  raisesComplexity,
  requiredText,
  type DeadlineCalculator,
  type DeadlineExplanation,
  type DeadlineFieldMap,
  type GraphContext,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { CASE_RULE } from '../access';
import { storeDenouncer } from '../denouncers/denouncers.service';
import { Department } from '../directory/department.entity';
import type {
  AcceptCitizenCaseInput,
  DeclineCitizenCaseInput,
  ExtendCitizenCaseInput,
  InspectorDecisionInput,
  ReceiveCitizenCaseInput,
  ResolveCitizenCaseInput,
  ResumeCitizenCaseInput,
  SuspendCitizenCaseInput,
} from '../generated/graphql';
import { CaseExtension } from './case-extension.entity';
import { CaseContestedDecision } from './case-letter.entities';
import { CaseLettersService } from './case-letters.service';
import { checkReceiveReferences, nextCaseNumber } from './case-references';
import { decideInspector, recordInspectorDecision } from './inspector-assignment';
import { CaseSuspension } from './case-suspension.entity';
import { suspensionGround } from './suspension-grounds';
import { OUTCOMES_BY_KIND, caseCommand, trackedCase, type CaseWithHistory } from './case-deadline';
import { CitizenCase } from './citizen-case.entity';

type CaseHistory = Omit<CaseWithHistory, 'c'>;

const decision = (field: string, value: string, what: string) => requiredText(field, value, { what, max: TEXT_LIMIT.code });
const reason = (field: string, value: string, what: string) => requiredText(field, value, { what, max: TEXT_LIMIT.text });

/**
 * The case state machine: received → accepted (or declined) → resolved, with suspensions
 * (the clock pauses) and, for denunciations, extensions by decision. Every step that moves the
 * deadline writes the outbox in the same transaction; bad input writes nothing.
 */
export class CaseLifecycleService {
  constructor(private readonly ctx: GraphContext) {}

  /** Rules and calendar, read before the transaction opens (see deadlineCalculator). */
  private calculate!: DeadlineCalculator;

  private notAfterToday(field: string, date: string): void {
    notAfter(field, date, this.ctx.today());
  }

  async receive(input: ReceiveCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers, { jurisdictionId: input.jurisdictionId, departmentId: input.handlingDepartmentId });
    const subject = requiredText('input.subject', input.subject, { what: 'trích yếu nội dung đơn', max: TEXT_LIMIT.title });
    const content = requiredText('input.content', input.content, { what: 'nội dung đơn' });
    this.notAfterToday('input.receivedOn', input.receivedOn);
    if (input.kind === 'COMPLAINT' && !input.round) throw badInput('input.round', 'Khiếu nại phải ghi lần giải quyết (lần đầu, lần hai).');
    if (input.kind !== 'COMPLAINT' && input.round) throw badInput('input.round', 'Chỉ khiếu nại mới có lần giải quyết.');
    if (input.kind === 'DENUNCIATION') {
      if (input.petitionerName) throw badInput('input.petitionerName', 'Thông tin người tố cáo ghi ở mục người tố cáo (được bảo mật).');
      if (!input.denouncer) throw badInput('input.denouncer', 'Cần ghi thông tin người tố cáo.');
      requiredText('input.denouncer.fullName', input.denouncer.fullName, { what: 'họ tên người tố cáo', max: TEXT_LIMIT.name });
    } else if (input.denouncer) {
      throw badInput('input.denouncer', 'Chỉ đơn tố cáo mới có người tố cáo.');
    }

    this.calculate = await deadlineCalculator(this.ctx.db, { 'input.start': 'input.receivedOn' });
    let contested: Omit<CaseContestedDecision, 'caseId'> | null = null;
    let decided: Awaited<ReturnType<typeof decideInspector>> | null = null;
    return createRow(this.ctx, {
      operation: 'receiveCitizenCase',
      entity: CitizenCase,
      authorize: () => undefined, // checked above, on the jurisdiction and department the input names
      build: async (m) => {
        await checkReceiveReferences(m, input);
        if (input.handlingInspectorId) {
          const department = await m.getRepository(Department).findOneByOrFail({ id: input.handlingDepartmentId });
          decided = await decideInspector(this.ctx, m, input, department, input.handlingInspectorId, input.inspectorDecision);
        }
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
        await computeDue(m, trackedCase, { c, extensions: 0, suspensions: [] }, this.calculate);
        contested = await new CaseLettersService(this.ctx).contestedDecision(m, c, input.contestedDecision);
        return c;
      },
      after: async (m, saved) => {
        if (input.denouncer) await storeDenouncer(m, saved.id, input.denouncer);
        if (contested) await m.getRepository(CaseContestedDecision).insert({ ...contested, caseId: saved.id });
        if (decided) await recordInspectorDecision(m, saved.id, decided);
      },
      publish: (m, saved) => publishDeadline(m, trackedCase, { c: saved, extensions: 0, suspensions: [] }),
      // The book's lock makes this unreachable in practice; a clash is still the caller's to retry, not a server fault.
      unique: { field: 'input.receivedOn', message: 'Số vào sổ vừa được dùng; vui lòng thử lại.' },
    });
  }

  accept(input: AcceptCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    this.notAfterToday('input.acceptedOn', input.acceptedOn);
    return this.step('acceptCitizenCase', input.caseId, ['RECEIVED'], 'Chỉ thụ lý được đơn đang chờ thụ lý.', { 'input.start': 'input.acceptedOn' }, async (m, c) => {
      if (input.acceptedOn < c.receivedOn) throw badInput('input.acceptedOn', 'Ngày thụ lý không được trước ngày nhận đơn.');
      const inspectorId = await this.inspectorOnAcceptance(m, c, input.handlingInspectorId ?? null, input.inspectorDecision);
      Object.assign(c, { status: 'ACCEPTED', acceptedOn: input.acceptedOn, complexity: input.complexity ?? c.complexity, handlingInspectorId: inspectorId });
      return { extensions: 0, suspensions: [] };
    });
  }

  decline(input: DeclineCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    this.notAfterToday('input.declinedOn', input.declinedOn);
    const why = reason('input.reason', input.reason, 'lý do không thụ lý');
    return this.step('declineCitizenCase', input.caseId, ['RECEIVED'], 'Chỉ từ chối thụ lý được đơn đang chờ thụ lý.', {}, async (_m, c) => {
      if (input.declinedOn < c.receivedOn) throw badInput('input.declinedOn', 'Ngày không thụ lý không được trước ngày nhận đơn.');
      Object.assign(c, { status: 'DECLINED', declinedOn: input.declinedOn, declineReason: why });
      return null;
    });
  }

  extend(input: ExtendCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    this.notAfterToday('input.decidedOn', input.decidedOn);
    const decisionNumber = decision('input.decisionNumber', input.decisionNumber, 'số quyết định gia hạn');
    const why = reason('input.reason', input.reason, 'lý do gia hạn');
    return this.step('extendCitizenCase', input.caseId, ['ACCEPTED'], 'Chỉ gia hạn được vụ việc đang giải quyết.', {}, async (m, c) => {
      if (c.kind !== 'DENUNCIATION') throw conflict('Chỉ gia hạn được thời hạn giải quyết tố cáo.', 'input.caseId');
      if (input.decidedOn < c.acceptedOn!) throw badInput('input.decidedOn', 'Ngày quyết định gia hạn không được trước ngày thụ lý.');
      // An extension is decided while the period runs; once it has lapsed the case is overdue, not extendable.
      if (c.dueDate && input.decidedOn > c.dueDate) throw badInput('input.decidedOn', `Thời hạn giải quyết đã hết ngày ${c.dueDate}; không thể gia hạn sau hạn.`);
      const [extensions, suspensions] = await this.history(m, c.id);
      const lengths = extensions.map((e) => e.days);
      const previousDue = c.dueDate!;
      // The decision may declare the case (especially) complex; the limit then follows the new complexity.
      const raised = input.complexity && input.complexity !== c.complexity ? input.complexity : null;
      if (raised) {
        if (!raisesComplexity(c.complexity, raised)) throw badInput('input.complexity', 'Quyết định gia hạn chỉ có thể xác định vụ việc phức tạp hơn, không thể hạ mức.');
        c.complexity = raised;
        await computeDue(m, trackedCase, { c, extensions: extensions.length, suspensions, extensionLengths: lengths }, this.calculate);
      }
      // The rule in force allows so many extensions for the case's complexity (stored with its deadline).
      const { max, daysEach } = (c.dueExplanation as DeadlineExplanation).extensions;
      if (extensions.length >= max) throw conflict(`Thời hạn giải quyết tố cáo này chỉ được gia hạn tối đa ${max} lần.`, 'input.caseId');
      const days = input.days == null ? daysEach : intBetween('input.days', input.days, 1, daysEach);
      const due = await computeDue(m, trackedCase, { c, extensions: extensions.length + 1, suspensions, extensionLengths: [...lengths, days] }, this.calculate);
      await m.getRepository(CaseExtension).insert({
        caseId: c.id,
        seq: extensions.length + 1,
        decisionNumber,
        decidedOn: input.decidedOn,
        reason: why,
        previousDue,
        newDue: due.due!,
        days,
        complexity: raised,
      });
      return null;
    });
  }

  suspend(input: SuspendCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    this.notAfterToday('input.suspendedOn', input.suspendedOn);
    const decisionNumber = decision('input.decisionNumber', input.decisionNumber, 'số quyết định tạm đình chỉ');
    const details = optionalText('input.reason', input.reason, { max: TEXT_LIMIT.text }) ?? null;
    const fields = { 'input.suspensions': 'input.suspendedOn', 'input.start': 'input.suspendedOn' };
    return this.step('suspendCitizenCase', input.caseId, ['ACCEPTED'], 'Chỉ tạm đình chỉ được vụ việc đang giải quyết.', fields, async (m, c) => {
      const { ground, reason: why } = suspensionGround(c, input.ground, details);
      if (input.suspendedOn < c.acceptedOn!) throw badInput('input.suspendedOn', 'Ngày tạm đình chỉ không được trước ngày thụ lý.');
      // Suspending after the due date would hide an overdue case and stop its escalation.
      if (c.dueDate && input.suspendedOn > c.dueDate) throw badInput('input.suspendedOn', `Thời hạn giải quyết đã hết ngày ${c.dueDate}; không thể tạm đình chỉ sau hạn.`);
      const [extensions, suspensions] = await this.history(m, c.id);
      if (suspensions.some((s) => s.resumedOn && s.resumedOn > input.suspendedOn)) {
        throw badInput('input.suspendedOn', 'Ngày tạm đình chỉ phải sau lần tạm đình chỉ trước.');
      }
      const suspension = await m.getRepository(CaseSuspension).save(
        m.getRepository(CaseSuspension).create({ caseId: c.id, decisionNumber, suspendedOn: input.suspendedOn, reason: why, ground, resumedOn: null, resumeDecisionNumber: null }),
      );
      c.status = 'SUSPENDED';
      return { extensions: extensions.length, suspensions: [...suspensions, suspension], extensionLengths: extensions.map((e) => e.days) };
    });
  }

  resume(input: ResumeCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    this.notAfterToday('input.resumedOn', input.resumedOn);
    const decisionNumber = decision('input.decisionNumber', input.decisionNumber, 'số quyết định tiếp tục giải quyết');
    const fields = { 'input.suspensions': 'input.resumedOn', 'input.start': 'input.resumedOn' };
    return this.step('resumeCitizenCase', input.caseId, ['SUSPENDED'], 'Vụ việc không ở trạng thái tạm đình chỉ.', fields, async (m, c) => {
      const [extensions, suspensions] = await this.history(m, c.id);
      const open = suspensions.find((s) => s.resumedOn === null)!;
      if (input.resumedOn <= open.suspendedOn) throw badInput('input.resumedOn', 'Ngày tiếp tục phải sau ngày tạm đình chỉ.');
      Object.assign(open, { resumedOn: input.resumedOn, resumeDecisionNumber: decisionNumber });
      await m.getRepository(CaseSuspension).save(open);
      c.status = 'ACCEPTED';
      return { extensions: extensions.length, suspensions, extensionLengths: extensions.map((e) => e.days) };
    });
  }

  resolve(input: ResolveCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    this.notAfterToday('input.resolvedOn', input.resolvedOn);
    const decisionNumber = decision('input.decisionNumber', input.decisionNumber, 'số quyết định/văn bản giải quyết');
    const summary = requiredText('input.summary', input.summary, { what: 'tóm tắt kết quả giải quyết', max: TEXT_LIMIT.title });
    if (input.outcome === 'WITHDRAWN') throw badInput('input.outcome', 'Rút đơn được ghi nhận qua withdrawCitizenCase.');
    return this.step('resolveCitizenCase', input.caseId, ['RECEIVED', 'SUSPENDED', 'ACCEPTED'], 'Vụ việc đã kết thúc.', {}, async (_m, c) => {
      if (c.status === 'RECEIVED') throw conflict('Đơn chưa được thụ lý, chưa thể giải quyết.', 'input.caseId');
      if (c.status === 'SUSPENDED') throw conflict('Vụ việc đang tạm đình chỉ; cần tiếp tục giải quyết trước.', 'input.caseId');
      if (input.resolvedOn < c.acceptedOn!) throw badInput('input.resolvedOn', 'Ngày giải quyết không được trước ngày thụ lý.');
      if (!(OUTCOMES_BY_KIND[c.kind] as readonly string[]).includes(input.outcome)) {
        throw badInput('input.outcome', `Kết quả ${input.outcome} không phù hợp với loại đơn.`);
      }
      Object.assign(c, { status: 'RESOLVED', resolvedOn: input.resolvedOn, decisionNumber, outcome: input.outcome, outcomeSummary: summary });
      return null;
    });
  }

  /**
   * Reads the deadline rules first (no connection held meanwhile), then runs the command path:
   * lock the case, check the handler's scope on it (the role was checked first thing) and its state, apply the change, recompute the
   * deadline from the history `change` returns (null: the deadline stands or was computed),
   * save, write the outbox.
   */
  private async step(
    operation: string,
    caseId: string,
    states: readonly string[],
    message: string,
    fields: DeadlineFieldMap,
    change: (m: EntityManager, c: CitizenCase) => Promise<CaseHistory | null>,
  ): Promise<CitizenCase> {
    this.calculate = await deadlineCalculator(this.ctx.db, fields);
    return changeRow(this.ctx, {
      ...caseCommand(operation, caseId, CASE_RULE),
      from: { states, message },
      apply: async (m, c) => {
        const history = await change(m, c);
        if (history) await computeDue(m, trackedCase, { c, ...history }, this.calculate);
      },
    });
  }

  private history(m: EntityManager, caseId: string): Promise<[CaseExtension[], CaseSuspension[]]> {
    return Promise.all([
      m.getRepository(CaseExtension).find({ where: { caseId }, order: { seq: 'ASC' } }),
      m.getRepository(CaseSuspension).find({ where: { caseId }, order: { suspendedOn: 'ASC' } }),
    ]);
  }

  /**
   * Thụ lý sets the inspector only when none is set, and a denunciation needs one from then on:
   * the denouncer's identity is read by that inspector alone. Changing it is a transfer.
   */
  private async inspectorOnAcceptance(m: EntityManager, c: CitizenCase, requested: string | null, decision: InspectorDecisionInput | null | undefined): Promise<string | null> {
    if (requested && c.handlingInspectorId && requested !== c.handlingInspectorId) {
      throw conflict('Vụ việc đã có người trực tiếp giải quyết; việc thay đổi thực hiện bằng chuyển đơn (transferCitizenCase).', 'input.handlingInspectorId');
    }
    if (requested && !c.handlingInspectorId) {
      const department = await m.getRepository(Department).findOneByOrFail({ id: c.handlingDepartmentId });
      await recordInspectorDecision(m, c.id, await decideInspector(this.ctx, m, c, department, requested, decision));
    }
    const inspectorId = c.handlingInspectorId ?? requested;
    if (c.kind === 'DENUNCIATION' && !inspectorId) {
      throw badInput('input.handlingInspectorId', 'Đơn tố cáo phải giao cho một thanh tra viên trực tiếp giải quyết khi thụ lý.');
    }
    return inspectorId;
  }
}

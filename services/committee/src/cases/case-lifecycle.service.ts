import {
  badInput,
  conflict,
  isIsoDate,
  localDate,
  nfc,
  notFound,
  recordDeadlineChange,
  type GraphContext,
  type Role,
} from '@phoihop/core';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { computeDeadlineFromReference as computeDue, ruleRef } from '@phoihop/core';
import { Department } from '../directory/department.entity';
import { Official } from '../directory/official.entity';
import type {
  AcceptCitizenCaseInput,
  DeclineCitizenCaseInput,
  ExtendCitizenCaseInput,
  ReceiveCitizenCaseInput,
  ResolveCitizenCaseInput,
  ResumeCitizenCaseInput,
  SuspendCitizenCaseInput,
} from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
import { ReceptionDay } from '../reception/reception-day.entity';
import { CaseExtension } from './case-extension.entity';
import { CaseSuspension } from './case-suspension.entity';
import { CASE_NUMBER_PREFIX, OUTCOMES_BY_KIND, caseDeadlineChange, caseDeadlineInput } from './case-deadline';
import { CitizenCase } from './citizen-case.entity';
import { Denouncer } from './denouncer.entity';

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

  private get today(): string {
    return localDate(this.ctx.clock.now());
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

    return this.ctx.db.transaction(async (m) => {
      await this.checkReceiveReferences(m, input);
      const year = input.receivedOn.slice(0, 4);
      const [{ n }] = await m.query(
        `SELECT count(*)::int + 1 AS n FROM "committee"."citizen_case"
          WHERE jurisdiction_id = $1 AND kind = $2 AND extract(year FROM received_on) = $3`,
        [input.jurisdictionId, input.kind, Number(year)],
      );
      const c = m.getRepository(CitizenCase).create({
        jurisdictionId: input.jurisdictionId,
        number: `${CASE_NUMBER_PREFIX[input.kind]}-${n}/${year}`,
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
      await this.recompute(c, 0, []);
      const saved = await m.getRepository(CitizenCase).save(c);
      if (input.denouncer) {
        const d = input.denouncer;
        await m.getRepository(Denouncer).insert({
          caseId: saved.id,
          fullName: nfc(d.fullName.trim()),
          address: d.address ? nfc(d.address.trim()) : null,
          phone: d.phone?.trim() || null,
          idNumber: d.idNumber?.trim() || null,
        });
      }
      await recordDeadlineChange(m, caseDeadlineChange(saved));
      return saved;
    });
  }

  accept(input: AcceptCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.acceptedOn, 'input.acceptedOn');
    return this.step(input.caseId, async (m, c) => {
      if (c.status !== 'RECEIVED') throw conflict('Chỉ thụ lý được đơn đang chờ thụ lý.', 'input.caseId');
      if (input.acceptedOn < c.receivedOn) throw badInput('input.acceptedOn', 'Ngày thụ lý không được trước ngày nhận đơn.');
      if (input.handlingInspectorId) await this.checkOfficial(m, input.handlingInspectorId, c.jurisdictionId, 'input.handlingInspectorId');
      Object.assign(c, {
        status: 'ACCEPTED',
        acceptedOn: input.acceptedOn,
        complexity: input.complexity ?? c.complexity,
        handlingInspectorId: input.handlingInspectorId ?? c.handlingInspectorId,
      });
      await this.recompute(c, 0, []);
    });
  }

  decline(input: DeclineCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.declinedOn, 'input.declinedOn');
    const reason = text(input.reason, 'input.reason', 'lý do không thụ lý');
    return this.step(input.caseId, async (_m, c) => {
      if (c.status !== 'RECEIVED') throw conflict('Chỉ từ chối thụ lý được đơn đang chờ thụ lý.', 'input.caseId');
      if (input.declinedOn < c.receivedOn) throw badInput('input.declinedOn', 'Ngày không thụ lý không được trước ngày nhận đơn.');
      Object.assign(c, { status: 'DECLINED', declinedOn: input.declinedOn, declineReason: reason });
    });
  }

  extend(input: ExtendCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.decidedOn, 'input.decidedOn');
    const decisionNumber = text(input.decisionNumber, 'input.decisionNumber', 'số quyết định gia hạn');
    const reason = text(input.reason, 'input.reason', 'lý do gia hạn');
    return this.step(input.caseId, async (m, c) => {
      if (c.kind !== 'DENUNCIATION') throw conflict('Chỉ gia hạn được thời hạn giải quyết tố cáo.', 'input.caseId');
      if (c.status !== 'ACCEPTED') throw conflict('Chỉ gia hạn được vụ việc đang giải quyết.', 'input.caseId');
      if (input.decidedOn < c.acceptedOn!) throw badInput('input.decidedOn', 'Ngày quyết định gia hạn không được trước ngày thụ lý.');
      const [extensions, suspensions] = await this.history(m, c.id);
      if (extensions.length >= 2) throw conflict('Thời hạn giải quyết tố cáo chỉ được gia hạn tối đa hai lần.', 'input.caseId');
      const previousDue = c.dueDate!;
      await this.recompute(c, extensions.length + 1, suspensions);
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
    return this.step(input.caseId, async (m, c) => {
      if (c.status !== 'ACCEPTED') throw conflict('Chỉ tạm đình chỉ được vụ việc đang giải quyết.', 'input.caseId');
      if (input.suspendedOn < c.acceptedOn!) throw badInput('input.suspendedOn', 'Ngày tạm đình chỉ không được trước ngày thụ lý.');
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
      await this.recompute(c, extensions.length, [...suspensions, suspension]);
    });
  }

  resume(input: ResumeCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.resumedOn, 'input.resumedOn');
    const decisionNumber = text(input.decisionNumber, 'input.decisionNumber', 'số quyết định tiếp tục giải quyết');
    return this.step(input.caseId, async (m, c) => {
      if (c.status !== 'SUSPENDED') throw conflict('Vụ việc không ở trạng thái tạm đình chỉ.', 'input.caseId');
      const [extensions, suspensions] = await this.history(m, c.id);
      const open = suspensions.find((s) => s.resumedOn === null)!;
      if (input.resumedOn <= open.suspendedOn) throw badInput('input.resumedOn', 'Ngày tiếp tục phải sau ngày tạm đình chỉ.');
      Object.assign(open, { resumedOn: input.resumedOn, resumeDecisionNumber: decisionNumber });
      await m.getRepository(CaseSuspension).save(open);
      c.status = 'ACCEPTED';
      await this.recompute(c, extensions.length, suspensions);
    });
  }

  resolve(input: ResolveCitizenCaseInput): Promise<CitizenCase> {
    this.notAfterToday(input.resolvedOn, 'input.resolvedOn');
    const decisionNumber = text(input.decisionNumber, 'input.decisionNumber', 'số quyết định/văn bản giải quyết');
    const summary = text(input.summary, 'input.summary', 'tóm tắt kết quả giải quyết');
    if (input.outcome === 'WITHDRAWN') throw badInput('input.outcome', 'Rút đơn được ghi nhận qua withdrawCitizenCase.');
    return this.step(input.caseId, async (_m, c) => {
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

  /** Locks the case, checks the handler's scope, applies the change, saves, writes the outbox. */
  private step(caseId: string, change: (m: EntityManager, c: CitizenCase) => Promise<void>): Promise<CitizenCase> {
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
  private async recompute(c: CitizenCase, extensions: number, suspensions: CaseSuspension[]): Promise<void> {
    const input = caseDeadlineInput(c, extensions, suspensions);
    let result;
    try {
      result = await computeDue(this.ctx.db, input);
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

  private async checkReceiveReferences(m: EntityManager, input: ReceiveCitizenCaseInput): Promise<void> {
    if (!(await m.getRepository(Jurisdiction).exists({ where: { id: input.jurisdictionId } }))) {
      throw notFound('Jurisdiction', input.jurisdictionId, 'input.jurisdictionId');
    }
    const department = await m.getRepository(Department).findOne({ where: { id: input.handlingDepartmentId } });
    if (!department || department.jurisdictionId !== input.jurisdictionId) {
      throw notFound('Department', input.handlingDepartmentId, 'input.handlingDepartmentId');
    }
    if (!department.active) throw badInput('input.handlingDepartmentId', `${department.name} đã giải thể.`);
    if (input.handlingInspectorId) await this.checkOfficial(m, input.handlingInspectorId, input.jurisdictionId, 'input.handlingInspectorId');
    if (input.receptionDayId) {
      const day = await m.getRepository(ReceptionDay).findOne({ where: { id: input.receptionDayId } });
      if (!day || day.jurisdictionId !== input.jurisdictionId) throw notFound('ReceptionDay', input.receptionDayId, 'input.receptionDayId');
      if (day.date !== input.receivedOn) throw badInput('input.receivedOn', 'Ngày nhận đơn phải là ngày tiếp công dân đã chọn.');
    }
  }

  private async checkOfficial(m: EntityManager, id: string, jurisdictionId: string, field: string): Promise<void> {
    const o = await m.getRepository(Official).findOne({ where: { id } });
    if (!o || o.jurisdictionId !== jurisdictionId) throw notFound('Official', id, field);
  }
}

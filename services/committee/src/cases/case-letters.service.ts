import { TEXT_LIMIT, badInput, byKeys, changeRow, conflict, formatVi, groupByKeys, inOrder, notAfter, notFound, requiredText, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { CASE_RULE } from '../access';
import type { ContestedDecisionInput, HandleLetterOutsideCompetenceInput, RecordComplaintDialogueInput } from '../generated/graphql';
import { caseCommand } from './case-deadline';
import { CaseContestedDecision, CaseLetterHandling, ComplaintDialogue, type LetterDisposition } from './case-letter.entities';
import { CitizenCase } from './citizen-case.entity';

const LEVEL_VI = { CENTRAL: 'cơ quan trung ương', PROVINCE: 'cấp tỉnh', COMMUNE: 'cấp xã' } as const;
const text = (field: string, value: string | null | undefined, what: string, max: number = TEXT_LIMIT.text) => requiredText(field, value ?? '', { what, max });

/** What the decline reason says, so lists and reports read it without the detail row. */
function declineReason(h: Omit<CaseLetterHandling, 'caseId'>): string {
  switch (h.disposition) {
    case 'FORWARDED':
      return `Không thuộc thẩm quyền; chuyển đơn đến ${h.addresseeName} (${LEVEL_VI[h.addresseeLevel!]}) theo văn bản số ${h.letterNumber} ngày ${formatVi(h.letterDate!)}.`;
    case 'GUIDED':
      return `Không thuộc thẩm quyền; đã hướng dẫn công dân${h.addresseeName ? ` gửi đơn đến ${h.addresseeName}` : ''}.`;
    case 'FILED':
      return `Lưu đơn, không xử lý: ${h.legalGround}`;
  }
}

/**
 * Letters outside the office's competence, second-round links and complaint dialogues: what the
 * letter-handling procedure (Circular 05/2021/TT-TTCP) and the Law on Complaints ask to record
 * beside the case's own lifecycle.
 */
export class CaseLettersService {
  constructor(private readonly ctx: GraphContext) {}

  handleOutsideCompetence(input: HandleLetterOutsideCompetenceInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    notAfter('input.handledOn', input.handledOn, this.ctx.today());
    const handling = this.handlingOf(input);
    return changeRow(this.ctx, {
      ...caseCommand('handleLetterOutsideCompetence', input.caseId, CASE_RULE),
      from: { states: ['RECEIVED'], message: 'Chỉ xử lý được đơn vừa tiếp nhận, chưa thụ lý.' },
      apply: async (m, c) => {
        inOrder('input.handledOn', c.receivedOn, input.handledOn, 'Ngày xử lý đơn không được trước ngày nhận đơn.');
        if (handling.letterDate) inOrder('input.letterDate', c.receivedOn, handling.letterDate, 'Văn bản chuyển đơn không được trước ngày nhận đơn.');
        await m.getRepository(CaseLetterHandling).insert({ ...handling, caseId: c.id });
        Object.assign(c, { status: 'DECLINED', declinedOn: input.handledOn, declineReason: declineReason(handling) });
      },
    });
  }

  recordDialogue(input: RecordComplaintDialogueInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    notAfter('input.heldOn', input.heldOn, this.ctx.today());
    const participants = input.participants.map((p, i) => text(`input.participants[${i}]`, p, 'người tham gia đối thoại', TEXT_LIMIT.name));
    if (participants.length < 2) throw badInput('input.participants', 'Đối thoại cần ít nhất người khiếu nại và người giải quyết khiếu nại.');
    const minutes = text('input.minutes', input.minutes, 'biên bản đối thoại');
    return changeRow(this.ctx, {
      ...caseCommand('recordComplaintDialogue', input.caseId, CASE_RULE),
      from: { states: ['ACCEPTED', 'SUSPENDED'], message: 'Chỉ đối thoại trong khi đang giải quyết khiếu nại.' },
      apply: async (m, c) => {
        if (c.kind !== 'COMPLAINT') throw conflict('Đối thoại chỉ có trong giải quyết khiếu nại.', 'input.caseId');
        inOrder('input.heldOn', c.acceptedOn, input.heldOn, 'Ngày đối thoại không được trước ngày thụ lý.');
        await m.getRepository(ComplaintDialogue).insert({ caseId: c.id, heldOn: input.heldOn, participants, minutes, createdAt: this.ctx.clock.now() });
      },
      // The deadline does not move: nothing to publish.
      publish: undefined,
    });
  }

  /** Checks a second-round complaint's contested decision (called while the case is built). */
  async contestedDecision(m: EntityManager, c: CitizenCase, input: ContestedDecisionInput | null | undefined): Promise<Omit<CaseContestedDecision, 'caseId'> | null> {
    if (!input) return null;
    const field = 'input.contestedDecision';
    if (c.kind !== 'COMPLAINT' || c.round !== 'SECOND') throw badInput(field, 'Chỉ khiếu nại lần hai mới ghi quyết định giải quyết lần đầu bị khiếu nại.');
    if (input.caseId) {
      const first = await m.getRepository(CitizenCase).findOneBy({ id: input.caseId });
      if (!first || first.jurisdictionId !== c.jurisdictionId) throw notFound('CitizenCase', input.caseId, `${field}.caseId`);
      if (first.kind !== 'COMPLAINT' || first.round !== 'FIRST' || first.status !== 'RESOLVED') {
        throw badInput(`${field}.caseId`, `Vụ việc ${first.number} không phải khiếu nại lần đầu đã có quyết định giải quyết.`);
      }
      return { contestedCaseId: first.id, decisionNumber: first.decisionNumber!, decidedOn: first.resolvedOn!, issuer: null };
    }
    const decisionNumber = text(`${field}.decisionNumber`, input.decisionNumber, 'số quyết định giải quyết lần đầu', TEXT_LIMIT.code);
    if (!input.decidedOn) throw badInput(`${field}.decidedOn`, 'Cần ghi ngày của quyết định giải quyết lần đầu.');
    inOrder(`${field}.decidedOn`, input.decidedOn, c.receivedOn, 'Quyết định bị khiếu nại phải có trước ngày nhận đơn.');
    const issuer = input.issuer ? text(`${field}.issuer`, input.issuer, 'cơ quan ban hành', TEXT_LIMIT.name) : null;
    return { contestedCaseId: null, decisionNumber, decidedOn: input.decidedOn, issuer };
  }

  letterHandling(caseId: string): Promise<CaseLetterHandling | null> {
    return this.ctx.loaders
      .get<string, CaseLetterHandling | null>('CaseLetterHandling.byCase', async (ids) =>
        byKeys(ids, await this.ctx.db.getRepository(CaseLetterHandling).createQueryBuilder('h').where('h.case_id = ANY(:ids)', { ids }).getMany(), (h) => h.caseId),
      )
      .load(caseId);
  }

  contested(caseId: string): Promise<CaseContestedDecision | null> {
    return this.ctx.loaders
      .get<string, CaseContestedDecision | null>('CaseContestedDecision.byCase', async (ids) =>
        byKeys(ids, await this.ctx.db.getRepository(CaseContestedDecision).createQueryBuilder('d').where('d.case_id = ANY(:ids)', { ids }).getMany(), (d) => d.caseId),
      )
      .load(caseId);
  }

  async dialogues(caseId: string): Promise<ComplaintDialogue[]> {
    const found = await this.ctx.loaders
      .get<string, ComplaintDialogue[]>('ComplaintDialogue.byCase', async (ids) =>
        groupByKeys(ids, await this.ctx.db.getRepository(ComplaintDialogue).createQueryBuilder('d').where('d.case_id = ANY(:ids)', { ids }).orderBy('d.held_on').addOrderBy('d.created_at').getMany(), (d) => d.caseId),
      )
      .load(caseId);
    return found ?? [];
  }

  private handlingOf(input: HandleLetterOutsideCompetenceInput): Omit<CaseLetterHandling, 'caseId'> {
    const d: LetterDisposition = input.disposition;
    const only = (field: string, present: unknown, allowed: LetterDisposition[]) => {
      if (present != null && !allowed.includes(d)) throw badInput(field, 'Thông tin này không thuộc cách xử lý đơn đã chọn.');
    };
    only('input.addressee', input.addressee, ['FORWARDED', 'GUIDED']);
    only('input.letterNumber', input.letterNumber, ['FORWARDED']);
    only('input.letterDate', input.letterDate, ['FORWARDED']);
    only('input.guidance', input.guidance, ['GUIDED']);
    only('input.legalGround', input.legalGround, ['FILED']);
    if (d === 'FORWARDED' && !input.addressee) throw badInput('input.addressee', 'Cần ghi cơ quan có thẩm quyền nhận đơn chuyển.');
    if (d === 'FORWARDED' && !input.letterDate) throw badInput('input.letterDate', 'Cần ghi ngày của văn bản chuyển đơn.');
    if (input.letterDate) notAfter('input.letterDate', input.letterDate, this.ctx.today());
    return {
      disposition: d,
      handledOn: input.handledOn,
      addresseeName: input.addressee ? text('input.addressee.name', input.addressee.name, 'tên cơ quan có thẩm quyền', TEXT_LIMIT.name) : null,
      addresseeLevel: input.addressee?.level ?? null,
      letterNumber: d === 'FORWARDED' ? text('input.letterNumber', input.letterNumber, 'số văn bản chuyển đơn', TEXT_LIMIT.code) : null,
      letterDate: input.letterDate ?? null,
      guidance: d === 'GUIDED' ? text('input.guidance', input.guidance, 'nội dung hướng dẫn') : null,
      legalGround: d === 'FILED' ? text('input.legalGround', input.legalGround, 'căn cứ lưu đơn') : null,
    };
  }
}

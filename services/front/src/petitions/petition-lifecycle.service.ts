import { badInput, conflict, notFound, recordDeadlineChange, uuid, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { FRONT_BOARD, FRONT_RECORDERS } from '../access';
import { computeDueDate } from '../due-dates';
import type {
  AnswerVoterPetitionInput,
  ForwardVoterPetitionInput,
  RecordVoterPetitionInput,
  ReportBackVoterPetitionInput,
  VoterPetitionStatus,
} from '../generated/graphql';
import { optionalText, requiredText } from '../input';
import { ANY_ANSWERER, answerers, validRecipient } from '../recipients';
import { VoterContactMeeting } from '../meetings/voter-contact-meeting.entity';
import { nextRegularSession } from './next-session';
import { VoterPetition } from './voter-petition.entity';
import { petitionDeadlineChange } from './petition-deadline';

export const petitionTitle = (p: VoterPetition) =>
  `Kiến nghị cử tri: ${p.content.length > 80 ? `${p.content.slice(0, 77)}…` : p.content}`;

/** Applies a change only if the petition is still in one of the expected states (no lost updates). */
export async function transitionPetition(
  m: EntityManager,
  now: Date,
  id: string,
  from: VoterPetitionStatus[],
  change: Partial<VoterPetition>,
): Promise<VoterPetition> {
  const result = await m
    .createQueryBuilder()
    .update(VoterPetition)
    .set({ ...change, updatedAt: now } as never)
    .where('id = :id AND status IN (:...from)', { id, from })
    .execute();
  if (result.affected !== 1) throw conflict('Kiến nghị vừa được cập nhật bởi người khác; hãy tải lại.', 'input.petitionId');
  return m.getRepository(VoterPetition).findOneByOrFail({ id });
}

/** A voter petition's hand-offs, each checked, validated and recorded with its deadline event. */
export class PetitionLifecycle {
  constructor(private readonly ctx: GraphContext) {}

  private get today(): string {
    return this.ctx.today();
  }

  private async petition(id: string): Promise<VoterPetition> {
    uuid('input.petitionId', id);
    const p = await this.ctx.db.getRepository(VoterPetition).findOneBy({ id });
    if (!p) throw notFound('VoterPetition', id, 'input.petitionId');
    return p;
  }

  private async meeting(id: string, field: string): Promise<VoterContactMeeting> {
    uuid(field, id);
    const m = await this.ctx.db.getRepository(VoterContactMeeting).findOneBy({ id });
    if (!m) throw notFound('VoterContactMeeting', id, field);
    return m;
  }

  private transition(m: EntityManager, p: VoterPetition, from: VoterPetitionStatus[], change: Partial<VoterPetition>): Promise<VoterPetition> {
    return transitionPetition(m, this.ctx.clock.now(), p.id, from, change);
  }

  async record(input: RecordVoterPetitionInput): Promise<VoterPetition> {
    this.ctx.access.require(FRONT_RECORDERS);
    const meeting = await this.meeting(input.meetingId, 'input.meetingId');
    this.ctx.access.require(FRONT_RECORDERS, { jurisdictionId: meeting.jurisdictionId });
    const content = requiredText('input.content', input.content);
    if (input.repeatOfId) {
      uuid('input.repeatOfId', input.repeatOfId);
      const earlier = await this.ctx.db.getRepository(VoterPetition).findOneBy({ id: input.repeatOfId });
      if (!earlier || earlier.jurisdictionId !== meeting.jurisdictionId) throw notFound('VoterPetition', input.repeatOfId, 'input.repeatOfId');
      if (earlier.raisedOn >= meeting.heldOn) {
        throw badInput('input.repeatOfId', 'Kiến nghị trùng lặp phải dẫn chiếu một kiến nghị đã nêu ở cuộc tiếp xúc trước.');
      }
    }
    const now = this.ctx.clock.now();
    const repo = this.ctx.db.getRepository(VoterPetition);
    return repo.save(
      repo.create({
        jurisdictionId: meeting.jurisdictionId,
        meetingId: meeting.id,
        raisedOn: meeting.heldOn,
        content,
        field: input.field,
        competentLevel: input.competentLevel,
        repeatOfId: input.repeatOfId ?? null,
        status: 'RECEIVED',
        createdAt: now,
        updatedAt: now,
      }),
    );
  }

  async forward(input: ForwardVoterPetitionInput): Promise<VoterPetition> {
    this.ctx.access.require(FRONT_BOARD);
    const p = await this.petition(input.petitionId);
    this.ctx.access.require(FRONT_BOARD, { jurisdictionId: p.jurisdictionId });
    const recipient = validRecipient(input);
    if (input.forwardedOn < p.raisedOn) throw badInput('input.forwardedOn', 'Ngày chuyển không được trước ngày tiếp nhận kiến nghị.');
    if (input.forwardedOn > this.today) throw badInput('input.forwardedOn', 'Ngày chuyển không được sau hôm nay.');
    const session = await nextRegularSession(this.ctx.db.manager, input, p.jurisdictionId);
    if (p.status !== 'RECEIVED' && p.status !== 'FORWARDED') {
      throw conflict(p.status === 'MERGED' ? 'Kiến nghị đã được gộp vào kiến nghị trước.' : 'Kiến nghị đã được trả lời, không thể chuyển lại.', 'input.petitionId');
    }
    const due = await computeDueDate(this.ctx.db, 'VOTER_PETITION', input.forwardedOn, session?.nextSessionOn);

    return this.ctx.db.transaction(async (m) => {
      const updated = await this.transition(m, p, ['RECEIVED', 'FORWARDED'], {
        status: 'FORWARDED',
        ...recipient,
        forwardedOn: input.forwardedOn,
        forwardingDocument: optionalText('input.documentNumber', input.documentNumber),
        answerDue: due.dueDate,
        answerDueRule: due.rule,
        answerDueExplanation: due.explanation,
        nextSessionId: session?.nextSessionId ?? null,
        nextSessionOn: session?.nextSessionOn ?? null,
      });
      await recordDeadlineChange(m, petitionDeadlineChange(updated, 'OPEN'));
      return updated;
    });
  }

  async answer(input: AnswerVoterPetitionInput): Promise<VoterPetition> {
    this.ctx.access.require(ANY_ANSWERER);
    const p = await this.petition(input.petitionId);
    this.ctx.access.require(answerers(p.recipientKind), { jurisdictionId: p.jurisdictionId, departmentId: p.recipientDepartmentId });
    const answer = requiredText('input.text', input.text);
    if (p.status === 'RECEIVED') throw conflict('Kiến nghị chưa được chuyển đến cơ quan có thẩm quyền.', 'input.petitionId');
    if (p.status === 'MERGED') throw conflict('Kiến nghị đã được gộp vào kiến nghị trước.', 'input.petitionId');
    if (p.status !== 'FORWARDED') throw conflict('Kiến nghị đã được trả lời.', 'input.petitionId');
    if (input.answeredOn < p.forwardedOn!) throw badInput('input.answeredOn', 'Ngày trả lời không được trước ngày chuyển kiến nghị.');
    if (input.answeredOn > this.today) throw badInput('input.answeredOn', 'Ngày trả lời không được sau hôm nay.');

    return this.ctx.db.transaction(async (m) => {
      const updated = await this.transition(m, p, ['FORWARDED'], {
        status: 'ANSWERED',
        answerText: answer,
        answeredOn: input.answeredOn,
        answeredByOfficialId: this.ctx.user?.officialId ?? null,
        answeredByName: this.ctx.user!.name,
        answerDocument: optionalText('input.documentNumber', input.documentNumber),
      });
      await recordDeadlineChange(m, petitionDeadlineChange(updated, 'CLEARED'));
      return updated;
    });
  }

  async reportBack(input: ReportBackVoterPetitionInput): Promise<VoterPetition> {
    this.ctx.access.require(FRONT_RECORDERS);
    const p = await this.petition(input.petitionId);
    this.ctx.access.require(FRONT_RECORDERS, { jurisdictionId: p.jurisdictionId });
    const meeting = await this.meeting(input.meetingId, 'input.meetingId');
    if (meeting.jurisdictionId !== p.jurisdictionId) throw notFound('VoterContactMeeting', input.meetingId, 'input.meetingId');
    if (p.status !== 'ANSWERED') {
      throw conflict(p.status === 'REPORTED_BACK' ? 'Đã thông báo kết quả cho cử tri.' : 'Kiến nghị chưa có văn bản trả lời.', 'input.petitionId');
    }
    if (meeting.id === p.meetingId || meeting.heldOn < p.answeredOn!) {
      throw badInput('input.meetingId', 'Kết quả trả lời được thông báo tại một cuộc tiếp xúc sau ngày trả lời.');
    }
    return this.ctx.db.transaction((m) => this.transition(m, p, ['ANSWERED'], { status: 'REPORTED_BACK', reportedBackMeetingId: meeting.id }));
  }
}
